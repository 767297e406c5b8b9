/** Character classes shared by the cleaning steps. */
import { isHan } from '../../src/core/han';

/**
 * Text that sets the punctuation style around it to full-width: Han characters, CJK and
 * full-width punctuation, Chinese quotation marks, ellipsis, dashes and the middle dot.
 */
export const isChineseContext = (char: string | undefined): boolean =>
  char !== undefined && (isHan(char) || /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014\u00b7\u30fb]/u.test(char));

export const isDigit = (char: string | undefined): boolean => char !== undefined && /[0-9]/.test(char);
