import { z } from 'zod';
import { editorialNoteSchema } from './note';

/**
 * content/changes.json: every change to a report's record (its metadata, notes,
 * restorations or programme data) after its first publication, dated, with what it was
 * before and after and why. Shown on /changes/ and, as an erratum, on the report it
 * touches. Slugs and anchors are checked against the reports by
 * src/lib/content/checks.ts.
 */
export const changeSchema = z
  .strictObject({
    date: z.iso.date(),
    /** The report's slug (content/reports/<slug>.mdx). */
    report: z.string().regex(/^[a-z0-9-]+$/),
    /** Where on the report page: a paragraph (p3), a figure (f1) or a restoration note (note-r13). */
    anchor: z
      .string()
      .regex(/^([pf]\d+|note-r\d+)$/, 'anchors are paragraph (p3), figure (f1) or restoration note (note-r13) ids')
      .optional(),
    /** Which field of the record, as a path: cleaning.pinyinAnnotationsRemoved, programme.figures[farmers-trained].label. */
    field: z.string().min(1).optional(),
    /** The value before and after, as recorded. */
    before: z.string(),
    after: z.string(),
    what: editorialNoteSchema,
    why: editorialNoteSchema,
  })
  .refine((c) => c.anchor !== undefined || c.field !== undefined, {
    message: 'a change names the anchor or the field it touches',
    path: ['field'],
  });

export const changesFileSchema = z.array(changeSchema);

export type Change = z.infer<typeof changeSchema>;
