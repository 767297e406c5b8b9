import { z } from 'zod';

/**
 * content/ledgers/<slug>.json, written by the cleaning pipeline (scripts/clean/ledger.ts):
 * one entry per capture line. Read by the site for the as-captured view and the list of
 * interventions; validated here so a changed ledger format fails the build loudly.
 */
const line = z.number().int().positive();

export const ledgerEntrySchema = z.discriminatedUnion('kept', [
  z.object({ line, text: z.string(), kept: z.literal('article'), role: z.enum(['paragraph', 'heading', 'caption']) }),
  z.object({ line, text: z.string(), kept: z.literal('metadata'), field: z.string().min(1) }),
  z.object({ line, text: z.string(), kept: z.literal('dropped'), reason: z.string().min(1), why: z.string() }),
]);

export const ledgerSchema = z.array(ledgerEntrySchema);

export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type ArticleEntry = Extract<LedgerEntry, { kept: 'article' }>;
