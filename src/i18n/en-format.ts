/**
 * Numbers and lists inside English sentences, so that counts come from the data:
 * five reports, one report, 12 figures; Shandong, Zhejiang and Shanxi.
 */

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;

/** A whole number in words up to ten (the usual style for counts in running text), else in figures. */
export function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** A count with its noun: (5, 'report') → five reports, (1, 'report') → one report; an irregular plural is given. */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${numberWord(n)} ${n === 1 ? noun : plural}`;
}

/** Items in an English series: A; A and B; A, B and C. */
export function series(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
