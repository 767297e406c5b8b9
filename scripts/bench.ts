/**
 * `npm run bench`: measures what the archive costs, and prints a table and
 * bench/results/latest.json. Numbers, not pass/fail: each is printed next to its target
 * (README.md, “Performance”), and nothing here fails a build.
 *
 *   build time  clean (the pipeline, --check), astro (pages), pagefind (the search index,
 *               timed inside the build by src/integrations/search-index.ts)
 *   page weight HTML, CSS, JS and other bytes per page type on first view, raw and gzip
 *   search      bytes of a first query and time to first results (scripts/search-cost.ts)
 *   lighthouse  performance, accessibility, best practices, SEO for home, a report, the
 *               search page without and with a query
 *               (median of --runs runs each)
 *
 *   tsx scripts/bench.ts [--runs 3]
 *
 * Everything runs on loopback against the Chromium that scripts/chromium.ts finds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { buildTimes } from './build-times';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { PAGE_TYPES } from './page-types';
import { kb, median } from './search-cost';
import { printSideBySide, searchSideBySide } from './search-vs-default';
import { createStaticServer } from './serve';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Math.max(1, Number(values.runs));
const executablePath = chromiumPath();

/** The search page as it opens from the site's navigation, and with a query (results are its largest paint). */
const LIGHTHOUSE_PAGES = { home: '', report: 'reports/dongying-shule/', search: 'search/', 'search?q=医疗': `search/?q=${encodeURIComponent('医疗')}` };

const TARGETS = {
  buildSeconds: 20,
  reportGzipKb: 35,
  cssGzipKb: 15,
  /** Each Lighthouse category, median of the runs; a search with its query is held to less. */
  lighthouse: 98,
  lighthouseSearchQuery: 95,
  searchMs: 300,
};

type Kind = 'html' | 'css' | 'js' | 'other';
type Weight = Record<Kind, { raw: number; gzip: number }>;

const kindOf = (resourceType: string): Kind =>
  resourceType === 'document' ? 'html' : resourceType === 'stylesheet' ? 'css' : resourceType === 'script' ? 'js' : 'other';

/** Loads a page in a fresh context and adds up what it fetched, by kind. */
async function pageWeight(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
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
    if (!response?.ok()) throw new Error(`bench: ${url} answered ${response?.status()}`);
    await Promise.all(pending);
    return weight;
  } finally {
    await context.close();
  }
}

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' } as const;
type Scores = Record<keyof typeof CATEGORIES, number>;

/** One Lighthouse run (its defaults: a mid-range phone, simulated slow 4G and 4× CPU). */
async function lighthouseRun(url: string): Promise<Scores> {
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result?.lhr.categories ?? {};
    // A category without a score counts as 0: say why, so a failing run can be told from a slow one.
    if (categories.performance?.score == null) {
      const failed = Object.values(result?.lhr.audits ?? {}).filter((a) => a.errorMessage);
      console.log(
        `  lighthouse ${url}: no performance score (${result?.lhr.runtimeError?.code ?? failed.map((a) => `${a.id}: ${a.errorMessage}`).join('; ')})`,
      );
    }
    const entries = Object.entries(CATEGORIES).map(([key, id]) => [key, Math.round((categories[id]?.score ?? 0) * 100)]);
    return Object.fromEntries(entries) as Scores;
  } finally {
    chrome.kill();
  }
}

/** Lighthouse's performance score varies from run to run: the median of `runs`, per category, and the range. */
async function lighthouseScores(url: string, runs: number) {
  const all: Scores[] = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseRun(url));
  const keys = Object.keys(CATEGORIES) as (keyof Scores)[];
  const medianScores = Object.fromEntries(keys.map((k) => [k, median(all.map((s) => s[k]))])) as Scores;
  const performanceRange = [Math.min(...all.map((s) => s.performance)), Math.max(...all.map((s) => s.performance))];
  return { ...medianScores, performanceRange };
}

