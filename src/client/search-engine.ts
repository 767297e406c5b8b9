/**
 * Loaded by the search page only when there is a query: Pagefind's JS API, the lookup
 * file (fold map, report titles), and the search: of the Chinese text (src/lib/search/client.ts),
 * or on /en/search/ of the English translations (english-client.ts). Both answer alike,
 * so the grouping, the distribution and the loading of passages here serve both.
 */
import { ArchiveSearch, excerpt, type Candidate, type Filters, type Hit, type PagefindLike } from '../lib/search/client';
import { EnglishSearch } from '../lib/search/english-client';
import { distribution, groupByReport, recordPlaces, restInReadingOrder, shownAtFirst, type Distribution, type Located } from '../lib/search/groups';
import { recordUrl, type Lookup } from '../lib/search/shared';

interface PagefindModule {
  createInstance(options: {
    basePath: string;
    baseUrl: string;
    noWorker: boolean;
    metaCacheTag: string;
    ranking: { metaWeights: Record<string, number> };
  }): PagefindLike;
}

/** A hit not loaded yet: where it is, and a link to its element. */
export interface PlacedHit {
  slug: string;
  anchor: string;
  kind: Hit['kind'];
  href: string;
}

/** One report's exact matches. */
export interface ReportResults {
  slug: string;
  /** The report page. */
  href: string;
  title: string;
  programme: string;
  lang: string;
  /** Where its hits fall, from the index alone: the count is Pagefind's exact matches. */
  distribution: Distribution;
  /** Its best hits (shownAtFirst), best first, not loaded. */
  best: PlacedHit[];
  /** Loads the passages of `best` (once), in the same order; a passage found to hold the query only in part comes as a partial match. */
  loadBest: () => Promise<Hit[]>;
  /** Its other hits, in reading order, not loaded. */
  rest: PlacedHit[];
  /** Loads the passages of `rest` (once), in the same order. */
  loadRest: () => Promise<Hit[]>;
}

/**
 * What a search found, before any passage is loaded (but the partial matches, which are
 * checked before they are counted): enough to show every report that matches, with its
 * count and distribution, as soon as Pagefind has answered.
 */
export interface Outcome {
  /** Exact matches by report, the report with most first (src/lib/search/groups.ts). */
  groups: ReportResults[];
  /** How many exact matches there are in all. */
  exactTotal: number;
  partial: Hit[];
  /** When nothing matched: shorter queries that do match, with their counts. */
  suggestions: { query: string; count: number }[];
  /** When nothing matched under filters: how many matches there are without them (null: no filters). */
  withoutFilters: number | null;
}

export interface Engine {
  search(q: string, filters: Filters): Promise<Outcome>;
  excerpt(hit: Pick<Hit, 'text' | 'ranges'>): ReturnType<typeof excerpt>;
  reportLang(slug: string): string;
}

/** The index a search page searches: the Chinese records ('und'), or the English ones. */
export type IndexLanguage = 'und' | 'en';

/** A search over one index: find ids, then load the passages of some. */
interface Searcher<Plan extends { segments: readonly { text: string }[] }> {
  find(query: string, filters: Filters): Promise<{ plan: Plan; exact: Candidate[]; partial: Candidate[] }>;
  load(plan: Plan, candidates: Candidate[]): Promise<Hit[]>;
}

/**
 * Pagefind picks the index, and whether to cut the query into words with
 * Intl.Segmenter, from <html lang>; the Chinese page is zh-Hans, and Pagefind would segment
 * the query. The Chinese records are filed under 'und' (no segmentation): the language is read
 * once, synchronously, when the instance is created, so <html lang> says the index's
 * language for exactly that call and is put back at once.
 */
