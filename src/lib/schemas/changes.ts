import { z } from 'zod';

/**
 * content/changes.json: every change to a report's text or data after its first
 * publication, dated, with the reason. Shown on /changes/ and, as an erratum, on the
 * report it touches. Slugs and anchors are checked against the reports by
 * src/lib/apparatus/changes.ts.
 */
export const changeSchema = z.object({
  date: z.iso.date(),
  /** The report's slug (content/reports/<slug>.mdx). */
  report: z.string().regex(/^[a-z0-9-]+$/),
  /** A paragraph or figure of that report (p3, f1), when the change is local. */
  anchor: z
    .string()
    .regex(/^[pf]\d+$/, 'anchors are paragraph (p3) or figure (f1) ids')
    .optional(),
  /** What changed. */
  what: z.string().min(1),
  /** Why. */
  why: z.string().min(1),
});

export const changesFileSchema = z.array(changeSchema);

export type Change = z.infer<typeof changeSchema>;
