/**
 * The cleaning pipeline's working model. A capture is read into numbered lines; the
 * lines that belong to the article become segment lists, so that later steps (pinyin
 * removal, punctuation) only ever touch captured text and never the restorations.
 */

/** A piece of an article line. */
export type Segment =
  /** Text as captured (possibly already normalised by earlier steps). */
  | { type: 'text'; value: string }
  /** Text we restored; `id` points at its reviewed record in content/restorations/. */
  | { type: 'restoration'; id: string; value: string }
  /** Damage we could not recover; rendered as a visible, explained gap. */
  | { type: 'gap'; id: string };

/** One line of a capture that is kept in the article, with its 1-based line number. */
export interface ArticleLine {
  number: number;
  segments: Segment[];
}

export const textOf = (segments: readonly Segment[]): string =>
  segments.map((segment) => (segment.type === 'gap' ? '' : segment.value)).join('');
