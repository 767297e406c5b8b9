/**
 * Full-text search (/search/), run through the real page on the built site. What each
 * query must find is worked out from the files on disk (tests/e2e/support/search.ts:
 * every record whose folded text contains the query), not hard-coded; a few reports each
 * query must or must not find are also named, as a check on that working-out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildFoldMap } from '../../src/lib/search/fold-map';
import { shownAtFirst } from '../../src/lib/search/groups';
import { fold } from '../../src/lib/search/normalise';
import { searchSettled, standsStill } from './support/dom';
import { programmes } from './support/site';
import { expectedRecords, expectedReports, listedExactHits, loadSearchCorpus, RECALL_TERMS, ROOT, type SearchCorpus } from './support/search';

let corpus: SearchCorpus;
test.beforeAll(async () => {
  corpus = await loadSearchCorpus();
});

const STATUS = '#search-status';
const SEARCH_FILES = /\/(pagefind\/|search\/lookup\.json|_astro\/search-engine\.)/;

/** Opens /search/?q=… (plus more parameters) and waits for the outcome. */
async function search(page: Page, q: string, params = ''): Promise<void> {
  await page.goto(`./search/?q=${encodeURIComponent(q)}${params}`);
  await searchSettled(page);
}

/** slug#anchor of every exact match the page lists. */
const exactHits = (page: Page): Promise<string[]> => listedExactHits(page);

const slugsOf = (hits: string[]) => [...new Set(hits.map((h) => h.split('#')[0]!))].sort();
const keysOf = (corpus: SearchCorpus, q: string) =>
  expectedRecords(corpus, q)
    .map((e) => `${e.slug}#${e.anchor}`)
    .sort();

const SHANDONG = ['dongying-shule', 'shandong-12th-division'];
const ZHEJIANG = ['huzhou-keping', 'taizhou-alar'];

interface Case {
  q: string;
  why: string;
  mustFind?: string[];
  mustNotFind?: string[];
}

const CASES: Case[] = [
  { q: '医疗', why: 'Simplified query, Traditional reports (醫療)', mustFind: SHANDONG },
  { q: '醫療', why: 'Traditional query, Simplified reports', mustFind: ['taizhou-alar', 'huzhou-keping', 'shanxi-changji-6th-division'] },
  { q: '駱駝', why: 'Traditional query, Simplified report (骆驼)', mustFind: ['huzhou-keping'], mustNotFind: SHANDONG },
  { q: '醫疗援疆', why: 'mixed scripts in one word', mustFind: ['huzhou-keping', 'taizhou-alar'] },
  { q: '疏勒', why: 'place', mustFind: ['dongying-shule'], mustNotFind: ['huzhou-keping', 'taizhou-alar'] },
  { q: '阿拉尔', why: 'place', mustFind: ['taizhou-alar'], mustNotFind: SHANDONG },
  { q: '柯坪', why: 'place', mustFind: ['huzhou-keping'], mustNotFind: ['taizhou-alar'] },
  { q: '五家渠', why: 'place', mustFind: ['shanxi-changji-6th-division'], mustNotFind: ZHEJIANG },
  { q: '准东', why: 'place inside a compound (准东经济技术开发区)', mustFind: ['shanxi-changji-6th-division'] },
  { q: '準東', why: 'the same in Traditional', mustFind: ['shanxi-changji-6th-division'] },
  { q: '山东水发', why: 'organisation, Simplified query, Traditional text', mustFind: ['dongying-shule'], mustNotFind: ZHEJIANG },
  { q: '山東水發', why: 'organisation, as printed', mustFind: ['dongying-shule'] },
  { q: '台州骨伤医院', why: 'organisation', mustFind: ['taizhou-alar'], mustNotFind: SHANDONG },
  { q: '13.56亿元', why: 'figure, Simplified query (13.56億元)', mustFind: ['dongying-shule'], mustNotFind: ZHEJIANG },
  { q: '370MW', why: 'figure with Latin unit', mustFind: ['huzhou-keping'], mustNotFind: SHANDONG },
  { q: '370mw', why: 'case does not matter', mustFind: ['huzhou-keping'] },
  { q: '755', why: 'figure', mustFind: ['shandong-12th-division'], mustNotFind: ['dongying-shule'] },
  { q: 'MECT', why: 'Latin abbreviation', mustFind: ['taizhou-alar'] },
  { q: '医疗 台州', why: 'two words: both in one paragraph', mustFind: ['taizhou-alar'], mustNotFind: SHANDONG },
];

