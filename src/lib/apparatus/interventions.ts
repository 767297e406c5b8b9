/**
 * What cleaning did to one article line of a capture, character by character: the line
 * as captured (the ledger's raw text) aligned with the block the reader sees (the MDX
 * segments). Used for the as-captured view (marks on the raw text), the list of
 * interventions, and the marks on normalised punctuation in the reading view.
 *
 * The alignment repeats the pipeline's rules (scripts/clean/steps/strip-pinyin.ts and
 * restore-punctuation.ts) only to *locate* what changed; the result is then checked
 * against the published text, so any disagreement fails the build instead of
 * mislabelling an intervention.
 */
import { isHan } from '../../core/han';
import { PINYIN_ANNOTATION } from '../../core/pinyin';
import { FULL_WIDTH } from '../../core/punctuation';
import type { BodySegment } from '../../core/report-body';
import type { Restoration } from '../../core/schemas/restoration';
import { segmentText } from '../report-text';

const ANNOTATION = new RegExp(`^${PINYIN_ANNOTATION}`, 'u');

export type LineToken =
  /** Text kept as captured. */
  | { type: 'same'; raw: string }
  /** Whitespace at either end of the line, trimmed by cleaning. */
  | { type: 'trim'; raw: string }
  /** A hosting-site pinyin annotation such as (yíng), removed. */
  | { type: 'pinyin'; raw: string }
  /** One ASCII punctuation mark restored to its full-width form. */
  | { type: 'punct'; raw: string; clean: string }
  /** Damaged text: restored (clean is the restored text) or a gap (clean is null). */
  | { type: 'restoration'; id: string; raw: string; clean: string | null };

/** The text a token contributes to the reading text. */
export function tokenClean(t: LineToken, gapText: string): string {
  switch (t.type) {
    case 'same':
      return t.raw;
    case 'trim':
    case 'pinyin':
      return '';
    case 'punct':
      return t.clean;
    case 'restoration':
      return t.clean ?? gapText;
  }
}

export class AlignmentError extends Error {}

/**
 * Aligns a raw capture line with the segments of its block.
 * @param raw the line exactly as captured (ledger text)
 * @param segments the block's segments from the MDX body
 * @param records the report's restoration records, by id
 */
export function explainLine(raw: string, segments: readonly BodySegment[], records: ReadonlyMap<string, Restoration>, where = 'line'): LineToken[] {
  const tokens: LineToken[] = [];
  const lead = /^\s*/.exec(raw)![0];
  const trimmed = raw.trim();
  const tail = raw.slice(lead.length + trimmed.length);
  if (lead) tokens.push({ type: 'trim', raw: lead });

  let cursor = 0;
  let previousChar: string | undefined;
  let pendingText = '';
  const flushText = (rawPiece: string) => {
    alignText(rawPiece, pendingText, previousChar, tokens, where);
    pendingText = '';
  };
  for (const seg of segments) {
    if (seg.type === 'text') {
      pendingText += seg.value;
      continue;
    }
    const record = records.get(seg.id);
    if (!record) throw new AlignmentError(`${where}: no restoration record ${seg.id}`);
    const at = trimmed.indexOf(record.garbled, cursor);
    if (at < 0) throw new AlignmentError(`${where}: the garbled text of ${seg.id} is not in the captured line`);
    const rawPiece = trimmed.slice(cursor, at);
    flushText(rawPiece);
    tokens.push({ type: 'restoration', id: seg.id, raw: record.garbled, clean: seg.type === 'restoration' ? seg.value : null });
    cursor = at + record.garbled.length;
    previousChar = seg.type === 'restoration' ? seg.value.at(-1) : undefined;
  }
  flushText(trimmed.slice(cursor));
  if (tail) tokens.push({ type: 'trim', raw: tail });

  const check = tokens.map((t) => tokenClean(t, '\u0000')).join('');
  const expected = segments.map((s) => (s.type === 'gap' ? '\u0000' : segmentText(s))).join('');
  if (check !== expected) throw new AlignmentError(`${where}: the aligned text does not match the published text`);
  if (tokens.map((t) => t.raw).join('') !== raw) throw new AlignmentError(`${where}: the aligned tokens do not rebuild the captured line`);
  return mergeSame(tokens);
}

