/**
 * The search page's state, without the DOM: the query and its filters, their URL, which
 * history entry a change makes, which search is the current one, and what the page says
 * about a search and its results. search-view.ts puts it on the page.
 */
import type { Filters, Hit } from '../lib/search/client';
import { FILTER_KEYS } from '../lib/search/shared';
import type { Distribution } from '../lib/search/groups';
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

export const pageTitle = (q: string): string => (q ? `搜索：${q} · 援疆档案` : '搜索 · 援疆档案');

export const searchingStatus = (q: string): string => `正在搜索“${q}”……`;

export const FAILED_STATUS = '搜索出错了，请刷新页面再试。';

/** What the announcement counts: the reports with exact matches, the partial matches, the exact ones in all. */
interface Counts {
  groups: readonly unknown[];
  partial: readonly unknown[];
  exactTotal: number;
}

export const foundNothing = (outcome: Omit<Counts, 'exactTotal'>): boolean => outcome.groups.length === 0 && outcome.partial.length === 0;

/** What the live region announces when a search is done. */
export function resultsStatus(q: string, outcome: Counts): string {
  const quoted = `“${q}”`;
  const { partial, exactTotal } = outcome;
  if (foundNothing(outcome)) return `没有找到与${quoted}匹配的内容。`;
  return exactTotal > 0
    ? `${quoted}：找到 ${exactTotal} 处完全匹配，在 ${outcome.groups.length} 篇报道中${partial.length ? `；另有 ${partial.length} 处部分匹配` : ''}。`
    : `${quoted}：没有完全匹配；有 ${partial.length} 处部分匹配。`;
}

/** The caption of the table of where the matches are, report by report. */
export const distributionCaption = (q: string): string => `“${q}”在各篇报道中的分布`;

/** The table's column headings: the report, its number of matches, where they fall in its text. */
export const DISTRIBUTION_COLUMNS = ['报道', '处数', '在全文中的位置（从标题到文末）'] as const;

export const hitCount = (n: number): string => `${n} 处`;

/** A report's matches in words: how many, and where (the text alternative of its distribution). */
export function distributionLabel(d: Distribution): string {
  const parts: string[] = [];
  const p = d.paragraphs;
  if (p) parts.push(p.first === p.last ? `在第 ${p.first} 段` : `分布于第 ${p.first}–${p.last} 段${p.count < d.total ? `（${p.count} 处）` : ''}`);
  if (d.otherText > 0) parts.push(`标题、小标题或图片说明中 ${d.otherText} 处`);
  if (d.panel > 0) parts.push(`项目概要中 ${d.panel} 处`);
  return `${hitCount(d.total)}，${parts.join('，')}`;
}

/** The summary of a report's matches not shown at first. */
export const restLabel = (n: number): string => `其余 ${n} 处`;

export const partialNote = (q: string): string => `这些地方出现了“${q}”的每一个字或词，但没有连在一起。`;

const KIND_LABEL: Record<Hit['kind'], (hit: Pick<Hit, 'anchor'>) => string> = {
  paragraph: (h) => `第 ${h.anchor.slice(1)} 段`,
  heading: () => '小标题',
  caption: () => '图片说明',
  title: () => '标题',
  figure: () => '项目概要 · 关键数字',
  summary: () => '项目概要 · 编者摘要（本站撰写，非报道原文）',
};

/** Where on its report page a result is. */
export const whereLabel = (hit: Pick<Hit, 'kind' | 'anchor'>): string => KIND_LABEL[hit.kind](hit);

export const noMatchIntro = (q: string): string => `没有找到与“${q}”匹配的报道文字或项目概要。可以试试：`;

/**
 * What to try when nothing matched, one tip per list item: shorter queries that match, the
 * query without its filters, general advice. Each tip is words and links to other searches,
 * made by `link`.
 */
export function noMatchTips<Link>(
  query: SearchQuery,
  outcome: Pick<Outcome, 'suggestions' | 'withoutFilters'>,
  link: (to: SearchQuery, text: string) => Link,
): (string | Link)[][] {
  const tips = outcome.suggestions.map((s) => ['少用几个字词：', link({ q: s.query, filters: query.filters }, `只搜“${s.query}”`), `（${s.count} 处）`]);
  const { withoutFilters } = outcome;
  if (withoutFilters !== null) {
    tips.push([
      '去掉筛选条件：',
      link({ q: query.q, filters: {} }, `不加筛选再搜“${query.q}”`),
      withoutFilters > 0 ? `（${withoutFilters} 处）` : '（也没有结果）',
    ]);
  }
  if (outcome.suggestions.length === 0) tips.push(['换一个更短或更常见的说法，例如只保留地名或机构名。']);
  tips.push(['换一种字形也不必：简体和繁体会自动互相匹配（医疗＝醫療、骆驼＝駱駝）。若用了异体字、别字或外文写法，请改用报道里的常见写法。']);
  return tips;
}
