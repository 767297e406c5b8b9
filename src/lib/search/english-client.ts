/**
 * The English search, as /en/search/ runs it in the browser: Pagefind's English index
 * (src/lib/search/english.ts), which stems words (hospitals finds hospital) and matches
 * the last word as a prefix; a record must hold every word of the query. There is no
 * folding and no partial match: what Pagefind returns is what matches, and the words it
 * matched are marked where its word locations say (wordRanges).
 *
 * It answers as ArchiveSearch (client.ts) does, so the page groups and shows its results
 * the same way; each hit also carries the link to the same element on the Chinese page.
 */
import { toPagefindFilters, type Candidate, type Filters, type Hit, type PagefindLike } from './client';
import type { Range } from './normalise';
import { ENGLISH_WORD_BREAKS, kindOfAnchor, parseRecordUrl, recordUrl, type Lookup } from './shared';

/** A query as the English search takes it: its words. */
export interface EnglishPlan {
  segments: { text: string }[];
}

/** What Pagefind gives for a record it found: its text (content), and where in it the query's words are (word numbers). */
interface EnglishRecord {
  url: string;
  content?: string;
  meta: Record<string, string>;
  locations?: number[];
}

/**
 * Where in `text` its words number `locations` are, punctuation around a word left out:
 * words as Pagefind counts them in the record's content, runs without white space, where
 * dashes and slashes were spaces (ENGLISH_WORD_BREAKS).
 */
export function wordRanges(text: string, locations: readonly number[]): Range[] {
  const words = [...text.replace(ENGLISH_WORD_BREAKS, ' ').matchAll(/\S+/g)];
  const ranges: Range[] = [];
  for (const n of [...new Set(locations)].sort((a, b) => a - b)) {
    const word = words[n];
    if (!word) continue;
    const core = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/su.exec(word[0]);
    if (!core) continue;
    const start = word.index + core.index;
    ranges.push({ start, end: start + core[0].length });
  }
  return ranges;
}

export class EnglishSearch {
  constructor(
    private readonly pagefind: PagefindLike,
    private readonly lookup: Lookup,
    /** The site's base path, where the Chinese pages are. */
    private readonly base: string,
  ) {}

  /** Ids and scores of all matching records, best first; nothing is loaded yet. */
  async find(query: string, filters: Filters = {}): Promise<{ plan: EnglishPlan; exact: Candidate[]; partial: Candidate[] }> {
    const plan = {
      segments: query
        .split(/\s+/)
        .filter(Boolean)
        .map((text) => ({ text })),
    };
    if (plan.segments.length === 0) return { plan, exact: [], partial: [] };
    const response = await this.pagefind.search(query, { filters: toPagefindFilters(filters) });
    const exact = (response?.results ?? []).map((result) => ({ id: result.id, result, score: result.score, expected: 'exact' as const }));
    return { plan, exact, partial: [] };
  }

  /** Loads candidates (in order). */
  async load(_plan: EnglishPlan, candidates: Candidate[]): Promise<Hit[]> {
    const hits = await Promise.all(candidates.map(async (c) => this.hit(c, (await c.result.data()) as EnglishRecord)));
    return hits.filter((hit) => hit !== null);
  }

  private hit(c: Candidate, data: EnglishRecord): Hit | null {
    const where = parseRecordUrl(data.url);
    const report = where && this.lookup.reports[where.slug];
    if (!where || !report) return null;
    const text = data.meta.text ?? data.content ?? '';
    return {
      id: c.id,
      match: 'exact',
      slug: where.slug,
      kind: kindOfAnchor(where.anchor),
      anchor: where.anchor,
      title: report.title,
      programme: report.programme,
      text,
      lang: report.lang,
      label: '',
      ranges: wordRanges(text, data.locations ?? []),
      labelRanges: [],
      href: data.url,
      original: { href: recordUrl(this.base, where.slug, where.anchor), lang: report.original ?? 'zh-Hans' },
    };
  }
}
