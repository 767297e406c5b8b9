/**
 * The cleaning pipeline's working model. A capture is read into numbered lines; the
 * lines that belong to the article become segment lists, so that later steps (pinyin
 * removal, punctuation) only ever touch captured text and never the restorations.
 */
import type { BodySegment } from '../../src/core/report-body';

/** A piece of an article line: text, a restoration or a gap, as the report body holds it. */
export type Segment = BodySegment;

/** One line of a capture that is kept in the article, with its 1-based line number. */
export interface ArticleLine {
  number: number;
  segments: Segment[];
}

export const textOf = (segments: readonly Segment[]): string => segments.map((segment) => (segment.type === 'gap' ? '' : segment.value)).join('');
