import { z } from 'zod';
import { editorialNoteSchema } from './note';

/**
 * One reviewed repair of damaged capture text. The records live in
 * content/restorations/<slug>.json; the cleaning pipeline applies them and the report
 * page lists them, so every intervention can be checked against the raw capture.
 */
export const CERTAINTIES = ['certain', 'inferred', 'supplied', 'unrecoverable'] as const;

export const restorationSchema = z
  .object({
    /** Unique within its report: r1, r2, … */
    id: z.string().regex(/^r\d+$/, 'ids are r1, r2, …'),
    /** 1-based line number in the raw capture. */
    line: z.number().int().positive(),
    /** The damaged text exactly as captured; must occur exactly once in that line. */
    garbled: z.string().min(1),
    /** The recovered text in the capture's own script, or null where it cannot be recovered. */
    restored: z.string().min(1).nullable(),
    kind: z.enum(['gbk-realigned', 'lost-character', 'html-residue', 'gap']),
    /**
     * certain: every restored character keeps a byte in the capture and the code table
     * fixes the rest; inferred: some character rests on context; supplied: the original
     * is unknown and a conventional form stands in its place; unrecoverable: a gap.
     * The full rule is CERTAINTY_RULE, shown on the about page.
     */
    certainty: z.enum(CERTAINTIES),
    /** How we know: the bytes, the codec, the context. Shown to readers. */
    basis: editorialNoteSchema,
  })
  .refine((r) => (r.restored === null) === (r.certainty === 'unrecoverable'), {
    message: 'restored must be null exactly when certainty is "unrecoverable"',
  });

export const restorationFileSchema = z.array(restorationSchema);

export type Restoration = z.infer<typeof restorationSchema>;
