/**
 * Numbers and lists inside Chinese sentences, so that counts come from the data:
 * 五篇, 两篇, 三省, 十二个; 山东、浙江、山西.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = ['', '十', '百', '千'] as const;

/**
 * A whole number from 0 to 9999 in Chinese numerals: 5 → 五, 10 → 十, 12 → 十二,
 * 20 → 二十, 101 → 一百零一, 1010 → 一千零一十. Larger counts are not written in words.
 */
export function hanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`hanNumeral: ${n} is not a whole number from 0 to 9999`);
  if (n === 0) return DIGITS[0];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zeroPending = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i]!;
    if (d === 0) {
      zeroPending = out !== '';
      return;
    }
    if (zeroPending) out += DIGITS[0];
    zeroPending = false;
    // 十二, not 一十二, when ten leads; but 一百一十.
    out += d === 1 && unit === '十' && out === '' ? unit : `${DIGITS[d]}${unit}`;
  });
  return out;
}

/** A count with its measure word: (5, '篇') → 五篇, (2, '篇') → 两篇, (3, '省') → 三省. */
export function counted(n: number, measure: string): string {
  return `${n === 2 ? '两' : hanNumeral(n)}${measure}`;
}

/** Items in a Chinese series, joined by the enumeration comma: 山东、浙江、山西. */
export function series(items: readonly string[]): string {
  return items.join('、');
}