function createPagefind(mod: PagefindModule, base: string, metaCacheTag: string, language: IndexLanguage) {
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', language);
  try {
    // Options given here rather than through options() afterwards, which would wait for
    // Pagefind to finish loading (it polls every 50 ms) before the search can start.
    // Results link to what the index says (base path included); meta only adds text, not score.
    return mod.createInstance({ basePath: `${base}pagefind/`, baseUrl: '/', noWorker: true, metaCacheTag, ranking: { metaWeights: { text: 0 } } });
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
}

/** Pagefind checks every this many milliseconds whether it has loaded (1.6: getPtr). */
const PAGEFIND_POLL_MS = 50;
/** How many empty searches watch for it, spread over that time. */
const WATCHERS = 5;

/**
 * Resolves once Pagefind has loaded its metadata and WebAssembly. Every call into it waits
 * for that by checking every PAGEFIND_POLL_MS; a search started just before would wait up
 * to that long for nothing. Empty searches (which return at once once loaded), started
 * a fraction of that apart, see it sooner, so the real search finds it loaded.
 */
function loaded(pagefind: PagefindLike): Promise<unknown> {
  const step = PAGEFIND_POLL_MS / WATCHERS;
  return Promise.race(Array.from({ length: WATCHERS }, (_, i) => new Promise((resolve) => setTimeout(resolve, i * step)).then(() => pagefind.search(''))));
}

/**
 * The engine, from Pagefind's module and the lookup file, which the search page starts
 * loading (src/client/search-page.ts) at the same time as this code, and the site's base
 * path (with its final slash), where Pagefind's files are. `metaCacheTag` is the tag the
 * page asked for Pagefind's entry file with, so Pagefind's own request finds it loaded.
 */
export async function createEngine(assets: {
  base: string;
  metaCacheTag: string;
  pagefind: Promise<unknown>;
  lookup: Promise<unknown>;
  language: IndexLanguage;
}): Promise<Engine> {
  // Pagefind starts loading its index as soon as its instance exists: before the lookup file is read.
  const pagefind = createPagefind((await assets.pagefind) as PagefindModule, assets.base, assets.metaCacheTag, assets.language);
  const [lookup] = (await Promise.all([assets.lookup, loaded(pagefind)])) as [Lookup, unknown];
  return assets.language === 'en'
    ? engineOver(new EnglishSearch(pagefind, lookup, assets.base), lookup, { base: assets.base, lang: 'en', halves: () => [] })
    : engineOver(new ArchiveSearch(pagefind, lookup), lookup, { base: assets.base, lang: undefined, halves });
}

/**
 * The engine over one search: `base` the site's base path, `lang` the language of the
 * report pages its results link to, `halves` how a long one-word query is cut for suggestions.
 */
function engineOver<Plan extends { segments: readonly { text: string }[] }>(
  search: Searcher<Plan>,
  lookup: Lookup,
  pages: { base: string; lang: 'en' | undefined; halves: (word: string) => string[] },
): Engine {
  const places = recordPlaces(lookup);
  // Loads once; a failed load is not kept, so asking again tries again.
  const once = (load: () => Promise<Hit[]>) => {
    let loaded: Promise<Hit[]> | null = null;
    return () =>
      (loaded ??= load().catch((error: unknown) => {
        loaded = null;
        throw error;
      }));
  };

  return {
    reportLang: (slug) => lookup.reports[slug]?.lang ?? 'zh-Hans',
    excerpt: (hit) => excerpt(hit.text, hit.ranges),
    async search(q, filters) {
      const found = await search.find(q, filters);
      const groups = groupByReport(found.exact, lookup, places).map((group): ReportResults => {
        const best = group.hits.slice(0, shownAtFirst(group.hits.length));
        const rest = restInReadingOrder(group);
        const { title, programme, lang } = lookup.reports[group.slug]!;
        const loader = (hits: Located<Candidate>[]) =>
          once(() =>
            search.load(
              found.plan,
              hits.map((h) => h.item),
            ),
          );
        return {
          slug: group.slug,
          href: recordUrl(pages.base, group.slug, '', pages.lang),
          title,
          programme,
          lang,
          distribution: distribution(group),
          best: best.map((h) => placed(pages, h)),
          loadBest: loader(best),
          rest: rest.map((h) => placed(pages, h)),
          loadRest: loader(rest),
        };
      });
      // Partial matches are a fallback for few exact ones: the best ten of them, checked.
      const partial = found.partial.length > 0 ? await search.load(found.plan, found.partial.slice(0, PARTIAL_SHOWN)) : [];
      const exactTotal = groups.reduce((n, g) => n + g.distribution.total, 0);
      let suggestions: Outcome['suggestions'] = [];
      let withoutFilters: number | null = null;
      if (exactTotal === 0 && partial.length === 0) {
        const active = Object.values(filters).some(Boolean);
        if (active) withoutFilters = (await search.find(q, {})).exact.length;
        suggestions = await suggest(
          search,
          found.plan.segments.map((s) => s.text),
          filters,
          pages.halves,
        );
      }
      return { groups, exactTotal, partial, suggestions, withoutFilters };
    },
  };
}

/** Partial matches shown, at most. */
const PARTIAL_SHOWN = 10;

const placed = (pages: { base: string; lang: 'en' | undefined }, h: Located<Candidate>): PlacedHit => ({
  slug: h.slug,
  anchor: h.anchor,
  kind: h.kind,
  href: recordUrl(pages.base, h.slug, h.anchor, pages.lang),
});

/** Shorter queries that match: each word of a query of several, or the halves of one long word. */
async function suggest<Plan extends { segments: readonly { text: string }[] }>(
  search: Searcher<Plan>,
  segments: string[],
  filters: Filters,
  halves: (word: string) => string[],
) {
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
