import { isHan } from '../../../src/core/han';
import { PINYIN_ANNOTATION } from '../../../src/core/pinyin';
import type { Edit, Segment } from '../model';

const ANNOTATION = new RegExp(PINYIN_ANNOTATION, 'gu');

interface StripPinyinResult {
  segments: Segment[];
  /** One `pinyin` edit per annotation removed. */
  edits: Edit[];
}

/**
 * Removes parenthesised pinyin that follows a Han character, e.g. `營(yíng)` → `營`.
 * Only captured text is touched; the character before an annotation may sit in the
 * previous segment (a restoration), so it is looked up across segment boundaries.
 */
export function stripPinyin(segments: readonly Segment[]): StripPinyinResult {
  const edits: Edit[] = [];
  let previousChar: string | undefined;
  const result = segments.map((segment): Segment => {
    if (segment.type !== 'text') {
      previousChar = segment.type === 'restoration' ? segment.value.at(-1) : undefined;
      return segment;
    }
    let value = '';
    const origin: number[] = [];
    let kept = 0;
    const keep = (end: number) => {
      value += segment.value.slice(kept, end);
      origin.push(...segment.origin.slice(kept, end));
    };
    for (const match of segment.value.matchAll(ANNOTATION)) {
      const before = match.index === 0 ? previousChar : segment.value[match.index - 1];
      if (!isHan(before)) continue;
      keep(match.index);
      edits.push({ kind: 'pinyin', rawAt: segment.origin[match.index]!, before: match[0], after: '' });
      kept = match.index + match[0].length;
    }
    keep(segment.value.length);
    previousChar = value.at(-1) ?? previousChar;
    return { ...segment, value, origin };
  });
  return { segments: result, edits };
}
