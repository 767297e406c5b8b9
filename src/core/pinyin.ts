/** Vowels of Hanyu Pinyin, with and without tone marks. */
const VOWELS = 'aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

/**
 * One pinyin syllable, as a pattern source: optional initial, a final that contains a
 * vowel, optional nasal or r. Matching whole syllables (not any lowercase run) keeps
 * real parentheses such as `(km)` or `(app)` out of harm's way.
 */
export const PINYIN_SYLLABLE = `(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[${VOWELS}]+(?:ng|n|r)?`;

/**
 * The hosting site's pinyin annotation, `(yíng)`, as a pattern source. Cleaning removes
 * it where it follows a Han character.
 */
export const PINYIN_ANNOTATION = `\\(${PINYIN_SYLLABLE}\\)`;