test.describe('queries find what the texts hold, in either script', () => {
  for (const c of CASES) {
    test(`${c.q} (${c.why})`, async ({ page }) => {
      const want = expectedReports(corpus, c.q);
      for (const s of c.mustFind ?? []) expect(want, `the texts hold ${c.q} in ${s}`).toContain(s);
      for (const s of c.mustNotFind ?? []) expect(want, `the texts do not hold ${c.q} in ${s}`).not.toContain(s);

      await search(page, c.q);
      const hits = await exactHits(page);
      expect(slugsOf(hits)).toEqual(want);
      expect(hits.sort()).toEqual(keysOf(corpus, c.q));
      await expect(page.locator(STATUS)).toContainText(`找到 ${hits.length} 处完全匹配`);
      // Every excerpt marks the query, in the report's own script.
      const first = page.locator('.hit[data-match="exact"]').first();
      const marked = await first.locator('.hit__excerpt mark, .hit__label mark').allTextContents();
      expect(marked.some((m) => fold(m, corpus.map).includes(fold(c.q.split(' ')[0]!, corpus.map)))).toBe(true);
    });
  }
});

test.describe('words only the captures’ page furniture had find nothing', () => {
  const captures = readdirSync(path.join(ROOT, 'content/sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(ROOT, 'content/sources', f), 'utf8'))
    .join('\n');
  for (const q of ['汽水爆炸', '井冈山市', '版权所有', '端午', '天堂']) {
    test(q, async ({ page }) => {
      // The archive's fold map covers the archive's characters only: fold the captures with their own.
      const full = buildFoldMap([captures, q]);
      expect(fold(captures, full), `${q} is in a raw capture`).toContain(fold(q, full));
      expect(expectedReports(corpus, q)).toEqual([]);
      await search(page, q);
      await expect(page.locator('.hit')).toHaveCount(0);
      await expect(page.locator('.search-empty')).toBeVisible();
      await expect(page.locator(STATUS)).toHaveText(`没有找到与“${q}”匹配的内容。`);
    });
  }
});

test('a query that matches nothing says so, and suggests what to try', async ({ page }) => {
  await search(page, '火星探测器');
  const empty = page.locator('.search-empty');
  await expect(empty).toContainText('没有找到与“火星探测器”匹配');
  await expect(empty).toContainText('简体和繁体会自动互相匹配');
  await expect(empty).toContainText('更短');

  // Two words that never meet: each alone is offered, with its count.
  await search(page, '骆驼 疏勒');
  await expect(page.locator('.hit')).toHaveCount(0);
  const camel = page.getByRole('link', { name: '只搜“骆驼”' });
  await expect(camel).toBeVisible();
  await camel.click();
  await expect(page).toHaveURL(/\?q=%E9%AA%86%E9%A9%BC$/);
  await searchSettled(page);
  expect(slugsOf(await exactHits(page))).toEqual(['huzhou-keping']);

  // Filters that exclude every match: offer to drop them.
  await search(page, '骆驼', '&province=shandong');
  await expect(page.locator('.hit')).toHaveCount(0);
  const drop = page.getByRole('link', { name: '不加筛选再搜“骆驼”' });
  await expect(drop).toBeVisible();
  await drop.click();
  await expect(page).toHaveURL(/\/search\/\?q=%E9%AA%86%E9%A9%BC$/);
  await searchSettled(page);
  await expect(page.locator('.hit[data-match="exact"]')).not.toHaveCount(0);
});

test('a phrase ranks above its scattered characters, which are labelled as partial', async ({ page }) => {
  // 医院医疗: no paragraph has it, several have 医院 … 医疗.
  await search(page, '医院医疗');
  await expect(page.locator('.hit[data-match="exact"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '部分匹配' })).toBeVisible();
  await expect(page.locator('.hit[data-match="partial"]').first()).toBeVisible();
  await expect(page.locator(STATUS)).toContainText('部分匹配');

  // With exact matches present, they come first.
  await search(page, '山东水发');
  const kinds = await page.$$eval('.hit', (items) => items.map((li) => li.getAttribute('data-match')));
  expect(kinds[0]).toBe('exact');
  expect(kinds.lastIndexOf('exact')).toBeLessThan(kinds.indexOf('partial') === -1 ? Infinity : kinds.indexOf('partial'));
});

test.describe('results by report', () => {
  const TEXT_KINDS = ['title', 'heading', 'paragraph', 'caption'];

  /** The word of the recall list that the most reports use (ties: the first). */
  const widespread = () => {
    let best = { q: '', reports: 0 };
    for (const q of RECALL_TERMS) {
      const n = expectedReports(corpus, q).length;
      if (n > best.reports) best = { q, reports: n };
    }
    return best.q;
  };

  test('a word several reports use: every one of them in the first view, grouped, with its count and a tick per hit', async ({ page }) => {
    const q = widespread();
    const want = expectedReports(corpus, q);
    expect(want.length, `${q} is used by several reports`).toBeGreaterThan(2);
    const records = expectedRecords(corpus, q);
    const count = (slug: string) => records.filter((e) => e.slug === slug).length;

    await page.setViewportSize({ width: 1280, height: 900 });
    await search(page, q);
    await expect(page.locator(STATUS)).toHaveText(`“${q}”：找到 ${records.length} 处完全匹配，在 ${want.length} 篇报道中。`);

    // The distribution table: one row per report, most hits first, each in the first view.
    const rows = page.locator('.hit-map tbody tr');
    const slugs = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-slug')!));
    expect([...slugs].sort()).toEqual(want);
    const counts = slugs.map(count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const [i, slug] of slugs.entries()) {
      const row = rows.nth(i);
      await expect(row).toBeInViewport({ ratio: 1 });
      await expect(row.locator('.hit-map__count')).toHaveText(`${count(slug)} 处`);
      const inText = records.filter((e) => e.slug === slug && TEXT_KINDS.includes(e.kind));
      const ticks = await row.locator('.hit-map__tick').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-anchor')!));
      expect(ticks.sort(), slug).toEqual(inText.map((e) => e.anchor).sort());
      await expect(row.getByRole('img')).toHaveAttribute('aria-label', new RegExp(`^${count(slug)} 处，`));
    }

    // Then each report once, in the same order, with its count and every hit listed.
    const groups = page.locator('.hit-group');
    expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-slug')!))).toEqual(slugs);
    for (const [i, slug] of slugs.entries()) {
      await expect(groups.nth(i).locator('.hit-group__count')).toHaveText(`${count(slug)} 处`);
      await expect(groups.nth(i).locator('.hit')).toHaveCount(count(slug));
    }
    expect((await exactHits(page)).sort()).toEqual(keysOf(corpus, q));

    // Each report's best passages: at once for the reports in the first view, for those
    // further down when scrolled to (the last report lies well below); every one arrives.
    const best = (i: number) => groups.nth(i).locator(':scope > ol > .hit');
    for (const [i, slug] of slugs.entries()) {
      if (await groups.nth(i).evaluate((g) => g.getBoundingClientRect().top < innerHeight)) {
        await expect(best(i).locator('.hit__excerpt')).toHaveCount(shownAtFirst(count(slug)));
      }
    }
    await expect(best(slugs.length - 1).locator('.hit__excerpt')).toHaveCount(0);
    for (const [i, slug] of slugs.entries()) {
      await expect(best(i)).toHaveCount(shownAtFirst(count(slug)));
      await groups.nth(i).scrollIntoViewIfNeeded();
      await expect(best(i).locator('.hit__excerpt')).toHaveCount(shownAtFirst(count(slug)));
      await expect(best(i).locator('mark').first()).toBeVisible();
      await expect(groups.nth(i).locator(':scope > ol')).not.toHaveAttribute('aria-busy');
    }

    // The rest of a report's hits: behind <details>, their passages loaded on opening.
    const group = groups.filter({ has: page.locator('details') }).first();
    const rest = group.locator('details .hit');
    await expect(rest.locator('.hit__excerpt')).toHaveCount(0);
    await group.locator('details summary').click();
    await expect(rest.locator('.hit__excerpt')).toHaveCount(await rest.count());
    await expect(rest.locator('mark').first()).toBeVisible();
  });
});

test.describe('filters', () => {
  const byProvince = (province: string) =>
    programmes()
      .filter((p) => p.province === province)
      .map((p) => p.slug);

  test('province=zhejiang keeps only Zhejiang’s reports', async ({ page }) => {
    await search(page, '医疗', '&province=zhejiang');
    await expect(page.locator('select[name="province"]')).toHaveValue('zhejiang');
    const found = slugsOf(await exactHits(page));
    expect(found).toEqual(expectedReports(corpus, '医疗').filter((s) => byProvince('zhejiang').includes(s)));
    for (const s of SHANDONG) expect(found).not.toContain(s);
  });

  test('filters combine', async ({ page }) => {
    const match = (p: ReturnType<typeof programmes>[number]) =>
      p.province === 'zhejiang' && p.recipients.some((r) => r.region === 'aksu') && (p.themes ?? []).includes('医疗');
    const want = expectedReports(corpus, '医疗').filter((s) => programmes().some((p) => p.slug === s && match(p)));
    expect(want).toEqual(['huzhou-keping']);
    await search(page, '医疗', `&province=zhejiang&region=aksu&theme=${encodeURIComponent('医疗')}`);
    expect(slugsOf(await exactHits(page))).toEqual(want);
    await search(page, '医疗', '&province=zhejiang&region=kashgar');
    await expect(page.locator('.hit')).toHaveCount(0);
  });

  test('changing a filter searches again and puts it in the URL; clearing removes them', async ({ page }) => {
    await search(page, '医疗');
    expect(slugsOf(await exactHits(page))).toEqual(expectedReports(corpus, '医疗'));
    await page.selectOption('select[name="province"]', 'zhejiang');
    await expect(page).toHaveURL(/\?q=%E5%8C%BB%E7%96%97&province=zhejiang$/);
    await searchSettled(page);
    await expect.poll(async () => slugsOf(await exactHits(page))).toEqual(ZHEJIANG.filter((s) => expectedReports(corpus, '医疗').includes(s)));
    await page.selectOption('select[name="year"]', '2021');
    await expect(page).toHaveURL(/province=zhejiang&year=2021$/);
    await searchSettled(page);
    await expect.poll(async () => slugsOf(await exactHits(page))).toEqual(['taizhou-alar']);
    // The URL can be shared: opened afresh it shows the same.
    await page.reload();
    await searchSettled(page);
    await expect(page.locator('select[name="year"]')).toHaveValue('2021');
    expect(slugsOf(await exactHits(page))).toEqual(['taizhou-alar']);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=%E5%8C%BB%E7%96%97$/);
    await searchSettled(page);
    await expect.poll(async () => slugsOf(await exactHits(page))).toEqual(expectedReports(corpus, '医疗'));
  });
});

test.describe('deep links', () => {
  /** Pixels of a colour in a screenshot, counted in a blank page (no CSP there). */
  async function countColour(page: Page, png: Buffer, rgb: [number, number, number]): Promise<number> {
    const blank = await page.context().newPage();
    const n = await blank.evaluate(
      async ({ data, rgb }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, img.width, img.height).data;
        let count = 0;
        for (let i = 0; i < px.length; i += 4) {
          if (Math.abs(px[i]! - rgb[0]) + Math.abs(px[i + 1]! - rgb[1]) + Math.abs(px[i + 2]! - rgb[2]) < 30) count++;
        }
        return count;
      },
      { data: png.toString('base64'), rgb },
    );
    await blank.close();
    return n;
  }

  test('a result lands on its paragraph, targeted, with the hit highlighted', async ({ page }) => {
    await search(page, '医疗');
    const link = page.locator('.hit[data-match="exact"][data-kind="paragraph"] .hit__title a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/reports\/[a-z0-9-]+\/#p\d+:~:text=/);
    const [, slug, anchor] = /^\/reports\/([^/]+)\/#(p\d+)/.exec(href)!;
    await Promise.all([page.waitForURL(new RegExp(`/reports/${slug}/#${anchor}:~:text=`)), link.click()]);
    await page.waitForLoadState('load');

    // The paragraph is the target (or holds it: the words may sit in a glossary link).
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const t = document.querySelector(':target');
          const p = document.getElementById(id);
          return !!t && !!p && (t === p || p.contains(t));
        }, anchor!),
      )
      .toBe(true);
    const para = page.locator(`#${anchor}`);
    await standsStill(para);
    await expect(para).toBeInViewport();
    await expect(para).toHaveCSS('background-color', /rgb/);

    // The words are highlighted (::target-text, the accent colour): many more accent
    // pixels than the same paragraph reached without the text directive.
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim());
    const rgb = accent.match(/[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16)) as [number, number, number];
    const withDirective = await countColour(page, await para.screenshot(), rgb);
    await page.goto('about:blank');
    await page.goto(`./reports/${slug}/#${anchor}`);
    const withoutDirective = await countColour(page, await page.locator(`#${anchor}`).screenshot(), rgb);
    expect(withDirective - withoutDirective).toBeGreaterThan(100);
  });

  test('results of every kind land on their element', async ({ page }) => {
    test.setTimeout(180_000);
    // Titles, headings, captions, paragraphs (with glossary terms and restored text),
    // figures and the editorial summary; Traditional and Simplified.
    for (const q of ['援疆', '13.56亿元', '湖州', '骆驼']) {
      await search(page, q);
      // The passages shown (those behind a report's <details> are its other hits, linked alike).
      const shown = page.locator('.hit__title a:visible');
      const all = await shown.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const picks = [...new Set([0, 1, 2, Math.floor(all.length / 2), all.length - 1])].filter((i) => i >= 0 && i < all.length);
      for (const i of picks) {
        await search(page, q);
        const href = decodeURIComponent(all[i]!);
        // A report's title, before its passage is loaded, links to the page alone.
        const anchor = href.split('#')[1]?.split(':~:')[0] ?? '';
        await Promise.all([page.waitForURL(/\/reports\//), shown.nth(i).click()]);
        await page.waitForLoadState('load');
        const where = await page.evaluate((anchor) => {
          const t = document.querySelector(':target');
          const el = anchor ? document.getElementById(anchor) : document.querySelector('.report-head');
          return { inside: !t || !el ? !anchor : el === t || el.contains(t), y: scrollY };
        }, anchor);
        expect(where.inside, `${q}: ${href}`).toBe(true);
        if (anchor) expect(where.y, `${q}: ${href} scrolled`).toBeGreaterThan(0);
      }
    }
  });
});

test.describe('the form', () => {
  test('the header search box is on every page but the search page, and works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const p of ['./', './reports/dongying-shule/', './about/']) {
      await page.goto(p);
      const box = page.getByRole('search', { name: /站[内內]搜索/ });
      await expect(box.getByRole('searchbox', { name: /搜索報道全文|搜索报道全文/ })).toBeVisible();
    }
    await page.goto('./reports/dongying-shule/');
    await page.getByRole('searchbox', { name: '搜索報道全文' }).fill('醫療');
    await page.getByRole('searchbox', { name: '搜索報道全文' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E9%86%AB%E7%99%82$/);
    // No header box here; the page's own form keeps the query and filters in the URL.
    await expect(page.getByRole('search', { name: '站内搜索' })).toHaveCount(0);
    await expect(page.locator('noscript')).toHaveCount(1);
    await page.locator('#search-q').fill('骆驼');
    await page.selectOption('select[name="province"]', 'zhejiang');
    await page.locator('#search-q').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E9%AA%86%E9%A9%BC&province=zhejiang&region=&theme=&year=$/);
    await context.close();
  });

  test('searching again adds to history; Back returns to the previous query', async ({ page }) => {
    await search(page, '疏勒');
    await page.locator('#search-q').fill('柯坪');
    await page.locator('#search-q').press('Enter');
    await expect(page).toHaveURL(/\?q=%E6%9F%AF%E5%9D%AA$/);
    await searchSettled(page);
    expect(slugsOf(await exactHits(page))).toEqual(['huzhou-keping']);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=%E7%96%8F%E5%8B%92$/);
    await expect(page.locator('#search-q')).toHaveValue('疏勒');
    await expect.poll(async () => slugsOf(await exactHits(page))).toEqual(['dongying-shule']);
  });

  test('a no-script submit’s empty filters are tidied out of the URL', async ({ page }) => {
    await page.goto(`./search/?q=${encodeURIComponent('柯坪')}&province=&region=&theme=&year=`);
    await searchSettled(page);
    await expect(page).toHaveURL(/\/search\/\?q=%E6%9F%AF%E5%9D%AA$/);
  });
});

