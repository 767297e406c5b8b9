/**
 * What the search index holds: one entry per paragraph of a report, per heading, per
 * lost-image caption, per report title, and per item of the summary panel (each key
 * figure, by its label and value; the editorial summary). Nothing else of a page —
 * navigation, footers, provenance, restoration notes, and nothing that cleaning removed
 * from the captures — ever reaches the index.
 *
 * Each entry becomes one Pagefind custom record (toPagefindRecord):
 * - url: the element it is about, `${base}reports/<slug>/#<id>` (unique per record;
 *   Pagefind keeps one record per URL);
 * - content: the search normalisation of its text (normalise.ts);
 * - meta: only `text`, the text as the reader sees it. Pagefind indexes meta values too
 *   (as whitespace-separated words, matched by prefix); a text's words start where its
 *   clauses start, so they never match a query the content does not. Everything else a
 *   result shows (report title, programme, figure label) is in the lookup file
 *   (search/lookup.json), so no Latin slug or id can match a query;
 * - filters: province, region, theme, year (the page offers these), and report.
 *
 * Pure: it takes the sources as data, so the unit tests can run it on a fixture. The
 * Astro integration (src/integrations/search-index.ts) feeds it the real content.
 */
import { ourWordsIn } from '../apparatus/convert';
import type { Programme } from '../../core/schemas/programme';
import { blockText, GAP_TEXT, paragraphTexts, reportBlocks, segmentText } from '../report-text';
import { fold, foldMapToPairs, indexContent, type FoldMap } from './normalise';
import { FIGURE_PREFIX, RECORD_LANGUAGE, recordUrl, REPORT_FILTER, SUMMARY_ANCHOR, type FilterKey, type Lookup, type RecordKind } from './shared';

/** One thing a reader can find, before it is handed to Pagefind. */
export interface IndexEntry {
  slug: string;
  kind: RecordKind;
  /** The element id on the report page ('' for the page itself). */
  anchor: string;
  url: string;
  /** What the reader sees: as printed (figures: the sentence; summary: ours). */
  text: string;
  /** What is searched: text, or for a figure its label and value. */
  searchable: string;
  /** The search normalisation of `searchable`. */
  content: string;
  filters: Record<FilterKey | typeof REPORT_FILTER, string[]>;
}

/** A Pagefind custom record (pagefind's CustomRecord). */
export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: { text: string };
  filters: Record<string, string[]>;
}

/** One report as the index needs it. */
export interface SourceReport {
  slug: string;
  title: string;
  deck?: string | undefined;
  script: 'zh-Hans' | 'zh-Hant';
  /** Years the report was published in: one for a stated date, each year of an estimate. */
  years: string[];
  /** The MDX body (frontmatter allowed). */
  body: string;
}

export interface BuildEntriesInput {
  reports: SourceReport[];
  programmes: Programme[];
  /** The site's base path, e.g. '/' or '/archive/'. */
  base: string;
  /**
   * The id of a report's heading with the given text, as the built page has it. The
   * integration reads it from the built HTML; tests pass their own.
   */
  headingId: (slug: string, text: string) => string;
}

/** The years of a publication date or estimate: 2024-01-30 → [2024]; 2022-10/2023-06 → [2022, 2023]. */
export function publicationYears(published: { stated: true; date: string } | { stated: false; estimate: string }): string[] {
  const [from = '', to = from] = (published.stated ? published.date : published.estimate).split('/');
  const a = Number(from.slice(0, 4));
  const b = Number(to.slice(0, 4));
  const years: string[] = [];
  for (let y = a; y <= b; y++) years.push(String(y));
  return years;
}

interface HeadingOrCaption {
  kind: 'heading' | 'caption';
  text: string;
  id?: string;
}

/** Headings and lost-image captions of a report body (frontmatter allowed), in order. */
export function headingsAndCaptions(body: string): HeadingOrCaption[] {
  return reportBlocks(body).flatMap((block): HeadingOrCaption[] => {
    const text = blockText(block.segments);
    if (block.kind === 'heading') return [{ kind: block.kind, text }];
    if (block.kind === 'caption') return [{ kind: block.kind, id: block.anchor, text }];
    return [];
  });
}

/** What is indexed of a text: its normalisation, without the gap mark 〔缺〕 (not the report's words). */
function contentOf(text: string, map: FoldMap): string {
  return indexContent(text.split(GAP_TEXT).join(' '), map);
}

/** Every text the index and the result list use (what the fold map is built for). */
export function corpusTexts(input: Pick<BuildEntriesInput, 'reports' | 'programmes'>): string[] {
  const texts: string[] = [];
  for (const r of input.reports) {
    texts.push(r.title, r.deck ?? '', ...paragraphTexts(r.body).values());
    for (const h of headingsAndCaptions(r.body)) texts.push(h.text);
  }
  for (const p of input.programmes) {
    texts.push(p.title, p.summary ?? '');
    for (const f of p.figures ?? []) texts.push(f.label, f.value, f.quote);
  }
  return texts.filter((t) => t !== '');
}

export function programmeFor(programmes: Programme[], slug: string): Programme {
  const programme = programmes.find((p) => p.slug === slug);
  if (!programme) throw new Error(`search index: report "${slug}" has no programme (content/programmes/${slug}.json)`);
  return programme;
}

/** The filters of a report's records: those the search page offers, and the report. */
export function recordFilters(report: SourceReport, programme: Programme): IndexEntry['filters'] {
  return {
    province: [programme.province],
    region: [...new Set(programme.recipients.map((r) => r.region))],
    theme: [...(programme.themes ?? [])],
    year: [...report.years],
    [REPORT_FILTER]: [report.slug],
  };
}

