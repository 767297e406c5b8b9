import { z } from 'zod';
import { DROP_REASONS } from './capture';

/**
 * content/ledgers/<slug>.json, written by the cleaning pipeline (scripts/clean/) and
 * published as /data/ledgers/<slug>.json: what cleaning did to every line of one capture,
 * and, for each article line, every edit it made inside the line. The format is public;
 * content/ledgers/README.md documents it for readers. A changed format gets a new version.
 *
 * Offsets count characters (Unicode code points) from 0. The pipeline refuses article
 * lines with characters outside the Basic Multilingual Plane, so they are also UTF-16
 * offsets.
 */
export const LEDGER_VERSION = 2;

const lineNumber = z.number().int().positive();
const offset = z.number().int().nonnegative();
const restorationId = z.string().regex(/^r\d+$/, 'restoration ids are r1, r2, …');

/** What an edit changed, where: at `rawAt` in the captured line, at `blockAt` in the published block. */
const place = { rawAt: offset, blockAt: offset, before: z.string().min(1) };

export const ledgerEditSchema = z.discriminatedUnion('kind', [
  /** White space at either end of the line, trimmed. */
  z.object({ kind: z.literal('whitespace'), ...place, after: z.literal('') }),
  /** The hosting site's pinyin annotation after a Han character, such as (yíng), removed. */
  z.object({ kind: z.literal('pinyin'), ...place, after: z.literal('') }),
  /** An ASCII punctuation mark in Chinese context, restored to its full-width form. */
  z.object({ kind: z.literal('punctuation'), ...place, before: z.string().length(1), after: z.string().length(1) }),
  /** Damaged text replaced by the restoration record `id` of the report's frontmatter. */
  z.object({ kind: z.literal('restoration'), id: restorationId, ...place, after: z.string().min(1) }),
  /** Damaged text that cannot be recovered, removed; the page shows a gap mark for record `id`. */
  z.object({ kind: z.literal('gap'), id: restorationId, ...place, after: z.literal('') }),
]);

const articleRole = z.enum(['paragraph', 'heading', 'caption']);

export const ledgerEntrySchema = z.discriminatedUnion('kept', [
  z.object({
    line: lineNumber,
    text: z.string(),
    kept: z.literal('article'),
    role: articleRole,
    /** The block's id in the report body: pN for a paragraph, fN for a caption; headings have none. */
    anchor: z
      .string()
      .regex(/^[pf]\d+$/)
      .optional(),
    /** In the order of `rawAt`; applied to `text`, they give the published block (see applyEdits). */
    edits: z.array(ledgerEditSchema),
  }),
  z.object({ line: lineNumber, text: z.string(), kept: z.literal('metadata'), field: z.string().min(1) }),
  z.object({ line: lineNumber, text: z.string(), kept: z.literal('dropped'), reason: z.enum(DROP_REASONS), why: z.string() }),
]);

export const ledgerSchema = z.object({
  version: z.literal(LEDGER_VERSION),
  /** The capture the lines are from, as the report's frontmatter names it. */
  source: z.object({
    file: z.string().regex(/^content\/sources\/\d{3}_[0-9a-f]+\.txt$/),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  /** One entry per line of the capture, in order: lines 1, 2, 3, … */
  lines: z.array(ledgerEntrySchema).superRefine((lines, ctx) => {
    lines.forEach((entry, index) => {
      if (entry.line !== index + 1) ctx.addIssue({ code: 'custom', path: [index, 'line'], message: `expected line ${index + 1}` });
    });
  }),
});

export type Ledger = z.infer<typeof ledgerSchema>;
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type ArticleEntry = Extract<LedgerEntry, { kept: 'article' }>;
export type LedgerEdit = z.infer<typeof ledgerEditSchema>;
export type EditKind = LedgerEdit['kind'];