test.describe('accessibility', () => {
  test('a labelled input, the count in a live region, a keyboard path to the results', async ({ page }) => {
    await page.goto('./search/');
    const input = page.getByRole('searchbox', { name: '搜索报道全文和项目概要' });
    await expect(input).toBeVisible();
    const status = page.getByRole('status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await input.focus();
    await page.keyboard.type('医疗');
    await page.keyboard.press('Enter');
    await expect(status).toContainText(/找到 \d+ 处完全匹配，在 \d 篇报道中/);
    await expect(input).toBeFocused();
    // Tab: the button, the four filters, then the first report of the distribution table.
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const a = document.activeElement!;
          return a.getAttribute('name') ?? a.tagName.toLowerCase();
        }),
      );
    }
    expect(order).toEqual(['button', 'province', 'region', 'theme', 'year', 'a']);
    const toGroup = (await page.locator(':focus').getAttribute('href'))!;
    expect(toGroup).toMatch(/^#hits-[a-z0-9-]+$/);
    // Enter: to that report's results; Tab: its title, then its first passage, which opens the report there.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${toGroup}$`));
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('href', new RegExp(`^/reports/${toGroup.slice('#hits-'.length)}/$`));
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('href', /^\/reports\/[a-z0-9-]+\/#/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/reports\/[a-z0-9-]+\/#p?\w/);
  });
});

