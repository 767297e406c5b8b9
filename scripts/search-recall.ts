/**
 * `npm run recall:search`: does the search find everything it should? For each term of
 * RECALL_TERMS (tests/e2e/support/search.ts: place names, organisations, figures, short
 * words inside long compounds, in both scripts), the reports and records whose folded
 * text contains the term are worked out from the files on disk; then the term is
 * searched on the built site's /search/ page in Chromium (every hit it lists, each
 * report's passages shown and behind its <details>).
 *
 * For comparison it also indexes the same built pages the default way — Pagefind's own
 * HTML indexing of the report text (data-pagefind-body), segmented by language (one
 * index for zh-Hans, one for zh-Hant) — and searches each term in both indexes through
 * Pagefind's JS API, the best the default setup could do.
 *
 *   tsx scripts/search-recall.ts [--dir dist]
 *
 * Prints a table and the totals; exits non-zero if our search misses a report.
 */
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { expectedRecords, expectedReports, listedExactHits, loadSearchCorpus, RECALL_TERMS } from '../tests/e2e/support/search';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { buildDefaultSite } from './pagefind-default';
import { createStaticServer } from './serve';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const dir = path.resolve(values.dir);
const executablePath = chromiumPath();

async function listen(root: string) {
  const server = createStaticServer({ dir: root, base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Our search, through the page: every exact hit (slug#anchor) it lists. */
async function ours(page: Page, origin: string, term: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(term)}`);
  await page.locator('#search-results:not([aria-busy]) :is(.hit, .search-empty)').first().waitFor({ timeout: 30_000 });
  return listedExactHits(page);
}

const corpus = await loadSearchCorpus(dir);
const site = await listen(dir);
const defaultDir = await buildDefaultSite(dir);
const plain = await listen(defaultDir);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
let missed = 0;
try {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const hans = await context.newPage();
  const hant = await context.newPage();
  for (const [p, lang] of [
    [hans, 'zh-Hans'],
    [hant, 'zh-Hant'],
  ] as const) {
    await p.goto(`${plain.origin}/${lang}.html`);
    await p.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  }
  const slugOf = (url: string) => /\/reports\/([^/]+)\//.exec(url)?.[1] ?? url;

  let reportsExpected = 0;
  let reportsOurs = 0;
  let reportsDefault = 0;
  let recordsExpected = 0;
  let recordsOurs = 0;
  const rows: string[] = [];
  for (const term of RECALL_TERMS) {
    const wantReports = expectedReports(corpus, term);
    const wantRecords = new Set(expectedRecords(corpus, term).map((e) => `${e.slug}#${e.anchor}`));
    const got = await ours(page, site.origin, term);
    const gotReports = new Set(got.map((k) => k.split('#')[0]!));
    const find = (p: Page) => p.evaluate((q) => (window as unknown as { find(q: string): Promise<string[]> }).find(q), term);
    const plainReports = new Set([...(await find(hans)), ...(await find(hant))].map(slugOf));

    const foundReports = wantReports.filter((s) => gotReports.has(s)).length;
    const foundDefault = wantReports.filter((s) => plainReports.has(s)).length;
    // Headings carry ids from the built page; compare records by report and kind-agnostic anchor text.
    const foundRecords = [...wantRecords].filter((k) => got.includes(k)).length;
    reportsExpected += wantReports.length;
    reportsOurs += foundReports;
    reportsDefault += foundDefault;
    recordsExpected += wantRecords.size;
    recordsOurs += foundRecords;
    if (foundReports < wantReports.length) missed += 1;
    const extra = [...gotReports].filter((s) => !wantReports.includes(s));
    rows.push(
      `${term.padEnd(10, '　')} reports ${String(foundReports).padStart(1)}/${wantReports.length}  records ${String(foundRecords).padStart(2)}/${String(wantRecords.size).padStart(2)}  default Pagefind ${foundDefault}/${wantReports.length}${extra.length ? `  unexpected: ${extra.join(',')}` : ''}`,
    );
  }
  console.log(rows.join('\n'));
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(`\n${RECALL_TERMS.length} terms`);
  console.log(
    `ours:             reports ${reportsOurs}/${reportsExpected} (${pct(reportsOurs, reportsExpected)}), records ${recordsOurs}/${recordsExpected} (${pct(recordsOurs, recordsExpected)})`,
  );
  console.log(`default Pagefind: reports ${reportsDefault}/${reportsExpected} (${pct(reportsDefault, reportsExpected)}), both language indexes searched`);
} finally {
  await browser.close();
  site.server.close();
  plain.server.close();
  rmSync(defaultDir, { recursive: true, force: true });
}
process.exit(missed > 0 ? 1 : 0);
