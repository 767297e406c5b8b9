/**
 * The edits a ledger records for one article line, applied to the line as captured: the
 * one way the pipeline (which checks what it writes), the apparatus (which shows the
 * edits) and the reading text's marks (which place them) read a ledger's edits.
 */
import { PINYIN_ANNOTATION } from './pinyin';
import { FULL_WIDTH } from './punctuation';
import type { BodySegment } from './report-body';
import type { LedgerEdit } from './schemas/ledger';

/** Edits that do not fit their line, or segments that are not what they give. */
export class LedgerEditError extends Error {}

const WHITESPACE = /^\s+$/u;
const ANNOTATION = new RegExp(`^${PINYIN_ANNOTATION}$`, 'u');

function checkKind(raw: string, edit: LedgerEdit): string | undefined {
  switch (edit.kind) {
    case 'whitespace':
      if (!WHITESPACE.test(edit.before)) return 'trims text that is not white space';
      if (edit.rawAt !== 0 && edit.rawAt + edit.before.length !== raw.length) return 'trims white space inside the line';
      return undefined;
    case 'pinyin':
      return ANNOTATION.test(edit.before) ? undefined : 'removes text that is no pinyin annotation';
    case 'punctuation':
      return FULL_WIDTH[edit.before] === edit.after
        ? undefined
        : `turns ${JSON.stringify(edit.before)} into ${JSON.stringify(edit.after)}, which is no restored punctuation`;
    case 'restoration':
    case 'gap':
      return undefined;
  }
}

/**
 * The published block of a captured line: `raw` with its `edits` applied, as the report
 * body's segments (captured text, restorations, gaps). Throws a LedgerEditError when an
 * edit is out of order, overlaps another, is not what the line holds at its `rawAt`, is
 * placed at another `blockAt` than the one it lands on, or is not of its kind.
 */
export function applyEdits(raw: string, edits: readonly LedgerEdit[]): BodySegment[] {
  const segments: BodySegment[] = [];
  let rawAt = 0;
  let blockAt = 0;
  const text = (value: string) => {
    if (value === '') return;
    const last = segments.at(-1);
    if (last?.type === 'text') last.value += value;
    else segments.push({ type: 'text', value });
    blockAt += value.length;
  };
  for (const edit of edits) {
    const where = `the ${edit.kind} edit at ${edit.rawAt}`;
    if (edit.rawAt < rawAt) throw new LedgerEditError(`${where} overlaps the edit before it or is out of order`);
    const found = raw.slice(edit.rawAt, edit.rawAt + edit.before.length);
    if (found !== edit.before) throw new LedgerEditError(`${where} expects ${JSON.stringify(edit.before)}, but the line has ${JSON.stringify(found)}`);
    const wrongKind = checkKind(raw, edit);
    if (wrongKind) throw new LedgerEditError(`${where} ${wrongKind}`);
    text(raw.slice(rawAt, edit.rawAt));
    if (edit.blockAt !== blockAt) throw new LedgerEditError(`${where} lands at ${blockAt} in the block, not at ${edit.blockAt}`);
    if (edit.kind === 'punctuation') text(edit.after);
    else if (edit.kind === 'restoration') {
      segments.push({ type: 'restoration', id: edit.id, value: edit.after });
      blockAt += edit.after.length;
    } else if (edit.kind === 'gap') segments.push({ type: 'gap', id: edit.id });
    rawAt = edit.rawAt + edit.before.length;
  }
  text(raw.slice(rawAt));
  return segments;
}

/** A segment as text for comparing and quoting: restorations and gaps written as ⟨r1:…⟩ and ⟨r2⟩. */
const segmentKey = (s: BodySegment): string =>
  s.type === 'text' ? s.value : s.type === 'restoration' ? `\u27e8${s.id}:${s.value}\u27e9` : `\u27e8${s.id}\u27e9`;

/**
 * Checks that `edits` applied to `raw` give exactly `published` (a block of the report
 * body): the same captured text, restorations and gaps, in the same order. Throws a
 * LedgerEditError quoting where they part.
 */
export function checkEdits(raw: string, edits: readonly LedgerEdit[], published: readonly BodySegment[]): void {
  const applied = mergeText(applyEdits(raw, edits));
  const expected = mergeText(published);
  const same = applied.length === expected.length && applied.every((s, i) => segmentKey(s) === segmentKey(expected[i]!) && s.type === expected[i]!.type);
  if (same) return;
  const a = applied.map(segmentKey).join('');
  const b = expected.map(segmentKey).join('');
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 8);
  throw new LedgerEditError(`the recorded edits give …${a.slice(from, at + 12)}…, but the published block has …${b.slice(from, at + 12)}…`);
}

/** Adjacent text segments joined and empty ones dropped, as applyEdits returns them. */
function mergeText(segments: readonly BodySegment[]): BodySegment[] {
  const merged: BodySegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (segment.type !== 'text') merged.push(segment);
    else if (last?.type === 'text') last.value += segment.value;
    else if (segment.value !== '') merged.push({ type: 'text', value: segment.value });
  }
  return merged;
}
