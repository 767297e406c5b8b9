/**
 * Whether the numbers a Chinese text prints are all in its English translation: every
 * year, date and count, as digits (thousands separators allowed), or a month number as
 * the month's name. Shared by the unit test on the translation files and the end-to-end
 * test on the built pages.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A number printed at `at` in the Chinese is found in the English. */
export function numberFound(n: string, english: string, chinese: string, at: number): boolean {
  if (new RegExp(`(?<![0-9])${n.replace('.', '\\.')}(?![0-9])`).test(english.replace(/(?<=\d),(?=\d{3})/g, ''))) return true;
  const month = Number(n);
  return chinese[at + n.length] === '月' && month >= 1 && month <= 12 && english.includes(MONTHS[month - 1]!);
}

/** The numbers of `chinese` that `english` lacks, in order. */
export const missingNumbers = (chinese: string, english: string): string[] =>
  [...chinese.matchAll(/\d+(?:\.\d+)?/g)].filter((m) => !numberFound(m[0], english, chinese, m.index)).map((m) => m[0]);
