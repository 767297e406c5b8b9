import { z } from 'zod';
import { editorialNoteSchema } from './note';
import { restorationSchema } from './restoration';

/** A person named in a report's byline or editorial chain, with the role the capture gives. */
const personSchema = z
  .object({
    name: z.string().min(1),
    /** The role as printed, e.g. 记者, 通讯员, 编辑, 一审. */
    role: z.string().min(1),
    /** printed: the capture names the role; inferred: we infer it (the note says from what). */
    roleSource: z.enum(['printed', 'inferred']).default('printed'),
    /** What a reader should know about this name or role. */
    note: editorialNoteSchema.optional(),
  })
  .refine((p) => p.roleSource === 'printed' || p.note !== undefined, {
    message: 'an inferred role needs a note saying what it is inferred from',
    path: ['note'],
  });

/**
 * When the report was published. Either stated by the capture (date and, where printed,
 * time), or not stated: then an estimate with the sentences that support it.
 */
const publicationSchema = z.discriminatedUnion('stated', [
  z.object({
    stated: z.literal(true),
    date: z.iso.date(),
    time: z
      .string()
      .regex(/^\d{2}:\d{2}(:\d{2})?$/)
      .optional(),
    /** The capture line the date was read from. */
    line: z.number().int().positive(),
  }),
  z.object({
    stated: z.literal(false),
    /** Best estimate, as a year, month or range: 2023, 2023-09, 2022-10/2023-03. */
    estimate: z.string().regex(/^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/),
    /** Each piece of evidence: the capture line and what it tells. */
    evidence: z.array(z.object({ line: z.number().int().positive(), note: editorialNoteSchema })).min(1),
  }),
]);

export const reportSchema = z.object({
  title: z.string().min(1),
  /** Where the title came from when the capture prints no headline. */
  titleNote: editorialNoteSchema.optional(),
  deck: z.string().optional(),
  /** The script of the capture: what readers see as "as published". */
  script: z.enum(['zh-Hans', 'zh-Hant']),
  published: publicationSchema,
  /** The outlet that first published the report, e.g. 大众新闻客户端, 山西日报; null when the capture does not say. */
  outlet: z.string().min(1).nullable(),
  /** Intermediaries between the outlet and the captured site, e.g. 柯坪县融媒体中心. */
  via: z.array(z.string().min(1)).default([]),
  /** The site the capture was taken from, as it names itself; null when the capture does not say. */
  capturedFrom: z.string().min(1).nullable(),
  /** Reporters, correspondents and other bylines, in printed order. */
  authors: z.array(personSchema).default([]),
  /** Editors and the review chain (一审/二审/三审), in printed order. */
  editors: z.array(personSchema).default([]),
  source: z.object({
    /** Path of the raw capture, relative to the project root. */
    file: z.string().regex(/^content\/sources\/\d{3}_[0-9a-f]+\.txt$/),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    lines: z.number().int().positive(),
  }),
  /** What cleaning did, in numbers; the line-by-line ledger is content/ledgers/<slug>.json. */
  cleaning: z.object({
    articleLines: z.number().int().nonnegative(),
    metadataLines: z.number().int().nonnegative(),
    droppedLines: z.number().int().nonnegative(),
    pinyinAnnotationsRemoved: z.number().int().nonnegative(),
    punctuationRestored: z.number().int().nonnegative(),
    duplicateTitleLines: z.number().int().nonnegative(),
  }),
  restorations: z.array(restorationSchema).default([]),
  /** The capture's configuration is a draft of `npm run add`, not yet reviewed (content/captures/NNN.yaml `status`). */
  draft: z.literal(true).optional(),
});

export type Report = z.infer<typeof reportSchema>;
