/**
 * `npm run compare:styles -- <before-dir> <after-dir> [--only <text>] [--views <text>]`: does
 * a restyled build look exactly like the old one? Serves both builds (each built for the
 * root) and, in Chromium, visits every page in each view — light and dark at 1280×900 and
 * 390×844, print, forced colours — plus the states CSS styles differently: the first
 * :target-able element of each page targeted, every <details> open, the skip link focused,
 * and the search page with results, with partial matches only, and with none. For each it
 * compares every element's computed visual style and box (scripts/style-snapshot.ts) and
 * prints the differences per page, naming the element. Then the bytes each page type loads:
 * CSS and HTML, raw and gzip, before and after (scripts/css-weight.ts).
 *
 * `--only` keeps the visits whose page path contains the text; `--views` the views whose
 * name does. Exits 1 on any style difference.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { pageWeight, type Bytes } from './css-weight';
import { PAGE_TYPES } from './page-types';
import { createStaticServer } from './serve';
import { diffSnapshots, type StyleDifference } from './style-diff';
import { snapshotPage } from './style-snapshot';

interface View {
  name: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  media?: 'print';
  forcedColors?: 'active';
}

const VIEWS: readonly View[] = [
  { name: 'light 1280', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'dark 1280', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'light 390', viewport: { width: 390, height: 844 }, colorScheme: 'light' },
  { name: 'dark 390', viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
  { name: 'print', viewport: { width: 1280, height: 900 }, colorScheme: 'light', media: 'print' },
  { name: 'forced colours', viewport: { width: 1280, height: 900 }, colorScheme: 'light', forcedColors: 'active' },
];

/** The views the extra states are checked in: one wide and light, one narrow and dark. */
const STATE_VIEWS = ['light 1280', 'dark 390'];

/** Elements with a :target style; each page's first one is targeted once. */
const TARGETABLE = '.para[id], .note[id], .figure[id], .cap-line[id], .cap-anchor[id], .iv-line[id], .gl-term[id], .change[id], .pm__detail[id]';

const SEARCHES = ['search/?q=医疗', 'search/?q=医院医疗', 'search/?q=火星探测器'];

type State = 'page' | 'target' | 'details open' | 'skip link focused' | 'results';

interface Visit {
  path: string;
  state: State;
}

function htmlPages(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under))
    .flatMap((name) => {
      const rel = path.posix.join(under, name);
      if (statSync(path.join(dir, rel)).isDirectory()) return rel === 'pagefind' || rel === '_astro' ? [] : htmlPages(dir, rel);
      return name.endsWith('.html') ? [rel] : [];
    })
    .sort();
}

/** The site path of a built file: `reports/x/index.html` → `reports/x/`. */
const sitePath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

async function listen(dir: string) {
  const server = createStaticServer({ dir, base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function openView(browser: Browser, view: View): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: view.viewport,
    colorScheme: view.colorScheme,
    forcedColors: view.forcedColors ?? 'none',
    reducedMotion: 'no-preference',
  });
  const page = await context.newPage();
  if (view.media) await page.emulateMedia({ media: view.media });
  return { context, page };
}

