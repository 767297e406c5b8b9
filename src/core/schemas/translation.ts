import { z } from 'zod';

/**
 * content/translations/<lang>/<slug>.json: the archive's own translation of one report,
 * aligned block by block with the cleaned text. `blocks` maps each block's id on the
 * report page (paragraphs pN, captions fN, headings by their slug id) to its translation,
 * in body order. Inside a block, `{rN:…}` marks the words that render text restored by
 * record rN, and `{rN:}` stands where gap rN is.
 */
export const translationSchema = z.strictObject({
  report: z.string().regex(/^[a-z0-9-]+$/),
  language: z.literal('en'),
  /** The edition translated: the report's own script. */
  from: z.enum(['zh-Hans', 'zh-Hant']),
  translated: z.iso.date(),
  title: z.string().min(1),
  deck: z.string().min(1).optional(),
  /** The translator's note: whose translation, of which edition, and what was hard to render. */
  note: z.string().min(1),
  blocks: z.record(z.string().min(1), z.string().min(1)),
});

export type Translation = z.infer<typeof translationSchema>;

/** `{r5:words}` (restored text) and `{r7:}` (a gap) in a translated block. */
export const TRANSLATION_MARK = /\{(r\d+):([^{}]*)\}/g;
