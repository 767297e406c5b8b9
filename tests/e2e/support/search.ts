/**
 * What the search should find, worked out from the files on disk (never from the built
 * site): every record the index holds (src/lib/search/records.ts) and, for a query, the
 * records and reports whose folded text contains it. Used by tests/e2e/search*.spec.ts
 * and scripts/search-recall.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { builtPages } from '../../../src/integrations/search-index';
import { sourceReports } from '../../../src/lib/search/input';
import { buildEnglishEntries } from '../../../src/lib/search/english';
import { buildFoldMap } from '../../../src/lib/search/fold-map';
import { fold, planQuery, type FoldMap } from '../../../src/lib/search/normalise';
import { buildEntries, corpusTexts, type IndexEntry } from '../../../src/lib/search/records';
import { loadArchive } from '../../helpers/content';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface SearchCorpus {
  entries: IndexEntry[];
  map: FoldMap;
  /** Slugs of the reports, by province. */
  provinceOf: Map<string, string>;
}

/** The records, with heading ids read from a built site (`dist`) when there is one. */
export async function loadSearchCorpus(dist = path.join(ROOT, 'dist')): Promise<SearchCorpus> {
  const archive = loadArchive(ROOT);
  const reports = sourceReports(archive.reports);
  const { programmes } = archive;
  const map = buildFoldMap(corpusTexts({ reports, programmes }));
  const headingId = existsSync(path.join(dist, 'reports')) ? (await builtPages(dist, reports)).headingId : (_slug: string, text: string) => text;
  const entries = buildEntries({ reports, programmes, base: '/', headingId }, map);
  return { entries, map, provinceOf: new Map(programmes.map((p) => [p.slug, p.province])) };
}

/** The English records (src/lib/search/english.ts), from the files on disk. */
export function loadEnglishEntries(): IndexEntry[] {
  const archive = loadArchive(ROOT);
  return buildEnglishEntries({
    reports: sourceReports(archive.reports),
    programmes: archive.programmes,
    translations: [...archive.translations.values()],
    base: '/',
  });
}

/** Does the text hold every segment of the query (folded)? The search's "exact match". */
export function holds(text: string, query: string, map: FoldMap): boolean {
  const segments = planQuery(query, map).segments;
  const folded = fold(text, map);
  return segments.length > 0 && segments.every((s) => folded.includes(s.text));
}

/** The records a query must find: those whose searchable text holds it. */
export function expectedRecords(corpus: SearchCorpus, query: string): IndexEntry[] {
  return corpus.entries.filter((e) => holds(e.searchable, query, corpus.map));
}

export function expectedReports(corpus: SearchCorpus, query: string): string[] {
  return [...new Set(expectedRecords(corpus, query).map((e) => e.slug))].sort();
}

/**
 * slug#anchor of every exact match a search page lists: each report's passages, those
 * shown and those behind its <details>, read from their links.
 */
export function listedExactHits(page: Pick<Page, '$$eval'>): Promise<string[]> {
  return page.$$eval('#search-results .hit[data-match="exact"]', (items) =>
    items.map((li) => {
      const href = li.querySelector('.hit__title a')!.getAttribute('href')!;
      return `${li.getAttribute('data-slug')}#${decodeURIComponent(href.split('#')[1]?.split(':~:')[0] ?? '')}`;
    }),
  );
}

/**
 * Terms taken from the texts for the recall check: place names, organisations,
 * figures, and two-character words that stand inside longer compounds, in both scripts.
 */
export const RECALL_TERMS = [
  // places
  '疏勒',
  '阿拉尔',
  '柯坪',
  '五家渠',
  '准东',
  '準東',
  '阜康',
  '喀什',
  '昌吉',
  '十二师',
  '东营',
  '東營',
  // organisations
  '山东水发',
  '山東水發',
  '台州骨伤医院',
  '湖州市援疆指挥部',
  '兵团',
  '指挥部',
  // figures
  '13.56亿元',
  '13.56億元',
  '370MW',
  '755',
  '1.1807亿元',
  '29个',
  // words inside compounds, either script
  '医疗',
  '醫療',
  '骆驼',
  '駱駝',
  '开发区',
  '技术',
  '光伏',
  '湖羊',
  '组团',
  '人才',
  '产业',
  '干部',
];
