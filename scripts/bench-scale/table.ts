/**
 * The table `npm run bench:scale` prints: one column per archive size, each followed by
 * its ratio to the first size, so growth reads across a row; then the build time each
 * added report costs between sizes (equal steps: linear growth). Pages are weighed raw and
 * gzip: the copies repeat the originals' text, which gzip compresses away much better
 * than it would different reports, so the raw bytes are the safer guide to growth.
 */
import type { BuildTimes } from '../build-times';
import type { SearchMedians } from '../search-cost';
import { LISTING_PAGES, type PageWeight } from './dist-weights';

export interface ScaleResult {
  reports: number;
  build: BuildTimes;
  dist: { bytes: number; files: number };
  searchIndexBytes: number;
  search: SearchMedians;
  listingPages: Record<string, PageWeight>;
}

type Row = [label: string, value: (r: ScaleResult) => number, show: (n: number) => string];

const seconds = (n: number) => n.toFixed(1);
const kilobytes = (n: number) => (n / 1024).toFixed(1);
const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);
const whole = (n: number) => n.toFixed(0);

function rows(pageNames: readonly string[]): Row[] {
  return [
    ['reports', (r) => r.reports, whole],
    ['build: clean (s)', (r) => r.build.clean, seconds],
    ['build: astro (s)', (r) => r.build.astro, seconds],
    ['build: pagefind (s)', (r) => r.build.pagefind, seconds],
    ['build: total (s)', (r) => r.build.total, seconds],
    ['dist/ (MB)', (r) => r.dist.bytes, megabytes],
    ['dist/ files', (r) => r.dist.files, whole],
    ['search index (KB)', (r) => r.searchIndexBytes, kilobytes],
    ['first search: KB as sent', (r) => r.search.searchBytes, kilobytes],
    ['first search: KB, gzip host', (r) => r.search.searchGzip, kilobytes],
    ['first search: requests', (r) => r.search.searchRequests, whole],
    ['first search: → results (ms)', (r) => r.search.ms, whole],
    ...pageNames.map((name): Row => [`HTML KB: ${name}`, (r) => r.listingPages[name]!.raw, kilobytes]),
    ...pageNames.map((name): Row => [`HTML gz KB: ${name}`, (r) => r.listingPages[name]!.gzip, kilobytes]),
  ];
}

export function printScaleTable(results: readonly ScaleResult[], query: string, runs: number): void {
  const [first] = results;
  if (first === undefined) return;
  const pageNames = Object.keys(first.listingPages);
  const columns = results.map((r, i) =>
    i === 0 ? `N=${r.reports}`.padStart(10) : `${`N=${r.reports}`.padStart(10)}${`×N=${first.reports}`.padStart(9)}`,
  );
  console.log(`\nbench:scale: the archive copied up to N reports; first search for “${query}”, median of ${runs} cold runs`);
  console.log(`${''.padEnd(34)}${columns.join('')}`);
  for (const [label, value, show] of rows(pageNames)) {
    const base = value(first);
    const cells = results.map((r, i) => {
      const cell = show(value(r)).padStart(10);
      return i === 0 ? cell : `${cell}${(base === 0 ? '–' : (value(r) / base).toFixed(2)).padStart(9)}`;
    });
    console.log(`${label.padEnd(34)}${cells.join('')}`);
  }
  const heaviest = pageNames.filter((name) => LISTING_PAGES[name]?.endsWith('*/'));
  for (const name of heaviest)
    console.log(`  ${name}: the heaviest such page, ${results.map((r) => `${r.listingPages[name]!.path} at N=${r.reports}`).join(', ')}`);
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1]!, results[i]!];
    const perReport = (b.build.total - a.build.total) / (b.reports - a.reports);
    console.log(`build time per added report, N=${a.reports} → N=${b.reports}: ${perReport.toFixed(2)} s`);
  }
}
