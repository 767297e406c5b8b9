import { isHan } from '../chinese';
import type { Segment } from '../model';

/** Vowels of Hanyu Pinyin, with and without tone marks. */
const VOWELS = 'aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

/**
 * One syllable: optional initial, a final that contains a vowel, optional nasal or r.
 * Matching whole syllables (not any lowercase run) keeps real parentheses such as
 * `(km)` or `(app)` out of harm's way.
 */
export const SYLLABLE = `(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[${VOWELS}]+(?:ng|n|r)?`;

/** `(yíng)` straight after a Han character: the hosting site's pinyin annotation. */
const ANNOTATION = new RegExp(`\\((${SYLLABLE})\\)`, 'gu');

export interface StripPinyinResult {
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
    const value = segment.value.replace(ANNOTATION, (match, _syllable, offset: number) => {
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
