/**
 * The ledger accounts for every line of a capture: kept in the article (with every edit
 * cleaning made inside it), moved to the report's metadata, or dropped with a named
 * reason. It is written next to each report (content/ledgers/<slug>.json) so a reader can
 * check any line against the raw capture; its format is src/core/schemas/ledger.ts,
 * documented in content/ledgers/README.md.
 */
import type { DropReason } from '../../src/core/schemas/capture';
import type { LedgerEdit } from '../../src/core/schemas/ledger';
import type { Edit } from './model';

/** Why a line was dropped. Each reason names one kind of site chrome or noise. */
export const DROP_REASONS = {
  blank: 'blank line',
  spam: 'spam/SEO keyword line planted by the hosting site',
  breadcrumb: 'breadcrumb navigation',
  navigation: 'site navigation bar',
  siteWidget: 'site widget (share, follow, font size)',
  relatedArticles: 'related-articles list',
  nextArticle: 'link to the next article',
  advertisements: 'advertisement list',
  comments: 'comment widget',
  copyright: 'copyright line',
  licence: 'ICP/licence line',
  siteFooter: 'site footer (hotline, production credits, section banner)',
  legalNotice: 'legal notice of the hosting site',
  separator: 'stray separator',
  duplicateTitle: 'duplicate of the title',
  unreviewed: 'outside the article, not yet reviewed',
} as const satisfies Record<DropReason, string>;

export type { DropReason };

/** Which metadata field a line was moved into. */
export type MetadataField = 'title' | 'deck' | 'dateline' | 'byline' | 'outlet' | 'editors' | 'review' | 'capturedFrom';

export type LedgerEntry =
  | { line: number; text: string; kept: 'article'; role: 'paragraph' | 'heading' | 'caption'; anchor?: string; edits: LedgerEdit[] }
  | { line: number; text: string; kept: 'metadata'; field: MetadataField }
  | { line: number; text: string; kept: 'dropped'; reason: DropReason; why: string };

/**
 * A line's edits in the order of the line, each with where it lands in the published
 * block: the captured text kept before it, plus what the edits before it put in.
 */
export function placeEdits(edits: readonly Edit[]): LedgerEdit[] {
  let rawAt = 0;
  let blockAt = 0;
  return [...edits]
    .sort((a, b) => a.rawAt - b.rawAt)
    .map((edit) => {
      blockAt += edit.rawAt - rawAt;
      const { rawAt: at, before, after, ...kind } = edit;
      const placed = { ...kind, rawAt: at, blockAt, before, after } as LedgerEdit;
      blockAt += after.length;
      rawAt = at + before.length;
      return placed;
    });
}
