/**
 * What cleaning did to one article line of a capture, as its ledger records it
 * (src/core/schemas/ledger.ts): the edits the pipeline made, read as they are, never
 * worked out again. Used for the as-captured view and the list of interventions.
 */
import type { LedgerEdit } from '../../core/schemas/ledger';

export type LineToken =
  /** Text kept as captured. */
  | { type: 'same'; raw: string }
  /** Text an edit changed, as captured (`edit.before`). */
  | { type: 'edit'; raw: string; edit: LedgerEdit };

/** The raw line cut at its edits, in order: the tokens' `raw` texts make up the line. */
export function lineTokens(raw: string, edits: readonly LedgerEdit[]): LineToken[] {
  const tokens: LineToken[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.rawAt > at) tokens.push({ type: 'same', raw: raw.slice(at, edit.rawAt) });
    tokens.push({ type: 'edit', raw: edit.before, edit });
    at = edit.rawAt + edit.before.length;
  }
  if (at < raw.length) tokens.push({ type: 'same', raw: raw.slice(at) });
  return tokens;
}

export interface LineSummary {
  pinyin: string[];
  /** e.g. { ',→，': 8, ':→：': 1 } */
  punctuation: Record<string, number>;
  punctuationCount: number;
  restorations: string[];
  trimmed: boolean;
}

export function summariseLine(edits: readonly LedgerEdit[]): LineSummary {
  const s: LineSummary = { pinyin: [], punctuation: {}, punctuationCount: 0, restorations: [], trimmed: false };
  for (const edit of edits) {
    switch (edit.kind) {
      case 'pinyin':
        s.pinyin.push(edit.before);
        break;
      case 'punctuation': {
        const key = `${edit.before}→${edit.after}`;
        s.punctuation[key] = (s.punctuation[key] ?? 0) + 1;
        s.punctuationCount += 1;
        break;
      }
      case 'restoration':
      case 'gap':
        s.restorations.push(edit.id);
        break;
      case 'whitespace':
        s.trimmed = true;
    }
  }
  return s;
}

/**
 * How many interventions the interventions view lists for a report: every restoration or
 * gap, every removed pinyin annotation and every restored punctuation mark (the sum of
 * its 合计 line).
 */
export function interventionCount(blocks: readonly { edits: readonly LedgerEdit[] }[]): number {
  return blocks.reduce((n, b) => {
    const s = summariseLine(b.edits);
    return n + s.restorations.length + s.pinyin.length + s.punctuationCount;
  }, 0);
}