const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');
const total = (w: Weight, k: 'raw' | 'gzip') => w.html[k] + w.css[k] + w.js[k] + w.other[k];

async function main() {
  const build = buildTimes('.', ['--check']);
  console.log('build (s)  clean    astro    pagefind total');
  console.log(
    `           ${build.clean.toFixed(1).padEnd(8)} ${build.astro.toFixed(1).padEnd(8)} ${build.pagefind.toFixed(1).padEnd(8)} ${build.total.toFixed(1)}   ${verdict(build.total <= TARGETS.buildSeconds)} (≤ ${TARGETS.buildSeconds} s)`,
  );

  const server = createStaticServer({ dir: 'dist', base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const weights: Record<string, Weight> = {};
    for (const [type, path] of Object.entries(PAGE_TYPES)) weights[type] = await pageWeight(browser, `${origin}/${path}`);
    console.log('\npage           HTML gz    CSS gz     JS gz      other gz   all gz     (all raw)');
    for (const [type, w] of Object.entries(weights)) {
      const cells = [w.html.gzip, w.css.gzip, w.js.gzip, w.other.gzip, total(w, 'gzip')].map((n) => kb(n).padEnd(10));
      console.log(`${type.padEnd(14)} ${cells.join(' ')} (${kb(total(w, 'raw'))})`);
    }
    const report = weights.report!;
    const cssMax = Math.max(...Object.values(weights).map((w) => w.css.gzip));
    console.log(
      `report page: ${kb(total(report, 'gzip'))} gzip in all, ${kb(report.js.raw)} JavaScript — ${verdict(total(report, 'gzip') <= TARGETS.reportGzipKb * 1024 && report.js.raw === 0)} (≤ ${TARGETS.reportGzipKb} KB, 0 KB JS)`,
    );
    console.log(`CSS: at most ${kb(cssMax)} gzip on any page — ${verdict(cssMax <= TARGETS.cssGzipKb * 1024)} (≤ ${TARGETS.cssGzipKb} KB)`);

    const sideBySide = await searchSideBySide({ browser, dist: 'dist', origin, base: '/', query: '医疗', runs: RUNS });
    printSideBySide(sideBySide);
    const search = {
      runs: RUNS,
      bytes: sideBySide.ours.searchBytes,
      gzipBytes: sideBySide.ours.searchGzip,
      requests: sideBySide.ours.searchRequests,
      milliseconds: sideBySide.ours.ms,
      pagefindDefault: sideBySide.pagefindDefault,
    };
    console.log(
      `search: ${search.milliseconds.toFixed(0)} ms to first results — ${verdict(search.milliseconds <= TARGETS.searchMs)} (≤ ${TARGETS.searchMs} ms)`,
    );

    const scores: Record<string, Awaited<ReturnType<typeof lighthouseScores>>> = {};
    for (const [type, path] of Object.entries(LIGHTHOUSE_PAGES)) scores[type] = await lighthouseScores(`${origin}/${path}`, RUNS);
    console.log(`\nlighthouse (median of ${RUNS})  performance (range)  accessibility  best-practices  SEO`);
    for (const [type, s] of Object.entries(scores)) {
      const medians = [s.performance, s.accessibility, s.bestPractices, s.seo];
      const cells = [`${s.performance} (${s.performanceRange.join('–')})`.padEnd(20), ...medians.slice(1).map((n) => String(n).padEnd(14))];
      const target = type.includes('?q=') ? TARGETS.lighthouseSearchQuery : TARGETS.lighthouse;
      console.log(
        `${type.padEnd(27)} ${cells.join(' ')} ${verdict(medians.every((n) => n >= target) && s.performanceRange[0]! > 0)} (≥ ${target}, no run failing)`,
      );
    }

    const results = { date: new Date().toISOString(), targets: TARGETS, buildSeconds: build, pageWeight: weights, search, lighthouse: scores };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwrote bench/results/latest.json');
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