/** The entries for all reports, report by report, each in reading order. Throws if two share a URL. */
export function buildEntries(input: BuildEntriesInput, map: FoldMap): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const report of input.reports) {
    const programme = programmeFor(input.programmes, report.slug);
    const filters = recordFilters(report, programme);
    const add = (kind: RecordKind, anchor: string, text: string, searchable = text) => {
      const content = contentOf(searchable, map);
      if (content === '') return;
      entries.push({
        slug: report.slug,
        kind,
        anchor,
        url: recordUrl(input.base, report.slug, anchor),
        text,
        searchable,
        content,
        filters: structuredClone(filters),
      });
    };

    // The text in reading order (the lookup file's records, and the hit distribution, follow it).
    add('title', '', report.deck ? `${report.title}\u3000${report.deck}` : report.title);
    for (const block of reportBlocks(report.body)) {
      const text = blockText(block.segments);
      if (block.kind === 'heading') add('heading', input.headingId(report.slug, text), text);
      else add(block.kind, block.anchor, text);
    }

    // The summary panel (src/components/ProgrammeSummary.astro). A key figure (#fig-<id>)
    // is found by its label (ours) and its value; the sentence it quotes is the
    // paragraph's own text and is found there. The editorial summary is in #programme,
    // in the report page's script, which its link's text directive must match.
    for (const f of programme.figures ?? []) add('figure', `${FIGURE_PREFIX}${f.id}`, f.quote, `${f.label}：${f.value}`);
    if (programme.summary !== undefined) add('summary', SUMMARY_ANCHOR, ourWordsIn(report.script, programme.summary));
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.url)) throw new Error(`search index: two records share the URL ${e.url}`);
    seen.add(e.url);
  }
  return entries;
}

/** A Pagefind record of an entry, filed under `language` (the Chinese records' by default). */
export function toPagefindRecord(entry: IndexEntry, language = RECORD_LANGUAGE): PagefindRecord {
  return {
    url: entry.url,
    content: entry.content,
    language,
    meta: { text: entry.text },
    filters: entry.filters,
  };
}

/**
 * Offsets in each paragraph's text after which the page shows a note reference: after
 * every <Restored>…</Restored> and <Gap /> (src/components/report/Restored.astro, Gap.astro).
 */
export function noteOffsets(body: string): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const block of reportBlocks(body)) {
    if (block.kind !== 'paragraph') continue;
    const offsets: number[] = [];
    let at = 0;
    for (const segment of block.segments) {
      at += segmentText(segment).length;
      if (segment.type !== 'text') offsets.push(at);
    }
    if (offsets.length > 0) out[block.anchor] = offsets;
  }
  return out;
}

/** Stretches of each paragraph that the summary panel quotes (recipients, period, batch, figures). */
export function quotedRanges(body: string, programme: Programme): Record<string, [number, number][]> {
  const texts = paragraphTexts(body);
  const quotes = [
    ...programme.recipients,
    ...(programme.period ? [programme.period] : []),
    ...(programme.batch ? [programme.batch] : []),
    ...(programme.figures ?? []),
  ];
  const out: Record<string, [number, number][]> = {};
  for (const q of quotes) {
    const text = texts.get(q.anchor);
    const at = text?.indexOf(q.quote) ?? -1;
    if (at < 0) continue;
    const list = (out[q.anchor] ??= []);
    if (!list.some(([a, b]) => a === at && b === at + q.quote.length)) list.push([at, at + q.quote.length]);
  }
  return out;
}

/** The records of the index as the lookup file lists them: the entries, and the id Pagefind gave each (by URL). */
export interface IndexedRecords {
  entries: readonly IndexEntry[];
  idOf: (url: string) => string;
}

const TEXT_KINDS: ReadonlySet<RecordKind> = new Set(['title', 'heading', 'paragraph', 'caption']);

/** A report's records as the lookup file lists them: its text in reading order, then the summary panel; and how many are text. */
export function lookupRecords(slug: string, records: IndexedRecords): { records: [string, string][]; text: number } {
  const own = records.entries.filter((e) => e.slug === slug);
  const text = own.filter((e) => TEXT_KINDS.has(e.kind));
  return { records: [...text, ...own.filter((e) => !TEXT_KINDS.has(e.kind))].map((e) => [records.idOf(e.url), e.anchor]), text: text.length };
}

/**
 * The lookup file (search/lookup.json): the fold map, and per report what a result shows
 * besides its text (title, programme, script, figure labels), what its link needs, and
 * its records by Pagefind id in reading order, so the page groups and places the hits
 * without loading them.
 */
export function buildLookup(input: Pick<BuildEntriesInput, 'reports' | 'programmes'>, map: FoldMap, records: IndexedRecords): Lookup {
  const reports: Lookup['reports'] = {};
  for (const r of input.reports) {
    const p = programmeFor(input.programmes, r.slug);
    reports[r.slug] = {
      title: r.title,
      programme: p.title,
      lang: r.script,
      figures: Object.fromEntries((p.figures ?? []).map((f) => [f.id, `${f.label}：${f.value}`])),
      notes: noteOffsets(r.body),
      quoted: quotedRanges(r.body, p),
      ...lookupRecords(r.slug, records),
    };
  }
  return { version: 2, fold: foldMapToPairs(map), reports };
}

/** Does an entry's searchable text, or its displayed text, contain the needle (both folded)? */
export function entryContains(entry: IndexEntry, needle: string, map: FoldMap): boolean {
  const n = fold(needle, map);
  return fold(entry.searchable, map).includes(n) || fold(entry.text, map).includes(n);
}
