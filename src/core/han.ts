/**
 * Han characters: CJK Unified Ideographs and their extensions, and the compatibility
 * ideographs (Unicode's Script=Han).
 */

/** The Han class as a pattern source, for composing regular expressions (with the `u` flag). */
export const HAN = '\\p{Script=Han}';

const ONE_HAN = new RegExp(`^${HAN}$`, 'u');

/** Whether `char`, one character, is a Han character. */
export const isHan = (char: string | undefined): boolean => char !== undefined && ONE_HAN.test(char);