test.describe('cost', () => {
  test('report pages and the empty search page load no search code or index', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (SEARCH_FILES.test(new URL(r.url()).pathname)) loaded.push(r.url());
    });
    for (const p of ['./', './reports/huzhou-keping/', './reports/dongying-shule/', './search/']) {
      await page.goto(p, { waitUntil: 'networkidle' });
    }
    expect(loaded).toEqual([]);
  });

  test('a search loads Pagefind on the main thread and only the pieces it needs', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await search(page, '医疗');
    await page.waitForLoadState('networkidle');
    expect(loaded).toContain('/pagefind/pagefind.js');
    expect(loaded).toContain('/search/lookup.json');
    expect(loaded.filter((p) => /pagefind-(worker|ui|component-ui|modular-ui|highlight)/.test(p))).toEqual([]);
    const chunks = loaded.filter((p) => p.startsWith('/pagefind/index/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThan(6);
    // A passage is loaded only where it is shown, the reports far below the first view's
    // when scrolled to; every file once.
    const fragments = loaded.filter((p) => p.startsWith('/pagefind/fragment/'));
    expect(fragments.length).toBe(await page.locator('.hit__excerpt').count());
    expect(fragments.length).toBeLessThan(await page.locator('.hit-group > ol > .hit').count());
    expect(new Set(loaded).size).toBe(loaded.length);
  });
});
