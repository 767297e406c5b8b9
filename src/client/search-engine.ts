/**
 * Loaded by the search page only when there is a query: Pagefind's JS API, the lookup
 * file (fold map, report titles), and the search (src/lib/search/client.ts).
 */
import { ArchiveSearch, excerpt, type Candidate, type Filters, type Hit, type PagefindLike } from '../lib/search/client';
import { distribution, groupByReport, recordPlaces, restInReadingOrder, shownAtFirst, type Distribution, type Located } from '../lib/search/groups';
import { recordUrl, type Lookup } from '../lib/search/shared';

interface PagefindModule {
  createInstance(options: { basePath?: string; noWorker?: boolean; metaCacheTag?: string }): PagefindLike & {
    options(options: Record<string, unknown>): Promise<void>;
  };
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
  distribution: Distribution;
  /** Its best passages (shownAtFirst), loaded. */
  shown: Hit[];
  /** Its other hits, in reading order, not loaded. */
  rest: PlacedHit[];
  /** Loads the passages of `rest` (once), in the same order. */
  loadRest(): Promise<Hit[]>;
}

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

/**
 * Pagefind picks the index, and whether to cut the query into words with
 * Intl.Segmenter, from <html lang>; this page is zh-Hans, and Pagefind would segment
 * the query. Our records are filed under 'und' (no segmentation): the language is read
 * once, synchronously, when the instance is created, so <html lang> says 'und' for
 * exactly that call and is put back at once.
 */
function createPagefind(mod: PagefindModule, base: string, metaCacheTag: string) {
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', 'und');
  try {
    return mod.createInstance({ basePath: `${base}pagefind/`, noWorker: true, metaCacheTag });
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
}

/**
 * The engine, from Pagefind's module and the lookup file, which the search page starts
 * loading (src/client/search-page.ts) at the same time as this code, and the site's base
 * path (with its final slash), where Pagefind's files are. `metaCacheTag` is the tag the
 * page asked for Pagefind's entry file with, so Pagefind's own request finds it loaded.
 */
export async function createEngine(assets: { base: string; metaCacheTag: string; pagefind: Promise<unknown>; lookup: Promise<unknown> }): Promise<Engine> {
  const [mod, lookup] = (await Promise.all([assets.pagefind, assets.lookup])) as [PagefindModule, Lookup];
  const pagefind = createPagefind(mod, assets.base, assets.metaCacheTag);
  // Results link to what the index says (base path included); meta only adds text, not score.
  await pagefind.options({ baseUrl: '/', ranking: { metaWeights: { text: 0 } } });
  const search = new ArchiveSearch(pagefind, lookup);
  const places = recordPlaces(lookup);

  return {
    reportLang: (slug) => lookup.reports[slug]?.lang ?? 'zh-Hans',
    excerpt: (hit) => excerpt(hit.text, hit.ranges),
    async search(q, filters) {
      const found = await search.find(q, filters);
      const groups = groupByReport(found.exact, lookup, places);
      // A candidate whose text turns out not to hold the phrase is shown as a partial match.
      const demoted: Hit[] = [];
      const exactOf = (hits: Hit[]) => {
        demoted.push(...hits.filter((h) => h.match === 'partial'));
        return hits.filter((h) => h.match === 'exact');
      };
      const loaded = await Promise.all(
        groups.map(async (group): Promise<ReportResults> => {
          const best = group.hits.slice(0, shownAtFirst(group.hits.length));
          const shown = exactOf(
            await search.load(
              found.plan,
              best.map((h) => h.item),
            ),
          );
          const dropped = new Set(best.filter((h) => !shown.some((s) => s.id === h.item.id)));
          const rest = restInReadingOrder(group);
          let more: Promise<Hit[]> | null = null;
          const { title, programme, lang } = lookup.reports[group.slug]!;
          return {
            slug: group.slug,
            href: recordUrl(assets.base, group.slug),
            title,
            programme,
            lang,
            distribution: distribution({ hits: group.hits.filter((h) => !dropped.has(h)), blocks: group.blocks }),
            shown,
            rest: rest.map((h) => placed(assets.base, h)),
            // Loaded hits that turn out partial were counted already; they stay in the list.
            loadRest: () =>
              (more ??= search.load(
                found.plan,
                rest.map((h) => h.item),
              )),
          };
        }),
      );
      // Partial matches are a fallback for few exact ones: the best ten of them.
      const partial = [...demoted, ...(await search.load(found.plan, found.partial.slice(0, PARTIAL_SHOWN)))];
      const exactTotal = loaded.reduce((n, g) => n + g.distribution.total, 0);
      let suggestions: Outcome['suggestions'] = [];
      let withoutFilters: number | null = null;
      if (exactTotal === 0 && partial.length === 0) {
        const active = Object.values(filters).some(Boolean);
        if (active) withoutFilters = (await search.find(q, {})).exact.length;
        suggestions = await suggest(
          search,
          found.plan.segments.map((s) => s.text),
          filters,
        );
      }
      return { groups: loaded.filter((g) => g.distribution.total > 0), exactTotal, partial, suggestions, withoutFilters };
    },
  };
}

/** Partial matches shown, at most. */
const PARTIAL_SHOWN = 10;

const placed = (base: string, h: Located<Candidate>): PlacedHit => ({
  slug: h.slug,
  anchor: h.anchor,
  kind: h.kind,
  href: recordUrl(base, h.slug, h.anchor),
});

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
