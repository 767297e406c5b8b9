/**
 * The punctuation the scraper's NFKC normalisation turned from full-width into ASCII,
 * with the full-width form cleaning restores in Chinese context.
 */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

/** One of FULL_WIDTH's ASCII marks between two Han characters: the scraper's narrowing, never our prose. */
export const ASCII_BETWEEN_HAN = /\p{Script=Han}[,:;!?()]\p{Script=Han}/u;
