/**
 * The chart pages (/map/, /timeline/, /compare/): every mark and cell links to the right
 * page and paragraph, and the paragraph holds the quoted words; the map's table lists
 * exactly the pairs the map draws; the charts show the data of /data/programmes.json;
 * no script, no request leaving the origin, no sideways overflow. Screenshots (desktop,
 * phone, dark, print) go to test-results/screenshots/ for human review.
 */
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { wording } from '../../src/i18n';
import { convertTo } from '../../src/lib/apparatus/convert';
import { programmesAsJson, type PublicProgramme } from '../../src/lib/programmes';
import { loadArchive } from '../helpers/content';

const PAGES = ['map/', 'timeline/', 'compare/'] as const;

/** /data/programmes.json from the built site, or (where this build has none) the same data read from content/. */
async function programmeData(request: APIRequestContext): Promise<PublicProgramme[]> {
  const response = await request.get('./data/programmes.json');
  if (response.ok()) return (await response.json()) as PublicProgramme[];
  return programmesAsJson(loadArchive().programmes);
}

/** A site-relative link ("/reports/x/#p2" or with a base path) as path + fragment, base stripped. */
function target(href: string, baseURL: string): { path: string; hash: string } {
  const u = new URL(href, baseURL);
  const base = new URL(baseURL).pathname;
  expect(u.origin, href).toBe(new URL(baseURL).origin);
  expect(u.pathname.startsWith(base), `${href} is under ${base}`).toBe(true);
  return { path: u.pathname.slice(base.length), hash: u.hash.replace(/^#/, '') };
}

/**
 * Visits each report once and checks that each paragraph holds its quote (the paragraph's
 * reader-visible text, as support/dom.ts paragraphText reads it, for all ids at once).
 */
async function checkQuotes(page: Page, expectations: { path: string; hash: string; quote: string }[]) {
  const byPath = new Map<string, { hash: string; quote: string }[]>();
  for (const e of expectations) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  for (const [p, list] of byPath) {
    const response = await page.goto(`./${p}`);
    expect(response?.status(), p).toBe(200);
    const texts = await page.evaluate(
      (ids) => {
        return ids.map((id) => {
          const el = document.getElementById(id);
          if (!el) return null;
          const clone = el.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('.pnum, .note-ref').forEach((n) => n.remove());
          return clone.textContent ?? '';
        });
      },
      list.map((e) => e.hash),
    );
    list.forEach(({ hash, quote }, i) => {
      expect(texts[i], `${p}#${hash} exists`).not.toBeNull();
      expect(texts[i], `${p}#${hash}`).toContain(quote);
    });
  }
}

const shot = (info: TestInfo, name: string) => path.join(info.project.outputDir, 'screenshots', name);

test.describe('chart pages', () => {
  for (const p of PAGES) {
    test(`${p}: no script, same-origin requests only, lang and title`, async ({ page, baseURL }) => {
      const foreign: string[] = [];
      page.on('request', (r) => {
        const u = new URL(r.url());
        if (u.protocol !== 'data:' && u.origin !== new URL(baseURL!).origin) foreign.push(r.url());
      });
      const response = await page.goto(`./${p}`);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
      await expect(page.locator('script')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      await expect(page.locator('h1')).toHaveCount(1);
      // Every SVG link has a text alternative.
      const unnamed = await page
        .locator('svg a')
        .evaluateAll((as) => as.filter((a) => !a.getAttribute('aria-label') && !a.getAttribute('aria-hidden')).map((a) => a.outerHTML.slice(0, 80)));
      expect(unnamed).toEqual([]);
    });
  }
});

test.describe('map', () => {
  test.describe.configure({ timeout: 90_000 });
  test('draws a line for every recipient of every programme, and the table lists the same pairs', async ({ page, request }) => {
    const data = await programmeData(request);
    await page.goto('./map/');
    const expected = data.flatMap((p) => p.recipients.map((_, i) => `${p.slug}/${i}`)).sort();
    const lines = await page.locator('.pm__svg--overview a.pm-line').evaluateAll((as) => as.map((a) => a.getAttribute('data-pair')!));
    const rows = await page.locator('table.pairing-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pair')!));
    expect(lines.sort()).toEqual(expected);
    expect(rows.sort()).toEqual(expected);
    // Each pair drawn in a detail panel is one of them too.
    const detail = await page.locator('.pm__detail a.pm-line').evaluateAll((as) => as.map((a) => a.getAttribute('data-pair')!));
    expect(detail.length).toBeGreaterThan(0);
    for (const k of detail) expect(expected).toContain(k);
  });

  test('every line links to the paragraph naming its recipient, and the paragraph names it', async ({ page, request, baseURL }) => {
    const data = await programmeData(request);
    await page.goto('./map/');
    const links = await page
      .locator('.pm__svg--overview a.pm-line')
      .evaluateAll((as) => as.map((a) => ({ pair: a.getAttribute('data-pair')!, href: a.getAttribute('href')!, label: a.getAttribute('aria-label')! })));
    const expectations = links.map((l) => {
      const [slug, index] = l.pair.split('/');
      const programme = data.find((p) => p.slug === slug)!;
      const recipient = programme.recipients[Number(index)]!;
      const t = target(l.href, baseURL!);
      expect(t).toEqual({ path: `reports/${slug}/`, hash: recipient.anchor });
      // The map names the recipient in its own script (Simplified), whatever the report's.
      expect(l.label).toContain(convertTo('zh-Hans', recipient.name));
      expect(recipient.quote).toContain(recipient.name);
      return { ...t, quote: recipient.quote };
    });
    await checkQuotes(page, expectations);
  });

  test('points link to their regions, provinces to their pages, and the table to the same places', async ({ page, request, baseURL }) => {
    const data = await programmeData(request);
    await page.goto('./map/');
    const regionsNamed = new Set(data.flatMap((p) => p.recipients.map((r) => r.region)));
    const points = await page
      .locator('a.pm-pt')
      .evaluateAll((as) => as.map((a) => ({ place: a.getAttribute('data-place')!, href: a.getAttribute('href')! })));
    expect(new Set(points.map((p) => p.place)).size).toBeGreaterThanOrEqual(9);
    const regionOf = new Map<string, string>();
    for (const p of points) {
      const t = target(p.href, baseURL!);
      expect(t.path).toMatch(/^regions\/[a-z0-9-]+\/$/);
      const region = t.path.split('/')[1]!;
      expect(regionsNamed).toContain(region);
      regionOf.set(p.place, region);
    }
    // Table rows: the region column links to the region of the row's place.
    const rows = await page.locator('table.pairing-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        place: tr.getAttribute('data-place')!,
        pair: tr.getAttribute('data-pair')!,
        regionHref: tr.querySelectorAll('td')[2]!.querySelector('a')!.getAttribute('href')!,
      })),
    );
    for (const r of rows) {
      const [slug, index] = r.pair.split('/');
      const recipient = data.find((p) => p.slug === slug)!.recipients[Number(index)]!;
      expect(target(r.regionHref, baseURL!).path).toBe(`regions/${recipient.region}/`);
      expect(regionOf.get(r.place)).toBe(recipient.region);
    }
    const provinces = await page.locator('.pm__svg--overview a.pm-sup').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(provinces.map((h) => target(h, baseURL!).path).sort()).toEqual([...new Set(data.map((p) => `provinces/${p.province}/`))].sort());
    // Follow one point and one province link.
    for (const href of [points[0]!.href, provinces[0]!]) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
    }
  });

  test('the map SVG stays small', async ({ page }) => {
    await page.goto('./map/');
    const sizes = await page.locator('figure.pm svg.pm__svg').evaluateAll((svgs) => svgs.map((s) => s.outerHTML.length));
    expect(sizes.length).toBe(3);
    expect(sizes[0], 'overview').toBeLessThan(40_000);
    for (const s of sizes.slice(1)) expect(s).toBeLessThan(15_000);
  });
});

