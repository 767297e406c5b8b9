/**
 * Our first search against Pagefind's default UI over its default index of the same
 * report pages, in the same run: cold runs of each, interleaved, and the medians side by
 * side with the ratio ours/default (under 1.0: ours costs less). Shared by `npm run bench`
 * and `npm run bench:search`.
 */
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { buildDefaultSite } from './pagefind-default';
import { defaultFirstSearch, firstSearch, kb, medians, type SearchCost, type SearchMedians as Medians } from './search-cost';
import { createStaticServer } from './serve';

export interface SideBySide {
  query: string;
  runs: number;
  ours: Medians;
  pagefindDefault: Medians;
}

async function listen(dir: string) {
  const server = createStaticServer({ dir, base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** `origin` serves the built site from `dist` at `base`. */
export async function searchSideBySide(options: {
  browser: Browser;
  dist: string;
  origin: string;
  base: string;
  query: string;
  runs: number;
}): Promise<SideBySide> {
  const { browser, origin, base, query, runs } = options;
  const folder = await buildDefaultSite(options.dist);
  const plain = await listen(folder);
  try {
    const ours: SearchCost[] = [];
    const theirs: SearchCost[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await firstSearch(browser, origin, base, query));
      theirs.push(await defaultFirstSearch(browser, plain.origin, query));
    }
    return { query, runs, ours: medians(ours), pagefindDefault: medians(theirs) };
  } finally {
    plain.server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function printSideBySide(r: SideBySide): void {
  const rows: [string, (m: Medians) => number, (n: number) => string][] = [
    ['search bytes, as sent', (m) => m.searchBytes, kb],
    ['search bytes, gzip host', (m) => m.searchGzip, kb],
    ['search requests', (m) => m.searchRequests, String],
    ['search → first results', (m) => m.ms, (n) => `${n.toFixed(0)} ms`],
    ['search → first view passages', (m) => m.passages, (n) => `${n.toFixed(0)} ms`],
    ['navigation → first results', (m) => m.fromNavigation, (n) => `${n.toFixed(0)} ms`],
  ];
  console.log(`\nfirst search for “${r.query}”, ours against Pagefind's default UI and index (median of ${r.runs} cold runs each):`);
  console.log(`  ${''.padEnd(28)}${'ours'.padStart(12)}${'default'.padStart(12)}${'ours/default'.padStart(15)}`);
  for (const [label, get, show] of rows) {
    const a = get(r.ours);
    const b = get(r.pagefindDefault);
    console.log(`  ${label.padEnd(28)}${show(a).padStart(12)}${show(b).padStart(12)}${(a / b).toFixed(2).padStart(15)}`);
  }
  console.log('  recall on the same pages: npm run recall:search (ours and the default index, term by term)');
}
