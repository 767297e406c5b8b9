/**
 * The search page's state, without the DOM: the query and its filters, their URL, which
 * history entry a change makes, which search is the current one, and what the page says
 * about a search and its results, in the page's wording (src/i18n/search-results/).
 * search-view.ts puts it on the page.
 */
import type { Filters, Hit } from '../lib/search/client';
import { FILTER_KEYS } from '../lib/search/shared';
import type { Distribution } from '../lib/search/groups';
import { HAN } from '../core/han';
import type { SearchResultsWording } from '../i18n/search-results/zh-Hans';
import type { Outcome } from './search-engine';

export interface SearchQuery {
  q: string;
  filters: Filters;
}

/** The query a URL's search part asks for (?q=…&province=…): values trimmed, blank ones left out. */
export function queryFromSearch(search: string): SearchQuery {
  const params = new URLSearchParams(search);
  const filters: SearchQuery['filters'] = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.trim();
    if (v) filters[key] = v;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The page's address for a query: the parameters that have a value, always in the same order, no fragment. */
export function queryPath(pathname: string, query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of FILTER_KEYS) {
    const v = query.filters[key];
    if (v) params.set(key, v);
  }
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** Whether a change of query adds an entry to the browser's history or replaces the current one. */
export type HistoryMode = 'push' | 'replace';

/** A submitted query: new words are a new history entry (Back returns to the old ones); the same words with other filters replace it. */
export const submitHistory = (submitted: SearchQuery, current: SearchQuery): HistoryMode => (submitted.q === current.q ? 'replace' : 'push');

export const hasFilters = (query: SearchQuery): boolean => FILTER_KEYS.some((key) => !!query.filters[key]);

/**
 * Marks searches in the order they start: the function a search gets says whether it is
 * still the latest, so the results of one overtaken by another are never shown.
 */
export function latestSearch(): () => () => boolean {
  let latest = 0;
  return () => {
    const mine = ++latest;
    return () => mine === latest;
  };
}

/** The page's title for a query; `site` the archive's name. */
export const pageTitle = (w: SearchResultsWording, q: string, site: string): string => (q ? w.pageTitleFor(q, site) : w.pageTitle(site));

/** What the announcement counts: the reports with exact matches, the partial matches, the exact ones in all. */
interface Counts {
  groups: readonly unknown[];
  partial: readonly unknown[];
  exactTotal: number;
}

export const foundNothing = (outcome: Omit<Counts, 'exactTotal'>): boolean => outcome.groups.length === 0 && outcome.partial.length === 0;

/** What the live region announces when a search is done. */
export function resultsStatus(w: SearchResultsWording, q: string, outcome: Counts): string {
  const { partial, exactTotal } = outcome;
  if (foundNothing(outcome)) return w.nothing(q);
  return exactTotal > 0
    ? `${w.found(q, exactTotal, outcome.groups.length)}${partial.length ? w.alsoPartial(partial.length) : ''}${w.foundEnd}`
    : w.onlyPartial(q, partial.length);
}

/** A report's matches in words: how many, and where (the text alternative of its distribution). */
export function distributionLabel(w: SearchResultsWording, d: Distribution): string {
  const parts: string[] = [];
  const p = d.paragraphs;
  if (p)
    parts.push(p.first === p.last ? w.inParagraph(p.first) : `${w.inParagraphs(p.first, p.last)}${p.count < d.total ? w.inParagraphsOf(p.count) : ''}`);
  if (d.otherText > 0) parts.push(w.inOtherText(d.otherText));
  if (d.panel > 0) parts.push(w.inPanel(d.panel));
  return w.distribution(w.hitCount(d.total), parts);
}

/** Where on its report page a result is. */
export const whereLabel = (w: SearchResultsWording, hit: Pick<Hit, 'kind' | 'anchor'>): string =>
  hit.kind === 'paragraph' ? w.where.paragraph(hit.anchor.slice(1)) : w.where[hit.kind];

/**
 * What to try when nothing matched, one tip per list item: shorter queries that match, the
 * query without its filters, general advice. Each tip is words and links to other searches,
 * made by `link`.
 */
export function noMatchTips<Link>(
  w: SearchResultsWording,
  query: SearchQuery,
  outcome: Pick<Outcome, 'suggestions' | 'withoutFilters'>,
  link: (to: SearchQuery, text: string) => Link,
): (string | Link)[][] {
  const tips = outcome.suggestions.map((s) => [
    w.tips.fewerWords,
    link({ q: s.query, filters: query.filters }, w.tips.only(s.query)),
    w.tips.count(s.count),
  ]);
  const { withoutFilters } = outcome;
  if (withoutFilters !== null) {
    tips.push([
      w.tips.dropFilters,
      link({ q: query.q, filters: {} }, w.tips.withoutFilters(query.q)),
      withoutFilters > 0 ? w.tips.count(withoutFilters) : w.tips.alsoNothing,
    ]);
  }
  if (outcome.suggestions.length === 0) tips.push([w.tips.shorter]);
  tips.push([w.tips.scripts]);
  return tips;
}

const ANY_HAN = new RegExp(HAN, 'u');
const LATIN = /\p{Script=Latin}/u;

/**
 * Whether the page offers the same query to the other language's search: the English
 * page, for a query with Chinese characters (the translations hold them only where they
 * quote a name on first use); the Chinese page, for a query in Latin letters, without
 * Chinese characters, that found nothing (the English translations may have it).
 */
export function offersOtherSearch(pageLang: string, q: string, nothingFound: boolean): boolean {
  return pageLang === 'en' ? ANY_HAN.test(q) : nothingFound && LATIN.test(q) && !ANY_HAN.test(q);
}
