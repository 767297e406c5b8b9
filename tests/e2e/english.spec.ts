/**
 * The two sites, Chinese at the root and English under /en/: every page's hreflang
 * alternates lead to built pages that name it back; a Chinese page whose English
 * counterpart exists names it (and the other way round); English pages are lang="en" and
 * show Chinese only inside elements marked zh-…; the header's language switch leads to the
 * counterpart; the map's places table gives each point's note from the gazetteer in the
 * page's language. The structural checks read dist/; the switch and the table are also
 * checked in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Gazetteer } from '../../src/core/schemas/gazetteer';
import { DIST, htmlFiles } from './support/built-site';
import { ROOT } from './support/content';
import { pageText } from './support/page-text';

/** Every page, by its path: /about/, /en/about/ (the English 404 page too, /en/404/; the Chinese one is 404.html). */
const pages = new Map(
  htmlFiles(DIST)
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => {
      const dir = path.relative(DIST, path.dirname(file)).split(path.sep).join('/');
      return [dir === '' ? '/' : `/${dir}/`, pageText(readFileSync(file, 'utf8'))] as const;
    }),
);
const english = [...pages.keys()].filter((p) => p.startsWith('/en/'));
const chinese = [...pages.keys()].filter((p) => !p.startsWith('/en/'));
const withoutFragment = (href: string) => href.split('#')[0]!;

test('the English site has a page for each of its sections, each lang="en"', () => {
  for (const p of ['/en/', '/en/reports/', '/en/provinces/', '/en/regions/', '/en/map/', '/en/timeline/', '/en/compare/', '/en/glossary/', '/en/changes/'])
    expect(english, p).toContain(p);
  for (const p of english) expect(pages.get(p)!.lang, p).toBe('en');
  // One English page per province, region and glossary term page of the Chinese site, and per page of the list of reports.
  for (const p of chinese.filter((x) => /^\/(?:(?:provinces|regions|glossary)\/[^/]+\/|(?:glossary\/[^/]+\/|reports\/)page\/\d+\/)$/.test(x)))
    expect(english, p).toContain(`/en${p}`);
});

test('hreflang alternates lead to built pages that name the page back, with x-default the (first) Chinese one', () => {
  let pairs = 0;
  for (const [p, page] of pages) {
    if (page.alternates.length === 0) continue;
    const self = page.alternates.find((a) => a.href === p);
    expect(self?.hreflang, `${p} lists itself`).toBe(page.lang);
    const chineseVersion = page.alternates.find((a) => a.hreflang.startsWith('zh'));
    expect(page.alternates.find((a) => a.hreflang === 'x-default')?.href, `${p} x-default`).toBe(chineseVersion?.href);
    for (const a of page.alternates.filter((x) => x.hreflang !== 'x-default' && x.href !== p)) {
      const target = pages.get(a.href);
      expect(target, `${p} → ${a.href} is built`).toBeDefined();
      expect(target!.lang, `${a.href} is in ${a.hreflang}`).toBe(a.hreflang);
      expect(
        target!.alternates.some((b) => b.href === p),
        `${a.href} names ${p} back`,
      ).toBe(true);
      pairs++;
    }
  }
  expect(pairs).toBeGreaterThanOrEqual(2 * english.length - 4);
});

test('a page with a counterpart in the other language names it, both ways', () => {
  const chineseOf = (p: string) => p.slice('/en'.length);
  const missing = [
    ...chinese.filter((p) => pages.has(`/en${p}`) && !pages.get(p)!.alternates.some((a) => a.hreflang === 'en' && a.href === `/en${p}`)),
    ...english.filter(
      (p) => p !== '/en/404/' && pages.has(chineseOf(p)) && !pages.get(p)!.alternates.some((a) => a.hreflang.startsWith('zh') && a.href === chineseOf(p)),
    ),
  ];
  expect(missing).toEqual([]);
});

test('every page has a language switch to its counterpart (or the other site’s home), marked with its language', () => {
  for (const [p, page] of pages) {
    const sw = page.languageSwitch;
    expect(sw, p).not.toBeNull();
    const other = page.lang === 'en' ? 'zh-Hans' : 'en';
    expect(sw!.lang, p).toBe(other);
    expect(sw!.text, p).toBe(other === 'en' ? 'English' : '中文');
    const inOther = (hreflang: string) => (other === 'en' ? hreflang === 'en' : hreflang.startsWith('zh'));
    const counterpart = page.alternates.find((a) => a.href !== p && inOther(a.hreflang)) ?? { href: other === 'en' ? '/en/' : '/', hreflang: other };
    expect([sw!.href, sw!.hreflang], p).toEqual([counterpart.href, counterpart.hreflang]);
    expect(pages.has(withoutFragment(sw!.href)), `${p}: ${sw!.href} is built`).toBe(true);
  }
});

test('English pages show Chinese only inside elements marked zh-…', () => {
  expect(english.length).toBeGreaterThan(15);
  const found = english.flatMap((p) =>
    pages
      .get(p)!
      .runs.filter((r) => !r.attribute && /\p{Script=Han}/u.test(r.text) && !r.lang.startsWith('zh'))
      .map((r) => `${p} ${r.where} (${r.lang}): ${JSON.stringify(r.text.slice(0, 60))}`),
  );
  expect(found).toEqual([]);
});

test('the English 404 page is built, in English, at /en/404/ (a host serves /404.html for every missing address)', () => {
  expect(existsSync(path.join(DIST, '404.html'))).toBe(true);
  expect(pages.get('/en/404/')?.lang).toBe('en');
});

test('the language switch takes a reader to the same page in the other language and back', async ({ page }) => {
  await page.goto('provinces/shandong/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/provinces\/shandong\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Shandong');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/provinces\/shandong\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test('the places table gives each point’s note in the page’s language, from content/gazetteer.json', async ({ page }) => {
  const gazetteer = JSON.parse(readFileSync(path.join(ROOT, 'content/gazetteer.json'), 'utf8')) as Gazetteer;
  const seats = new Map(gazetteer.recipients.map((r) => [r.id, r.seat]));
  const rows = async () =>
    page.locator('table.places-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = tr.querySelectorAll('td')[2]!;
        // Han text in the cell that no element marks as Chinese.
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const unmarked: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (/\p{Script=Han}/u.test(n.textContent!) && !n.parentElement!.closest('[lang]')!.getAttribute('lang')!.startsWith('zh'))
            unmarked.push(n.textContent!);
        }
        return { place: tr.getAttribute('data-place')!, note: cell.textContent, unmarked };
      }),
    );
  await page.goto('en/map/');
  const english = await rows();
  expect(english.length).toBeGreaterThanOrEqual(9);
  for (const r of english) expect([r.place, r.note, r.unmarked]).toEqual([r.place, seats.get(r.place)!.noteEn, []]);
  await page.goto('map/');
  const chinese = await rows();
  expect(chinese.map((r) => [r.place, r.note])).toEqual(english.map((r) => [r.place, seats.get(r.place)!.note]));
});
