import { z } from 'zod';

/**
 * One reviewed repair of damaged capture text. The records live in
 * content/restorations/<slug>.json; the cleaning pipeline applies them and the report
 * page lists them, so every intervention can be checked against the raw capture.
 */
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
    /** certain: mechanically recovered; inferred: one byte plus context; unrecoverable: a gap. */
    certainty: z.enum(['certain', 'inferred', 'unrecoverable']),
    /** How we know: the bytes, the codec, the context. Shown to readers. */
    basis: z.string().min(1),
  })
  .refine((r) => (r.restored === null) === (r.certainty === 'unrecoverable'), {
    message: 'restored must be null exactly when certainty is "unrecoverable"',
  });

export const restorationFileSchema = z.array(restorationSchema);

export type Restoration = z.infer<typeof restorationSchema>;
