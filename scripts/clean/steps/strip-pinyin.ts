import { isHan } from '../../../src/core/han';
import { PINYIN_ANNOTATION } from '../../../src/core/pinyin';
import type { Segment } from '../model';

const ANNOTATION = new RegExp(PINYIN_ANNOTATION, 'gu');

interface StripPinyinResult {
  segments: Segment[];
  removed: number;
}

/**
 * Removes parenthesised pinyin that follows a Han character, e.g. `營(yíng)` → `營`.
 * Only captured text is touched; the character before an annotation may sit in the
 * previous segment (a restoration), so it is looked up across segment boundaries.
 */
export function stripPinyin(segments: readonly Segment[]): StripPinyinResult {
  let removed = 0;
  let previousChar: string | undefined;
  const result = segments.map((segment): Segment => {
    if (segment.type !== 'text') {
      previousChar = segment.type === 'restoration' ? segment.value.at(-1) : undefined;
      return segment;
    }
    const value = segment.value.replace(ANNOTATION, (match, offset: number) => {
      const before = offset === 0 ? previousChar : segment.value[offset - 1];
      if (!isHan(before)) return match;
      removed++;
      return '';
    });
    previousChar = value.at(-1) ?? previousChar;
    return { ...segment, value };
  });
  return { segments: result, removed };
}
