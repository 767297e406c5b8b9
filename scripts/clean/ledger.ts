/**
 * The ledger accounts for every line of a capture: kept in the article, moved to the
 * report's metadata, or dropped with a named reason. It is written next to each report
 * (content/ledgers/<slug>.json) so a reader can check any line against the raw capture.
 */

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
} as const;

export type DropReason = keyof typeof DROP_REASONS;

/** Which metadata field a line was moved into. */
export type MetadataField = 'title' | 'deck' | 'dateline' | 'byline' | 'outlet' | 'editors' | 'review' | 'capturedFrom';

export type LedgerEntry =
  | { line: number; text: string; kept: 'article'; role: 'paragraph' | 'heading' | 'caption' }
  | { line: number; text: string; kept: 'metadata'; field: MetadataField }
  | { line: number; text: string; kept: 'dropped'; reason: DropReason; why: string };
