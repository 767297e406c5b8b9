/**
 * `npm run bench:search`: what the first search costs a reader. Serves a built site
 * (default dist/) on loopback, opens /search/?q=医疗 in Chromium (scripts/chromium.ts) with a
 * cold cache, and prints, for each run and as medians:
 *
 *   search bytes  every response the search itself asks for (the search code chunk,
 *                 search/lookup.json, Pagefind's script, WebAssembly, metadata, index
 *                 chunks and fragments): as transferred here (our server sends files
 *                 as they are) and as a gzip-serving host would send them
 *   page bytes    the page itself (HTML, CSS, its small script), for comparison
 *   time          from the start of the search to the first results on screen (every
 *                 report the first view lists, named, with its count of matches), then
 *                 to the passages of the first view (performance marks search:start →
 *                 search:results → search:passages), and from navigation
 *
 * Then the same search through Pagefind's default UI and index over the same pages, side by
 * side with ours (search-vs-default.ts). Also checks that /search/ without a query and a
 * report page load none of it.
 * Numbers only: no pass/fail (targets: < 150 KB, < 300 ms on loopback).
 *
 * `--page en/search/ --query hospital` measures the English search instead (its own index;
 * no side-by-side, which is of the Chinese pages).
 *
 *   tsx scripts/bench-search.ts [--dir dist] [--base /] [--page search/] [--query 医疗] [--runs 5]
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { firstSearch, isSearchRequest, kb, medians, type SearchCost, type SearchMedians } from './search-cost';
import { printSideBySide, searchSideBySide } from './search-vs-default';
import { createStaticServer } from './serve';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    page: { type: 'string', default: 'search/' },
    query: { type: 'string', default: '医疗' },
    runs: { type: 'string', default: '5' },
  },
});
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const runs = Math.max(1, Number(values.runs));
const executablePath = chromiumPath();

async function run(browser: Browser, origin: string, verbose: boolean) {
  const cost = await firstSearch(browser, origin, base, values.query, values.page);
  if (verbose) {
    console.log(`\nrequests of the search for ${values.query} (first run):`);
    for (const r of cost.requests) console.log(`  ${kb(r.transferred).padStart(9)}  ${kb(r.gzip).padStart(9)} gz  ${new URL(r.url).pathname}`);
  }
  return cost;
}

/** Pages that must load no search code or index. */
async function idleCheck(browser: Browser, origin: string) {
  const out: Record<string, string[]> = {};
  for (const path of ['search/', 'reports/dongying-shule/']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen: string[] = [];
    page.on('request', (r) => {
      if (isSearchRequest(r.url(), base)) seen.push(new URL(r.url()).pathname);
    });
    await page.goto(`${origin}${base}${path}`, { waitUntil: 'networkidle' });
    out[path] = seen;
    await context.close();
  }
  return out;
}

const server = createStaticServer({ dir: values.dir, base });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const results: SearchCost[] = [];
  for (let i = 0; i < runs; i++) results.push(await run(browser, origin, i === 0));
  console.log(`\nfirst search for “${values.query}” on ${values.dir} (${runs} cold runs):`);
  console.log(
    '  run   search bytes (as sent)   (gzip host)   requests   page bytes   search→results   (of which loading)   →passages   navigation→results',
  );
  const line = (label: string, r: SearchMedians) =>
    console.log(
      `  ${label.padEnd(6)}${kb(r.searchBytes).padStart(17)}   ${kb(r.searchGzip).padStart(11)}   ${String(r.searchRequests).padStart(8)}   ${kb(r.pageBytes).padStart(10)}   ${`${r.ms.toFixed(0)} ms`.padStart(14)}   ${`${r.load.toFixed(0)} ms`.padStart(18)}   ${`${r.passages.toFixed(0)} ms`.padStart(9)}   ${`${r.fromNavigation.toFixed(0)} ms`.padStart(18)}`,
    );
  results.forEach((r, i) => line(String(i + 1), r));
  line('median', medians(results));
  // Pagefind's default UI indexes the Chinese pages: the comparison is the Chinese search's.
  if (values.page === 'search/') printSideBySide(await searchSideBySide({ browser, dist: values.dir, origin, base, query: values.query, runs }));
  const idle = await idleCheck(browser, origin);
  for (const [path, seen] of Object.entries(idle)) {
    console.log(`\n${base}${path} without a search loads ${seen.length === 0 ? 'no search code or index' : `search files: ${seen.join(', ')}`}`);
  }
} finally {
  await browser.close();
  server.close();
}
