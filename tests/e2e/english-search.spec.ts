/**
 * The English search (/en/search/), run through the real page on the built site. What a
 * query must find is worked out from the translation files and the programme data on disk
 * (the English records, src/lib/search/english.ts: every record whose text holds the term),
 * never from the page's output; the report each term belongs to is named as a check on that.
 */
import { expect, test, type Page } from '@playwright/test';
import type { IndexEntry } from '../../src/lib/search/records';
import { loadArchive } from '../helpers/content';
import { listedExactHits, loadEnglishEntries, ROOT } from './support/search';
import { searchSettled } from './support/dom';

const entries = loadEnglishEntries();
const archive = loadArchive(ROOT);
const scriptOf = new Map(archive.reports.map((r) => [r.id, r.data.script]));

const STATUS = '#search-status';

async function search(page: Page, q: string, params = ''): Promise<void> {
  await page.goto(`./en/search/?q=${encodeURIComponent(q)}${params}`);
  await searchSettled(page);
}

/** Opens every report's “more matches”, so that every hit is listed. */
async function openAll(page: Page): Promise<void> {
  for (const details of await page.locator('.hit-group__rest').all()) {
    await details.locator('summary').click();
    await expect(details.locator('ol')).not.toHaveAttribute('aria-busy');
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Records whose text holds the phrase, case aside, starting at a word's start. */
const holding = (phrase: string): IndexEntry[] => entries.filter((e) => new RegExp(`\\b${escape(phrase)}`, 'i').test(e.text));
const keyOf = (e: Pick<IndexEntry, 'slug' | 'anchor'>) => `${e.slug}#${e.anchor}`;
const slugsOf = (keys: string[]) => [...new Set(keys.map((k) => k.split('#')[0]!))].sort();

interface Case {
  q: string;
  why: string;
  /** The report whose translation renders it (a check on the working-out). */
  in: string;
}

const CASES: Case[] = [
  { q: 'Shule', why: 'a place', in: 'dongying-shule' },
  { q: 'Alar', why: 'a place', in: 'taizhou-alar' },
  { q: 'Production and Construction Corps', why: 'an organisation', in: 'shandong-12th-division' },
  { q: 'Taizhou Orthopaedic Hospital', why: 'an organisation', in: 'taizhou-alar' },
  { q: 'cardiology', why: 'a medical term', in: 'shanxi-changji-6th-division' },
  { q: 'photovoltaic', why: 'a technical term', in: 'huzhou-keping' },
  { q: 'nourishing Xinjiang with culture', why: 'a slogan (文化润疆)', in: 'huzhou-keping' },
];

test.describe('English searches find the passage that renders the term', () => {
  for (const c of CASES) {
    test(`${c.q} (${c.why})`, async ({ page }) => {
      const want = holding(c.q);
      expect(slugsOf(want.map(keyOf)), `the translations hold “${c.q}” in ${c.in}`).toContain(c.in);

      await search(page, c.q);
      await openAll(page);
      const hits = await listedExactHits(page);
      // Every record that holds the phrase is listed, in its report's group…
      for (const e of want) expect(hits, `${keyOf(e)} holds “${c.q}”`).toContain(keyOf(e));
      for (const slug of slugsOf(want.map(keyOf))) await expect(page.locator(`.hit-group[data-slug="${slug}"]`)).toBeVisible();
      // …and whatever is listed holds every word of the query (in some form of it).
      const words = c.q.split(' ').map((w) => new RegExp(`\\b${escape(w.slice(0, Math.max(4, w.length - 3)))}`, 'i'));
      for (const key of hits) {
        const e = entries.find((x) => keyOf(x) === key)!;
        for (const w of words) expect(e.text, key).toMatch(w);
      }
      await expect(page.locator(STATUS)).toContainText(`${hits.length === 1 ? '1 match' : `${hits.length} matches`} in`);

      // The link of a passage that holds the phrase is the deep link to its block on the English page.
      const first = want.find((e) => e.kind === 'paragraph') ?? want[0]!;
      const item = page.locator(`.hit[data-slug="${first.slug}"][data-anchor="${first.anchor}"]`);
      await expect(item.locator('.hit__title a')).toHaveAttribute('href', `/en/reports/${first.slug}/${first.anchor ? `#${first.anchor}` : ''}`);
    });
  }
});

test('a shown passage marks the words found, and links to its block on the English page', async ({ page }) => {
  const want = holding('photovoltaic').filter((e) => e.kind === 'paragraph');
  expect(want.length).toBeGreaterThan(0);
  await search(page, 'photovoltaic');
  const item = page.locator(`.hit[data-anchor="${want[0]!.anchor}"]`);
  await expect(item.locator('.hit__excerpt mark').first()).toHaveText(/^photovoltaic$/i);
  await item.locator('.hit__title a').click();
  await expect(page).toHaveURL(new RegExp(`/en/reports/${want[0]!.slug}/#${want[0]!.anchor}$`));
  await expect(page.locator(`#${want[0]!.anchor}`)).toBeInViewport();
  await expect(page.locator(`#${want[0]!.anchor}`)).toContainText(/photovoltaic/i);
});

test('stemming: “hospitals” finds passages that say only “hospital”', async ({ page }) => {
  const singular = holding('hospital').filter((e) => !/\bhospitals\b/i.test(e.text));
  expect(singular.length, 'some passages say “hospital” and never “hospitals”').toBeGreaterThan(0);
  await search(page, 'hospitals');
  await openAll(page);
  const hits = await listedExactHits(page);
  for (const e of holding('hospital')) expect(hits).toContain(keyOf(e));
});

test('filters narrow the English search to a province, then a region; the URL keeps them', async ({ page }) => {
  const zhejiang = archive.programmes.filter((p) => p.province === 'zhejiang').map((p) => p.slug);
  const want = holding('hospital');
  await search(page, 'hospital', '&province=zhejiang');
  await openAll(page);
  const hits = await listedExactHits(page);
  expect(slugsOf(hits)).toEqual(slugsOf(want.filter((e) => zhejiang.includes(e.slug)).map(keyOf)));
  await expect(page.locator('select[name="province"]')).toHaveValue('zhejiang');
  // The option is the province's English name.
  const name = archive.provinces.find((p) => p.id === 'zhejiang')!.nameEn;
  await expect(page.locator('select[name="province"] option:checked')).toHaveText(name);

  // Changing a filter on the page searches again and rewrites the URL.
  const region = archive.programmes.find((p) => p.slug === 'dongying-shule')!.recipients[0]!.region;
  await page.locator('select[name="province"]').selectOption('');
  await page.locator('select[name="region"]').selectOption(region);
  await expect(page).toHaveURL(new RegExp(`/en/search/\\?q=hospital&region=${region}$`));
  await searchSettled(page);
  await openAll(page);
  const inRegion = archive.programmes.filter((p) => p.recipients.some((r) => r.region === region)).map((p) => p.slug);
  expect(slugsOf(await listedExactHits(page))).toEqual(slugsOf(want.filter((e) => inRegion.includes(e.slug)).map(keyOf)));
});

test('a query typed into the form gets a shareable URL under /en/search/', async ({ page }) => {
  await page.goto('./en/search/');
  await page.locator('#search-q').fill('Alar');
  await page.locator('#search-q').press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=Alar$/);
  await searchSettled(page);
  await expect(page).toHaveTitle('Search: Alar · 援疆档案');
  await expect(page.locator('.hit-group[data-slug="taizhou-alar"]')).toBeVisible();
});

test('each English passage offers the same paragraph in Chinese: same id, the report’s script', async ({ page }) => {
  await search(page, 'Shule');
  const items = page.locator('.hit:has(.hit__original)');
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) {
    const slug = (await item.getAttribute('data-slug'))!;
    const anchor = (await item.getAttribute('data-anchor'))!;
    const link = item.locator('.hit__original a');
    await expect(link).toHaveText('The same passage in Chinese');
    await expect(link).toHaveAttribute('href', `/reports/${slug}/${anchor ? `#${anchor}` : ''}`);
    await expect(link).toHaveAttribute('hreflang', scriptOf.get(slug)!);
  }
  const first = items.first();
  const anchor = (await first.getAttribute('data-anchor'))!;
  await first.locator('.hit__original a').click();
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh-/);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('Chinese typed into the English search: the page says so and links to the Chinese search', async ({ page }) => {
  await search(page, '疏勒');
  const offer = page.locator('.search-other a');
  await expect(offer).toHaveText('Search the Chinese text for 疏勒');
  await expect(offer).toHaveAttribute('hreflang', 'zh-Hans');
  await expect(offer.locator('span[lang="zh-Hans"]')).toHaveText('疏勒');
  await offer.click();
  await expect(page).toHaveURL(/\/search\/\?q=%E7%96%8F%E5%8B%92$/);
  await searchSettled(page);
  await expect(page.locator('.hit-group[data-slug="dongying-shule"]')).toBeVisible();
  // The English results that quote it mark the Chinese with its script.
  await search(page, '疏勒');
  for (const span of await page.locator('.hit__excerpt span[lang]').all()) await expect(span).toHaveText(/\p{Script=Han}/u);
});

test('Latin letters on the Chinese search that find nothing there lead to the English search', async ({ page }) => {
  await page.goto('./search/?q=cardiology');
  await searchSettled(page);
  const offer = page.locator('.search-other a');
  await expect(offer).toHaveAttribute('href', '/en/search/?q=cardiology');
  await expect(offer).toHaveAttribute('hreflang', 'en');
  await offer.click();
  await searchSettled(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.hit-group[data-slug="shanxi-changji-6th-division"]')).toBeVisible();

  // A Latin word the Chinese text has is answered there, with no offer.
  await page.goto('./search/?q=MECT');
  await searchSettled(page);
  await expect(page.locator('.hit[data-match="exact"]').first()).toBeVisible();
  await expect(page.locator('.search-other')).toHaveCount(0);
});

test('an English first search loads the English index only, from the site itself', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await search(page, 'hospital');
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  expect(requests.some((u) => /\/pagefind\/pagefind\.en_[^/]*\.pf_meta/.test(u))).toBe(true);
  expect(requests.some((u) => /\/pagefind\/pagefind\.und_/.test(u))).toBe(false);
  expect(requests.some((u) => u.endsWith('/en/search/lookup.json'))).toBe(true);
});