/** One stretch of captured text between restorations: pinyin removals, then punctuation. */
function alignText(rawPiece: string, clean: string, previousChar: string | undefined, out: LineToken[], where: string): void {
  // 1. Pinyin annotations that follow a Han character (the pipeline's rule).
  const kept: { char: string; removed: boolean }[] = [];
  const chars = [...rawPiece];
  let i = 0;
  while (i < chars.length) {
    const rest = chars.slice(i).join('');
    const m = chars[i] === '(' ? ANNOTATION.exec(rest) : null;
    const before = i === 0 ? previousChar : chars[i - 1];
    if (m && isHan(before)) {
      const len = [...m[0]].length;
      for (let k = 0; k < len; k++) kept.push({ char: chars[i + k]!, removed: true });
      i += len;
      continue;
    }
    kept.push({ char: chars[i]!, removed: false });
    i += 1;
  }
  // 2. The remaining characters against the published text, one for one.
  const cleanChars = [...clean];
  const remaining = kept.filter((k) => !k.removed);
  if (remaining.length !== cleanChars.length) {
    throw new AlignmentError(`${where}: after removing pinyin, ${remaining.length} characters remain but the text has ${cleanChars.length}`);
  }
  let j = 0;
  let pinyin = '';
  const flushPinyin = () => {
    if (pinyin) out.push({ type: 'pinyin', raw: pinyin });
    pinyin = '';
  };
  for (const k of kept) {
    if (k.removed) {
      // A new annotation starts at each '(' (annotations may follow one another).
      if (k.char === '(' && pinyin) flushPinyin();
      pinyin += k.char;
      continue;
    }
    flushPinyin();
    const c = cleanChars[j++]!;
    if (c === k.char) out.push({ type: 'same', raw: c });
    else if (FULL_WIDTH[k.char] === c) out.push({ type: 'punct', raw: k.char, clean: c });
    else throw new AlignmentError(`${where}: captured ${JSON.stringify(k.char)} became ${JSON.stringify(c)}, which no cleaning step does`);
  }
  flushPinyin();
}

function mergeSame(tokens: LineToken[]): LineToken[] {
  const out: LineToken[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (t.type === 'same' && last?.type === 'same') last.raw += t.raw;
    else out.push(t.type === 'same' ? { ...t } : t);
  }
  return out;
}

/** Offsets (UTF-16, in the reading text) of each punctuation mark cleaning restored. */
export function punctuationOffsets(tokens: readonly LineToken[], gapText: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.type === 'punct') offsets.push(at);
    at += tokenClean(t, gapText).length;
  }
  return offsets;
}

export interface LineSummary {
  pinyin: string[];
  /** e.g. { ',→，': 8, ':→：': 1 } */
  punctuation: Record<string, number>;
  punctuationCount: number;
  restorations: string[];
  trimmed: boolean;
}

export function summariseLine(tokens: readonly LineToken[]): LineSummary {
  const s: LineSummary = { pinyin: [], punctuation: {}, punctuationCount: 0, restorations: [], trimmed: false };
  for (const t of tokens) {
    if (t.type === 'pinyin') s.pinyin.push(t.raw);
    else if (t.type === 'punct') {
      const key = `${t.raw}→${t.clean}`;
      s.punctuation[key] = (s.punctuation[key] ?? 0) + 1;
      s.punctuationCount += 1;
    } else if (t.type === 'restoration') s.restorations.push(t.id);
    else if (t.type === 'trim') s.trimmed = true;
  }
  return s;
}
