/**
 * `npm run bench`: measures what the archive costs, and prints a table and
 * bench/results/latest.json. Numbers, not pass/fail: the targets are in README.md.
 *
 *   build time  clean (the pipeline, --check), astro build (incl. the search index)
 *   page weight HTML, CSS, JS and other bytes per page type on first view, raw and gzip
 *   search      bytes transferred for a first query and time to first results
 *   lighthouse  performance, accessibility, best practices, SEO for home, a report, search
 *
 * Everything runs on loopback against Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { createStaticServer } from './serve';


const PAGES: Record<string, string> = {
  home: '',
  report: 'reports/dongying-shule/',
  province: 'provinces/zhejiang/',
  region: 'regions/xpcc-12th-division/',
  about: 'about/',
  search: 'search/',
  map: 'map/',
};

function timed(label: string, command: string, args: string[]): number {
  const start = performance.now();
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label}: ${seconds.toFixed(1)} s`);
  return seconds;
}

type Kind = 'html' | 'css' | 'js' | 'other';
type Weight = Record<Kind, { raw: number; gzip: number }>;

const kindOf = (resourceType: string): Kind =>
  resourceType === 'document' ? 'html' : resourceType === 'stylesheet' ? 'css' : resourceType === 'script' ? 'js' : 'other';

/** Loads a page in a fresh context and adds up what it fetched, by kind. */
async function pageWeight(page: Page, url: string): Promise<Weight | null> {
  const weight: Weight = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const entry = weight[kindOf(response.request().resourceType())];
          entry.raw += body.length;
          entry.gzip += gzipSync(body).length;
        },
        () => undefined,
      ),
    );
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  return response?.ok() ? weight : null;
}

/** Bytes fetched and time taken from submitting a first query to the first result. */
async function searchCost(page: Page, base: string) {
  await page.goto(`${base}search/`, { waitUntil: 'networkidle' });
  let bytes = 0;
  page.on('response', (response) => {
    response.body().then((body) => (bytes += body.length), () => undefined);
  });
  const start = performance.now();
  await page.goto(`${base}search/?q=${encodeURIComponent('医疗')}`);
  await page.locator('[data-search-result], .search-result, main li a[href*="/reports/"]').first().waitFor({ timeout: 15_000 });
  const milliseconds = performance.now() - start;
  await page.waitForLoadState('networkidle');
  return { bytes, milliseconds };
}

async function lighthouseScores(url: string) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
  } finally {
    chrome.kill();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const results: Record<string, unknown> = { date: new Date().toISOString() };
  const clean = timed('clean', 'npx', ['tsx', 'scripts/clean/cli.ts', '--check']);
  const astro = timed('astro build (with search index)', 'npx', ['astro', 'build']);
  results.buildSeconds = { clean, astro, total: clean + astro };

  const server = createStaticServer({ dir: 'dist', base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const weights: Record<string, Weight> = {};
    for (const [type, path] of Object.entries(PAGES)) {
      const context = await browser.newContext();
      const weight = await pageWeight(await context.newPage(), base + path);
      await context.close();
      if (weight) weights[type] = weight;
    }
    results.pageWeight = weights;
    console.log('\npage       HTML gz     CSS gz      JS gz       all gz      (raw)');
    for (const [type, w] of Object.entries(weights)) {
      const all = w.html.gzip + w.css.gzip + w.js.gzip + w.other.gzip;
      const raw = w.html.raw + w.css.raw + w.js.raw + w.other.raw;
      console.log(`${type.padEnd(10)} ${kb(w.html.gzip).padEnd(11)} ${kb(w.css.gzip).padEnd(11)} ${kb(w.js.gzip).padEnd(11)} ${kb(all).padEnd(11)} (${kb(raw)})`);
    }

    const context = await browser.newContext();
    const search = await searchCost(await context.newPage(), base).catch((error: Error) => ({ error: error.message }));
    await context.close();
    results.search = search;
    console.log('\nsearch (first query 医疗):', 'bytes' in search ? `${kb(search.bytes)}, ${search.milliseconds.toFixed(0)} ms to first results` : search.error);

    const scores: Record<string, unknown> = {};
    for (const type of ['home', 'report', 'search'] as const) {
      scores[type] = await lighthouseScores(base + PAGES[type]);
    }
    results.lighthouse = scores;
    console.log('\nlighthouse (performance / accessibility / best practices / SEO)');
    for (const [type, s] of Object.entries(scores)) console.log(`${type.padEnd(10)} ${Object.values(s as object).join(' / ')}`);
  } finally {
    await browser.close();
    server.close();
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results/latest.json');
}

await main();
