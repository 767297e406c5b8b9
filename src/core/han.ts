/**
 * Han characters: CJK Unified Ideographs and their extensions, and the compatibility
 * ideographs (Unicode's Script=Han).
 */

/** The Han class as a pattern source, for composing regular expressions (with the `u` flag). */
export const HAN = '\\p{Script=Han}';

const ONE_HAN = new RegExp(`^${HAN}$`, 'u');

/** Whether `char`, one character, is a Han character. */
export const isHan = (char: string | undefined): boolean => char !== undefined && ONE_HAN.test(char);

/** Han characters, joined by CJK punctuation or middle dots between them: one quoted stretch of Chinese. */
const HAN_RUN = `${HAN}+(?:[\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20·]+${HAN}+)*`;

/**
 * Text of another language split into its stretches of Chinese and the rest, in order:
 * "XPCC, 兵团) is" → [{ text: 'XPCC, ', han: false }, { text: '兵团', han: true }, { text: ') is', han: false }].
 */
export function hanRuns(text: string): { text: string; han: boolean }[] {
  const one = new RegExp(`^${HAN_RUN}$`, 'u');
  return text
    .split(new RegExp(`(${HAN_RUN})`, 'u'))
    .filter((part) => part !== '')
    .map((part) => ({ text: part, han: one.test(part) }));
}
