/**
 * What one first search costs a reader, measured in Chromium with a cold cache: the
 * bytes of every response the search itself asks for, and the time from the start of
 * the search to its first results on screen, then to the passages of the first view
 * (performance marks search:start → search:results → search:passages, set by
 * src/client/search-page.ts, and alike for Pagefind's default UI by pagefind-default.ts).
 * "First results" is the same for both: every report the first view lists is named on
 * screen, with the count of matches. Shared by `npm run bench` and `npm run bench:search`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

/** Requests that belong to the search (index, engine, fold map), not to the page. */
export function isSearchRequest(url: string, base: string): boolean {
  const path = new URL(url).pathname;
  return (
    path.startsWith(`${base}pagefind/`) ||
    path === `${base}search/lookup.json` ||
    path === `${base}en/search/lookup.json` ||
    /\/_astro\/search-engine\.[^/]+\.js$/.test(path)
  );
}

/** pagefind's own files (.pf_*, wasm) are compressed already. */
function compressible(url: string): boolean {
  return /\.(js|mjs|json|css|html?)$|\/$/.test(new URL(url).pathname);
}

interface TransferRow {
  url: string;
  /** Headers + body as our server sends it (uncompressed). */
  transferred: number;
  /** Headers + body as a host that gzips text would send it. */
  gzip: number;
}

async function measure(response: Response): Promise<TransferRow> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  const headers = (await response.request().sizes()).responseHeadersSize;
  return {
    url: response.url(),
    transferred: headers + body.length,
    gzip: headers + (compressible(response.url()) ? gzipSync(body, { level: 9 }).length : body.length),
  };
}

export interface SearchCost {
  searchBytes: number;
  searchGzip: number;
  searchRequests: number;
  /** The search page itself (HTML, CSS, its small script), for comparison. */
  pageBytes: number;
  /** search:start → search:results: the reports that match, named, with their counts. */
  ms: number;
  /** search:start → search:passages: the passages shown in the first view, too. */
  passages: number;
  /** search:start → search:engine (loading Pagefind and the fold map); NaN where a page sets no such mark. */
  load: number;
  /** Navigation start → search:results. */
  fromNavigation: number;
  /** The search's own requests, for a listing. */
  requests: TransferRow[];
}

interface SearchPage {
  url: string;
  /** What is on screen once the first results (or the message that there are none) are. */
  ready: string;
  isSearch: (url: string) => boolean;
}

/** Opens a search page with a query in a fresh context (cold cache) and measures it. */
async function measureSearch(browser: Browser, target: SearchPage): Promise<SearchCost> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const pending: Promise<TransferRow>[] = [];
    page.on('response', (r) => pending.push(measure(r)));
    await page.goto(target.url);
    await page.locator(target.ready).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // No helper functions inside evaluate(): tsx's name-keeping wrapper does not exist in the page.
    const [start, engine, results, passages] = await page.evaluate(() =>
      ['search:start', 'search:engine', 'search:results', 'search:passages'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
    );
    const rows = await Promise.all(pending);
    const search = rows.filter((r) => target.isSearch(r.url));
    const sum = (rs: TransferRow[], k: 'transferred' | 'gzip') => rs.reduce((n, r) => n + r[k], 0);
    return {
      searchBytes: sum(search, 'transferred'),
      searchGzip: sum(search, 'gzip'),
      searchRequests: search.length,
      pageBytes: sum(
        rows.filter((r) => !target.isSearch(r.url)),
        'transferred',
      ),
      ms: results! - start!,
      passages: passages! - start!,
      load: engine! - start!,
      fromNavigation: results!,
      requests: search,
    };
  } finally {
    await context.close();
  }
}

/** Our search page: `<origin><base><page>?q=<query>`, the Chinese search/ or the English en/search/. */
export function firstSearch(browser: Browser, origin: string, base: string, query: string, page = 'search/'): Promise<SearchCost> {
  return measureSearch(browser, {
    url: `${origin}${base}${page}?q=${encodeURIComponent(query)}`,
    ready: '#search-results:not([aria-busy]) :is(.hit, .search-empty)',
    isSearch: (url) => isSearchRequest(url, base),
  });
}

/**
 * Pagefind's default UI over its default index of the same pages (a folder made by
 * buildDefaultSite in pagefind-default.ts, served at `origin`). Its UI script and
 * stylesheet count as search bytes: a site using the default UI loads them for searching.
 */
export function defaultFirstSearch(browser: Browser, origin: string, query: string): Promise<SearchCost> {
  return measureSearch(browser, {
    url: `${origin}/ui/?q=${encodeURIComponent(query)}`,
    ready: '.pagefind-ui__result-link, .pagefind-ui__message',
    isSearch: (url) => new URL(url).pathname.startsWith('/pagefind/'),
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** A cost without its request listing: what a median of runs can say. */
export type SearchMedians = Omit<SearchCost, 'requests'>;

const MEASURES = ['searchBytes', 'searchGzip', 'searchRequests', 'pageBytes', 'ms', 'passages', 'load', 'fromNavigation'] as const;

/** Each measure's median over runs. */
export function medians(costs: SearchCost[]): SearchMedians {
  return Object.fromEntries(MEASURES.map((k) => [k, median(costs.map((c) => c[k]))])) as SearchMedians;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
