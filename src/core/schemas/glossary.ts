import { z } from 'zod';
import { ASCII_BETWEEN_HAN } from '../punctuation';

/**
 * content/glossary.json: the recurring terms of pairing assistance a reader outside China
 * needs. Each term in both scripts, with pinyin and a short gloss in English (`en`) and in
 * Chinese (`zh`, ours, Simplified, saying what `en` says). `match`, when
 * given, is the complete list of Simplified forms to look for in the reports (otherwise the
 * term itself); longer forms win where forms overlap. `variants` are shown with the entry.
 * Reports are searched in both scripts (their text converted with OpenCC at build time).
 */
export const glossaryTermSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case pinyin words joined by -'),
  group: z.enum(['programme', 'corps', 'forms', 'policy']),
  hans: z.string().min(1),
  hant: z.string().min(1),
  pinyin: z.string().min(1),
  en: z.string().min(1),
  zh: z
    .string()
    .min(1)
    .refine((s) => !ASCII_BETWEEN_HAN.test(s), 'Chinese text uses full-width punctuation (，：；（）！？), never ASCII between Han characters'),
  variants: z.array(z.string().min(1)).default([]),
  match: z.array(z.string().min(1)).min(1).optional(),
});

export const glossaryFileSchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  const seen = new Map<string, number>();
  terms.forEach((t, i) => {
    const first = seen.get(t.id);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${t.id}" is already used by entry ${first}` });
    seen.set(t.id, i);
  });
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
