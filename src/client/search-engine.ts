/**
 * Loaded by the search page only when there is a query: Pagefind's JS API, the lookup
 * file (fold map, report titles), and the search (src/lib/search/client.ts).
 */
import { ArchiveSearch, excerpt, type Candidate, type Filters, type Hit, type PagefindLike } from '../lib/search/client';
import type { Lookup } from '../lib/search/shared';

interface PagefindModule {
  createInstance(options: { basePath?: string; noWorker?: boolean }): PagefindLike & {
    options(options: Record<string, unknown>): Promise<void>;
  };
}

export interface Outcome {
  /** Exact matches shown so far, best first. */
  exact: Hit[];
  /** How many exact matches there are in all (checked as they are loaded; an upper bound until then). */
  exactTotal: number;
  /** Whether more exact matches can be loaded. */
  more: boolean;
  /** The next `n` exact matches (or fewer); `more` says whether there are others after them. */
  loadMore(n: number): Promise<Hit[]>;
  partial: Hit[];
  /** When nothing matched: shorter queries that do match, with their counts. */
  suggestions: { query: string; count: number }[];
  /** When nothing matched under filters: how many matches there are without them (null: no filters). */
  withoutFilters: number | null;
}

export interface Engine {
  search(q: string, filters: Filters, pageSize: number): Promise<Outcome>;
  excerpt(hit: Pick<Hit, 'text' | 'ranges'>): ReturnType<typeof excerpt>;
  reportLang(slug: string): string;
}

/**
 * Pagefind picks the index, and whether to cut the query into words with
 * Intl.Segmenter, from <html lang>; this page is zh-Hans, and Pagefind would segment
 * the query. Our records are filed under 'und' (no segmentation): the language is read
 * once, synchronously, when the instance is created, so <html lang> says 'und' for
 * exactly that call and is put back at once.
 */
function createPagefind(mod: PagefindModule, base: string) {
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', 'und');
  try {
    return mod.createInstance({ basePath: `${base}pagefind/`, noWorker: true });
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
}

/**
 * The engine, from Pagefind's module and the lookup file, which the search page starts
 * loading (src/client/search-page.ts) at the same time as this code, and the site's base
 * path (with its final slash), where Pagefind's files are.
 */
export async function createEngine(assets: { base: string; pagefind: Promise<unknown>; lookup: Promise<unknown> }): Promise<Engine> {
  const [mod, lookup] = (await Promise.all([assets.pagefind, assets.lookup])) as [PagefindModule, Lookup];
  const pagefind = createPagefind(mod, assets.base);
  // Results link to what the index says (base path included); meta only adds text, not score.
  await pagefind.options({ baseUrl: '/', ranking: { metaWeights: { text: 0 } } });
  const search = new ArchiveSearch(pagefind, lookup);

  return {
    reportLang: (slug) => lookup.reports[slug]?.lang ?? 'zh-Hans',
    excerpt: (hit) => excerpt(hit.text, hit.ranges),
    async search(q, filters, pageSize) {
      const found = await search.find(q, filters);
      const queue: Candidate[] = [...found.exact];
      let exactTotal = found.exact.length;
      const demoted: Hit[] = [];

      const take = async (n: number) => {
        const batch = queue.splice(0, n);
        const hits = await search.load(found.plan, batch);
        // A candidate whose text turns out not to hold the phrase is not counted as exact.
        const exact = hits.filter((h) => h.match === 'exact');
        exactTotal -= batch.length - exact.length;
        demoted.push(...hits.filter((h) => h.match === 'partial'));
        return exact;
      };

      const exact = await take(pageSize);
      // Partial matches are a fallback for few exact ones: the best pageSize of them.
      const partial = [...demoted, ...(await search.load(found.plan, found.partial.slice(0, pageSize)))];
      let suggestions: Outcome['suggestions'] = [];
      let withoutFilters: number | null = null;
      if (exact.length === 0 && partial.length === 0) {
        const active = Object.values(filters).some(Boolean);
        if (active) withoutFilters = (await search.find(q, {})).exact.length;
        suggestions = await suggest(
          search,
          found.plan.segments.map((s) => s.text),
          filters,
        );
      }
      return {
        exact,
        get exactTotal() {
          return exactTotal;
        },
        get more() {
          return queue.length > 0;
        },
        loadMore: take,
        partial,
        suggestions,
        withoutFilters,
      };
    },
  };
}

/** Shorter queries that match: each word of a query of several, or the halves of one long word. */
async function suggest(search: ArchiveSearch, segments: string[], filters: Filters) {
  const candidates = segments.length > 1 ? segments : segments[0] && [...segments[0]].length >= 4 ? halves(segments[0]) : [];
  const out: { query: string; count: number }[] = [];
  for (const query of candidates) {
    const count = (await search.find(query, filters)).exact.length;
    if (count > 0) out.push({ query, count });
  }
  return out;
}

function halves(word: string): string[] {
  const chars = [...word];
  const mid = Math.ceil(chars.length / 2);
  return [chars.slice(0, mid).join(''), chars.slice(mid).join('')];
}