/** Loads the visit's page and puts it in its state; false when the page has nothing for that state. */
async function prepare(page: Page, origin: string, visit: Visit): Promise<boolean> {
  await page.goto('about:blank');
  await page.goto(`${origin}/${visit.path}`, { waitUntil: 'load' });
  if (visit.state === 'target') {
    const id = await page.evaluate((selector) => document.querySelector(selector)?.id, TARGETABLE);
    if (!id) return false;
    await page.goto(`${origin}/${visit.path}#${id}`, { waitUntil: 'load' });
  }
  if (visit.state === 'details open') {
    const opened = await page.evaluate(() => {
      const all = [...document.querySelectorAll('details')];
      for (const d of all) d.open = true;
      return all.length;
    });
    if (opened === 0) return false;
  }
  if (visit.state === 'skip link focused') await page.keyboard.press('Tab');
  if (visit.state === 'results') {
    await page.locator('#search-results .hit, #search-results .search-empty').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return true;
}

function visitsFor(pages: readonly string[], viewName: string): Visit[] {
  const visits: Visit[] = pages.map((p) => ({ path: sitePath(p), state: 'page' }));
  if (!STATE_VIEWS.includes(viewName)) return visits;
  return [
    ...visits,
    ...pages.map((p): Visit => ({ path: sitePath(p), state: 'target' })),
    ...pages.map((p): Visit => ({ path: sitePath(p), state: 'details open' })),
    { path: '', state: 'skip link focused' },
    ...SEARCHES.map((s): Visit => ({ path: s, state: 'results' })),
  ];
}

const MAX_SHOWN = 15;

/** The differences of one page view, the same change on many elements given once with its count and first element. */
function printDifferences(label: string, differences: StyleDifference[]): void {
  const groups = new Map<string, { first: string; count: number }>();
  for (const d of differences) {
    const key = `${d.what}: ${d.before} → ${d.after}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { first: d.element, count: 1 });
  }
  console.log(`\n${label}: ${differences.length} difference${differences.length === 1 ? '' : 's'}`);
  const shown = [...groups].slice(0, MAX_SHOWN);
  for (const [key, { first, count }] of shown) console.log(`  ${first}${count > 1 ? ` (and ${count - 1} more)` : ''}  ${key}`);
  if (groups.size > MAX_SHOWN) console.log(`  … and ${groups.size - MAX_SHOWN} other changes`);
}

const kb = (n: number) => (n / 1024).toFixed(1);
const pair = (b: Bytes) => `${kb(b.gzip)} (${kb(b.raw)})`;

function printWeights(before: string, after: string, pages: readonly string[]): void {
  console.log('\nBytes on first view, KB gzip (raw): CSS and HTML, before → after');
  console.log(`${'page'.padEnd(14)}${'CSS before'.padEnd(16)}${'CSS after'.padEnd(16)}${'HTML before'.padEnd(17)}HTML after`);
  for (const [type, p] of Object.entries(PAGE_TYPES)) {
    const file = path.posix.join(p, 'index.html');
    const a = pageWeight(before, file);
    const b = pageWeight(after, file);
    console.log(`${type.padEnd(14)}${pair(a.css).padEnd(16)}${pair(b.css).padEnd(16)}${pair(a.html).padEnd(17)}${pair(b.html)}`);
  }
  // A page only one build has (a new page) counts in that build alone.
  const most = (dir: string) => Math.max(...pages.filter((p) => existsSync(path.join(dir, p))).map((p) => pageWeight(dir, p).css.gzip));
  console.log(`CSS on any page, at most: ${kb(most(before))} → ${kb(most(after))} KB gzip`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { only: { type: 'string' }, views: { type: 'string' } },
  });
  const [beforeDir, afterDir] = positionals;
  if (!beforeDir || !afterDir) {
    console.error('usage: npm run compare:styles -- <before-dir> <after-dir> [--only <path text>] [--views <view name text>]');
    return 2;
  }
  const pages = htmlPages(afterDir);
  const onlyBefore = htmlPages(beforeDir).filter((p) => !pages.includes(p));
  if (onlyBefore.length > 0) throw new Error(`compare-styles: pages only in ${beforeDir}: ${onlyBefore.join(', ')}`);
  const kept = (visit: Visit) => !values.only || visit.path.includes(values.only);
  const views = VIEWS.filter((v) => !values.views || v.name.includes(values.views));

  const before = await listen(beforeDir);
  const after = await listen(afterDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  let visited = 0;
  let differing = 0;
  let total = 0;
  try {
    for (const view of views) {
      const a = await openView(browser, view);
      const b = await openView(browser, view);
      for (const visit of visitsFor(pages, view.name).filter(kept)) {
        // The two builds side by side: a browser tab each.
        const [snapA, snapB] = await Promise.all([
          prepare(a.page, before.origin, visit).then((ready) => (ready ? snapshotPage(a.page) : undefined)),
          prepare(b.page, after.origin, visit).then((ready) => (ready ? snapshotPage(b.page) : undefined)),
        ]);
        if (!snapA !== !snapB) throw new Error(`compare-styles: /${visit.path} (${visit.state}) can be put in that state in one build only`);
        if (!snapA || !snapB) continue;
        visited++;
        const differences = diffSnapshots(snapA, snapB);
        if (differences.length === 0) continue;
        differing++;
        total += differences.length;
        printDifferences(`/${visit.path} (${view.name}${visit.state === 'page' ? '' : `, ${visit.state}`})`, differences);
      }
      await a.context.close();
      await b.context.close();
    }
  } finally {
    await browser.close();
    before.server.close();
    after.server.close();
  }
  console.log(
    `\ncompare-styles: ${visited} page views compared; ${differing === 0 ? 'no difference in any element’s computed style or box' : `${total} differences on ${differing} page views`}`,
  );
  printWeights(beforeDir, afterDir, pages);
  return differing === 0 ? 0 : 1;
}

process.exit(await main());
