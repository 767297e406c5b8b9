/**
 * The cleaning pipeline's working model. A capture is read into numbered lines; the
 * lines that belong to the article become segment lists, so that later steps (pinyin
 * removal, punctuation) only ever touch captured text and never the restorations. Every
 * step records what it changes as edits of the line as captured, for the ledger.
 */
import type { BodySegment } from '../../src/core/report-body';
import type { LedgerEdit } from '../../src/core/schemas/ledger';

/** Captured text, with the offset in the raw line of each of its characters (UTF-16 units). */
export interface CapturedText {
  type: 'text';
  value: string;
  origin: number[];
}

/** A piece of an article line: captured text, a restoration or a gap, as the report body holds it. */
export type Segment = CapturedText | { type: 'restoration'; id: string; value: string } | { type: 'gap'; id: string };

/** An edit as a step records it: where it is in the captured line; where it lands in the block comes last. */
export type Edit = LedgerEdit extends infer E ? (E extends LedgerEdit ? Omit<E, 'blockAt'> : never) : never;

/** One line of a capture that is kept in the article, with its 1-based line number and the edits made so far. */
export interface ArticleLine {
  number: number;
  segments: Segment[];
  edits: Edit[];
}

/** Captured text starting at offset `from` of its raw line. */
export const capturedText = (value: string, from = 0): CapturedText => ({
  type: 'text',
  value,
  origin: Array.from({ length: value.length }, (_, i) => from + i),
});

export const textOf = (segments: readonly BodySegment[]): string => segments.map((segment) => (segment.type === 'gap' ? '' : segment.value)).join('');
