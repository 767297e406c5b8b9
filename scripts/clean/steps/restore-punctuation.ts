import { FULL_WIDTH } from '../../../src/core/punctuation';
import { isChineseContext, isDigit } from '../chinese';
import type { Edit, Segment } from '../model';
import { rewriteCapturedText } from '../segments';

interface RestorePunctuationResult {
  segments: Segment[];
  /** One `punctuation` edit per mark restored. */
  edits: Edit[];
}

/**
 * Restores full-width punctuation in Chinese context. A mark is Chinese when the nearest
 * non-space character on either side is Chinese (Han, CJK punctuation, Chinese quotes),
 * except between two digits (`09:10`, `1,000`). Parentheses go in matched pairs: a pair
 * is Chinese when its content or its outside neighbours are.
 */
export function restorePunctuation(segments: readonly Segment[]): RestorePunctuationResult {
  const edits: Edit[] = [];
  const result = rewriteCapturedText(segments, (joined, originAt) => {
    const chars = [...joined];
    if (chars.length !== joined.length) throw new Error('restorePunctuation: astral characters are not supported');
    const convert = (index: number) => {
      const replacement = FULL_WIDTH[chars[index]!];
      const rawAt = originAt(index);
      if (replacement !== undefined && rawAt !== undefined) {
        edits.push({ kind: 'punctuation', rawAt, before: chars[index]!, after: replacement });
        chars[index] = replacement;
      }
    };
    const pairs = matchParentheses(chars);
    for (const [open, close] of pairs) {
      const inside = chars.slice(open + 1, close);
      if (inside.some(isChineseContext) || isChineseNeighbour(chars, open) || isChineseNeighbour(chars, close)) {
        convert(open);
        convert(close);
      }
    }
    const paired = new Set(pairs.flat());
    chars.forEach((char, index) => {
      if (!(char in FULL_WIDTH) || paired.has(index)) return;
      const before = neighbour(chars, index, -1);
      const after = neighbour(chars, index, +1);
      if (isDigit(before) && isDigit(after) && (char === ':' || char === ',')) return;
      if (isChineseContext(before) || isChineseContext(after)) convert(index);
    });
    return chars.join('');
  });
  return { segments: result, edits: edits.sort((a, b) => a.rawAt - b.rawAt) };
}

function neighbour(chars: readonly string[], index: number, step: 1 | -1): string | undefined {
  for (let i = index + step; i >= 0 && i < chars.length; i += step) {
    if (chars[i] !== ' ') return chars[i];
  }
  return undefined;
}

const isChineseNeighbour = (chars: readonly string[], index: number) =>
  isChineseContext(neighbour(chars, index, -1)) || isChineseContext(neighbour(chars, index, +1));

function matchParentheses(chars: readonly string[]): [number, number][] {
  const open: number[] = [];
  const pairs: [number, number][] = [];
  chars.forEach((char, index) => {
    if (char === '(') open.push(index);
    else if (char === ')' && open.length > 0) pairs.push([open.pop()!, index]);
  });
  return pairs;
}
