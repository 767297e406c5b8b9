import { z } from 'zod';
import { parseNote } from '../notes';
import { ASCII_BETWEEN_HAN } from '../punctuation';

/** Note text with valid {q:…} / {L<n>:…} quotations (src/core/notes.ts). */
const noteText = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    try {
      parseNote(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });

/**
 * An editorial note in both languages: `zh` in Simplified (converted for Traditional
 * pages), `en` for the English edition. Quotations are marked, so that our Chinese prose
 * never carries the capture's ASCII punctuation.
 */
export const editorialNoteSchema = z.strictObject({
  zh: noteText.refine(
    (text) => parseNote(text).every((s) => s.type !== 'prose' || !ASCII_BETWEEN_HAN.test(s.value)),
    'Chinese prose uses full-width punctuation; quote the capture with {L<line>:…}',
  ),
  en: noteText,
});

export type EditorialNote = z.infer<typeof editorialNoteSchema>;