test.describe('timeline', () => {
  test.describe.configure({ timeout: 90_000 });
  test('one bar per programme, linked to the paragraph stating the period', async ({ page, request, baseURL }) => {
    const data = await programmeData(request);
    await page.goto('./timeline/');
    const bars = await page
      .locator('a.tl-bar')
      .evaluateAll((as) =>
        as.map((a) => ({ slug: a.getAttribute('data-slug')!, href: a.getAttribute('href')!, from: Number(a.getAttribute('data-from')) })),
      );
    expect(bars.map((b) => b.slug).sort()).toEqual(
      data
        .filter((p) => p.period?.start)
        .map((p) => p.slug)
        .sort(),
    );
    const expectations = bars.map((b) => {
      const p = data.find((x) => x.slug === b.slug)!;
      const period = p.period!;
      const t = target(b.href, baseURL!);
      expect(t).toEqual({ path: `reports/${p.slug}/`, hash: period.anchor });
      const [y, m = '1'] = period.start!.split('-');
      expect(b.from).toBeCloseTo(Number(y) + (Number(m) - 1) / 12, 2);
      expect(period.quote).toContain(period.text);
      return { ...t, quote: period.quote };
    });
    // Rows run in order of their start.
    const order = bars.map((b) => b.from);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await checkQuotes(page, expectations);
  });

  test('publication marks: stated dates filled, estimates hollow; the table matches', async ({ page, request }) => {
    const data = await programmeData(request);
    await page.goto('./timeline/');
    const pubs = await page
      .locator('a.tl-pub')
      .evaluateAll((as) => as.map((a) => ({ slug: a.getAttribute('data-slug')!, estimate: a.classList.contains('tl-pub--estimate') })));
    expect(pubs).toHaveLength(data.length);
    const rows = page.locator('table.timeline-table tbody tr');
    await expect(rows).toHaveCount(data.length);
    for (const p of pubs) {
      const cell = page.locator(`table.timeline-table tr[data-slug="${p.slug}"] td`).nth(4);
      if (p.estimate) await expect(cell).toContainText('原文未注明');
      else await expect(cell.locator('time')).toHaveCount(1);
    }
    for (const p of data) {
      const row = page.locator(`table.timeline-table tr[data-slug="${p.slug}"]`);
      await expect(row).toContainText(p.period ? p.period.text : wording('zh-Hans').charts.timeline.notCurated);
      if (p.batch) await expect(row).toContainText(p.batch.text);
    }
  });
});

test.describe('comparison', () => {
  test.describe.configure({ timeout: 90_000 });
  test('shows every figure once, in its category and column, with its amount', async ({ page, request }) => {
    const data = await programmeData(request);
    await page.goto('./compare/');
    const cells = await page.locator('table.compare-table tbody td li').evaluateAll((lis) =>
      lis.map((li) => ({
        slug: li.closest('td')!.getAttribute('data-slug')!,
        category: li.closest('tr')!.getAttribute('data-category')!,
        id: li.getAttribute('data-figure')!,
        value: li.getAttribute('data-value'),
        unit: li.getAttribute('data-unit'),
        printed: li.querySelector('.compare-value')!.textContent,
      })),
    );
    const figures = data.flatMap((p) => p.figures.map((f) => ({ slug: p.slug, ...f })));
    expect(cells).toHaveLength(figures.length);
    for (const f of figures) {
      const c = cells.find((x) => x.slug === f.slug && x.id === f.id);
      expect(c, `${f.slug}/${f.id}`).toBeDefined();
      expect(c!.category).toBe(f.category);
      expect(c!.printed).toBe(f.value);
      expect(c!.value === null ? null : Number(c!.value)).toBe(f.amount ? f.amount.value : null);
      expect(c!.unit).toBe(f.amount ? f.amount.unit : null);
    }
    // Approximate values say so in their cell.
    for (const f of figures.filter((x) => x.amount?.approx)) {
      await expect(page.locator(`td[data-slug="${f.slug}"] li[data-figure="${f.id}"] .compare-flag`)).toHaveCount(1);
    }
    // Money in one unit: every money amount is in 元.
    expect(new Set(cells.filter((c) => c.category === 'money' && c.unit).map((c) => c.unit))).toEqual(new Set(['元']));
  });

  test('each value links to its sentence, which the paragraph holds', async ({ page, request, baseURL }) => {
    const data = await programmeData(request);
    await page.goto('./compare/');
    const links = await page.locator('table.compare-table a.compare-value').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href')!,
        title: a.getAttribute('title')!,
        id: a.closest('li')!.getAttribute('data-figure')!,
        slug: a.closest('td')!.getAttribute('data-slug')!,
      })),
    );
    const expectations = links.map((l) => {
      const f = data.find((p) => p.slug === l.slug)!.figures.find((x) => x.id === l.id)!;
      const t = target(l.href, baseURL!);
      expect(t).toEqual({ path: `reports/${l.slug}/`, hash: f.anchor });
      expect(l.title).toContain(f.quote);
      expect(f.quote).toContain(f.value);
      return { ...t, quote: f.quote };
    });
    await checkQuotes(page, expectations);
  });

  test('every non-empty cell states the period it covers', async ({ page, request }) => {
    const data = await programmeData(request);
    await page.goto('./compare/');
    const cells = page.locator('table.compare-table tbody td:has(li)');
    const n = await cells.count();
    expect(n).toBeGreaterThan(data.length);
    for (let i = 0; i < n; i++) await expect(cells.nth(i).locator('.compare-scope')).toContainText('时段');
  });
});

const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const vp of viewports) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`screenshots ${vp.name} ${scheme}`, () => {
      test.use({ viewport: { width: vp.width, height: vp.height }, colorScheme: scheme });
      for (const p of PAGES) {
        test(p, async ({ page }, info) => {
          await page.goto(`./${p}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
          await page.screenshot({ path: shot(info, `chart-${p.replace('/', '')}-${vp.name}-${scheme}.png`), fullPage: true });
        });
      }
    });
  }
}

test('print: the map and the tables print, the chart navigation does not', async ({ page }, info) => {
  await page.goto('./map/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.pm__svg--overview')).toBeVisible();
  await expect(page.locator('table.pairing-table')).toBeVisible();
  await expect(page.locator('.chart-nav')).toBeHidden();
  await page.pdf({ path: shot(info, 'chart-map-print.pdf') });
});
