/**
 * The chart pages (/map/, /timeline/, /compare/ and the pages per supporter and region):
 * every mark and cell links to the right page and paragraph, and the paragraph holds the
 * quoted words; the map's tables list exactly the pairings the map draws, with the number
 * of reports naming each; the timeline has a row per programme; each group's comparison
 * holds every report of the group; the charts show the data of /data/programmes.json and
 * content/; no script, no request leaving the origin, no sideways overflow. Screenshots
 * (desktop, phone, dark, print) go to test-results/screenshots/ for human review.
 */
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { wording } from '../../src/i18n';
import { convertTo } from '../../src/lib/apparatus/convert';
import { programmesAsJson, type PublicProgramme } from '../../src/lib/programmes';
import { placesByName } from '../../src/lib/gazetteer';
import { COMPARE_COLUMNS, TIMELINE_TABLE_ROWS } from '../../src/lib/charts/groups';
import { REPORTS_PER_PAGE } from '../../src/lib/browse';
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

/**
 * What the map should draw, from content/: each pairing (province, leading city, place)
 * with the reports naming it, and each place with the reports naming it.
 */
function expectedPairings() {
  const archive = loadArchive();
  const placeOf = placesByName(archive.places);
  const pairings = new Map<string, { region: string; slugs: Set<string>; first: { slug: string; name: string; anchor: string; quote: string } }>();
  const places = new Map<string, Set<string>>();
  for (const p of archive.programmes) {
    for (const r of p.recipients) {
      const place = placeOf.get(r.name)!.id;
      const key = `${p.province}/${p.cityEn ?? ''}→${place}`;
      const entry = pairings.get(key) ?? {
        region: r.region,
        slugs: new Set<string>(),
        first: { slug: p.slug, name: r.name, anchor: r.anchor, quote: r.quote },
      };
      entry.slugs.add(p.slug);
      pairings.set(key, entry);
      places.set(place, (places.get(place) ?? new Set()).add(p.slug));
    }
  }
  return { pairings, places };
}

/** A table's rows as [key, data-reports, the text of the count column (the fourth cell)], sorted. */
async function countedRows(page: Page, table: string, key: string): Promise<string[][]> {
  const rows = await page
    .locator(`table.${table} tbody tr`)
    .evaluateAll(
      (trs, k) => trs.map((tr) => [tr.getAttribute(k)!, tr.getAttribute('data-reports')!, tr.querySelectorAll('td')[3]!.textContent.trim()]),
      key,
    );
  return rows.sort();
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
      // Every SVG link has a text alternative: an aria-label, or a <title> of its own (what the browser names it by).
      const unnamed = await page
        .locator('svg a')
        .evaluateAll((as) =>
          as
            .filter(
              (a) => !a.getAttribute('aria-label')?.trim() && !a.querySelector(':scope > title')?.textContent?.trim() && !a.getAttribute('aria-hidden'),
            )
            .map((a) => a.outerHTML.slice(0, 80)),
        );
      expect(unnamed).toEqual([]);
    });
  }
});

test.describe('map', () => {
  test.describe.configure({ timeout: 90_000 });
  test('draws a line for every pairing, and the tables list the same pairings and places with the reports naming each', async ({ page }) => {
    const { pairings, places } = expectedPairings();
    await page.goto('./map/');
    const lines = await page.locator('.pm__svg--overview a.pm-line').evaluateAll((as) => as.map((a) => a.getAttribute('data-pairing')!));
    // One line per pairing, however many reports name it.
    expect(lines.sort()).toEqual([...pairings.keys()].sort());
    const counted = (m: Map<string, { size: number }>) => [...m].map(([k, v]) => [k, String(v.size), String(v.size)]).sort();
    expect(await countedRows(page, 'pairing-table', 'data-pairing')).toEqual(counted(new Map([...pairings].map(([k, v]) => [k, v.slugs]))));
    expect(await countedRows(page, 'places-table', 'data-place')).toEqual(counted(places));
    // Each line drawn in a detail panel is one of them too.
    const detail = await page.locator('.pm__detail a.pm-line').evaluateAll((as) => as.map((a) => a.getAttribute('data-pairing')!));
    expect(detail.length).toBeGreaterThan(0);
    for (const k of detail) expect(pairings.has(k), k).toBe(true);
  });

  test('a line of one report links to the paragraph naming its recipient, one of several to its region’s comparison', async ({ page, baseURL }) => {
    const { pairings } = expectedPairings();
    await page.goto('./map/');
    const links = await page.locator('.pm__svg--overview a.pm-line, table.pairing-table td:last-child a:first-child').evaluateAll((as) =>
      as.map((a) => ({
        key: a.closest('[data-pairing]')!.getAttribute('data-pairing')!,
        href: a.getAttribute('href')!,
        label: a.getAttribute('aria-label'),
      })),
    );
    expect(links).toHaveLength(2 * pairings.size);
    const expectations = links.flatMap((l) => {
      const expected = pairings.get(l.key)!;
      const t = target(l.href, baseURL!);
      if (expected.slugs.size > 1) {
        expect(t).toEqual({ path: `compare/regions/${expected.region}/`, hash: '' });
        return [];
      }
      expect(t).toEqual({ path: `reports/${expected.first.slug}/`, hash: expected.first.anchor });
      // The map names the recipient in its own script (Simplified), whatever the report's.
      if (l.label !== null) expect(l.label).toContain(convertTo('zh-Hans', expected.first.name));
      expect(expected.first.quote).toContain(expected.first.name);
      return [{ ...t, quote: expected.first.quote }];
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
    const { pairings } = expectedPairings();
    const rows = await page.locator('table.pairing-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        place: tr.getAttribute('data-place')!,
        key: tr.getAttribute('data-pairing')!,
        regionHref: tr.querySelectorAll('td')[2]!.querySelector('a')!.getAttribute('href')!,
      })),
    );
    for (const r of rows) {
      const region = pairings.get(r.key)!.region;
      expect(target(r.regionHref, baseURL!).path).toBe(`regions/${region}/`);
      expect(regionOf.get(r.place)).toBe(region);
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
    // Within a row, bars run in order of their start, and rows in order of their first.
    const rows = await page
      .locator('g.tl-row')
      .evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('a.tl-bar')].map((a) => Number(a.getAttribute('data-from')))));
    for (const order of rows) expect([...order].sort((a, b) => a - b)).toEqual(order);
    const firsts = rows.filter((r) => r.length > 0).map((r) => r[0]!);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    // Each bar is named by its <title> (no aria-label repeats it): the report's period, in the words the page quotes.
    for (const b of bars) {
      const bar = page.locator(`a.tl-bar[data-slug="${b.slug}"]`);
      await expect(bar).not.toHaveAttribute('aria-label');
      await expect(bar).toHaveAccessibleName(new RegExp(data.find((x) => x.slug === b.slug)!.period!.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    await checkQuotes(page, expectations);
  });

  test('one row per programme, its reports marks on it; each supporter’s page draws and lists its own', async ({ page, baseURL }) => {
    const { programmes, provinces } = loadArchive();
    const laneOf = (p: (typeof programmes)[number]) =>
      `${p.province}/${p.cityEn ?? ''}→${[...new Set(p.recipients.map((r) => r.region))].sort().join('+')}`;
    const lanes = (subset: typeof programmes) => {
      const m = new Map<string, string[]>();
      for (const p of subset) m.set(laneOf(p), [...(m.get(laneOf(p)) ?? []), p.slug].sort());
      return [...m.entries()].sort();
    };
    const drawn = async () =>
      (
        await page
          .locator('g.tl-row')
          .evaluateAll((gs) =>
            gs.map((g) => [g.getAttribute('data-lane')!, [...g.querySelectorAll('.tl-pub')].map((a) => a.getAttribute('data-slug')!).sort()] as const),
          )
      ).sort();
    const listed = async () =>
      (await page.locator('table.timeline-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-slug')!))).sort();
    await page.goto('./timeline/');
    expect(await drawn()).toEqual(lanes(programmes));
    // Up to TIMELINE_TABLE_ROWS reports each mark is a link and the table lists them; beyond, that is on the supporters' pages.
    const fits = programmes.length <= TIMELINE_TABLE_ROWS;
    await expect(page.locator('svg a.tl-pub')).toHaveCount(fits ? programmes.length : 0);
    expect(await listed()).toEqual(fits ? programmes.map((p) => p.slug).sort() : []);
    const chooser = await page
      .locator('.group-chooser li')
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-id')!, li.getAttribute('data-count')!, li.querySelector('a')!.getAttribute('href')!]));
    const supporters = provinces.filter((pr) => programmes.some((p) => p.province === pr.id));
    expect(chooser.map(([id, n, href]) => [id, n, target(href!, baseURL!).path])).toEqual(
      supporters.map((pr) => [pr.id, String(programmes.filter((p) => p.province === pr.id).length), `timeline/provinces/${pr.id}/`]),
    );
    // A supporter's reports, REPORTS_PER_PAGE to a page, each page drawing (every mark a link) and listing its own; all of them once.
    for (const pr of supporters) {
      const mine = programmes.filter((p) => p.province === pr.id);
      const pages = Math.ceil(mine.length / REPORTS_PER_PAGE);
      const seen: string[] = [];
      for (let n = 1; n <= pages; n++) {
        const response = await page.goto(`./timeline/provinces/${pr.id}/${n > 1 ? `page/${n}/` : ''}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toContainText(pr.name);
        const here = await listed();
        expect(here.length).toBeLessThanOrEqual(REPORTS_PER_PAGE);
        expect(await drawn()).toEqual(lanes(mine.filter((p) => here.includes(p.slug))));
        await expect(page.locator('svg a.tl-pub')).toHaveCount(here.length);
        await expect(page.locator('nav a[aria-current="page"]')).toHaveCount(pages > 1 ? 1 : 0);
        seen.push(...here);
      }
      expect(seen.sort()).toEqual(mine.map((p) => p.slug).sort());
    }
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

  test('each supporter’s and region’s comparison holds every report of the group, its figures linked to their sentences; /compare/ lists the groups', async ({
    page,
    baseURL,
  }) => {
    const { programmes, provinces, regions } = loadArchive();
    await page.goto('./compare/');
    // Every report side by side on /compare/ while they fit one table.
    await expect(page.locator('table.compare-table')).toHaveCount(programmes.length <= COMPARE_COLUMNS ? 1 : 0);
    const groups = [
      ...provinces.map((g) => ({ kind: 'provinces', id: g.id, name: g.name, slugs: programmes.filter((p) => p.province === g.id).map((p) => p.slug) })),
      ...regions.regions.map((g) => ({
        kind: 'regions',
        id: g.id,
        name: g.name,
        slugs: programmes.filter((p) => p.recipients.some((r) => r.region === g.id)).map((p) => p.slug),
      })),
    ].filter((g) => g.slugs.length > 0);
    const chooser = await page
      .locator('.group-chooser section')
      .evaluateAll((sections) =>
        sections.flatMap((section) =>
          [...section.querySelectorAll('li')].map((li) => [
            section.getAttribute('data-kind')!,
            li.getAttribute('data-id')!,
            li.getAttribute('data-count')!,
            li.querySelector('a')!.getAttribute('href')!,
          ]),
        ),
      );
    expect(chooser.map(([kind, id, n, href]) => [kind, id, n, target(href!, baseURL!).path])).toEqual(
      groups.map((g) => [g.kind, g.id, String(g.slugs.length), `compare/${g.kind}/${g.id}/`]),
    );
    const figures = new Map<string, NonNullable<(typeof programmes)[number]['figures']>[number]>(
      programmes.flatMap((p) => (p.figures ?? []).map((f) => [`${p.slug}/${f.id}`, f] as const)),
    );
    for (const g of groups) {
      const columns: string[] = [];
      const pages = Math.ceil(g.slugs.length / COMPARE_COLUMNS);
      for (let n = 1; n <= pages; n++) {
        const response = await page.goto(`./compare/${g.kind}/${g.id}/${n > 1 ? `page/${n}/` : ''}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toContainText(g.name);
        const here = await page.locator('table.compare-table thead th[data-slug]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-slug')!));
        expect(here.length).toBeLessThanOrEqual(COMPARE_COLUMNS);
        columns.push(...here);
        const links = await page.locator('table.compare-table a.compare-value').evaluateAll((as) =>
          as.map((a) => ({
            slug: a.closest('td')!.getAttribute('data-slug')!,
            key: `${a.closest('td')!.getAttribute('data-slug')}/${a.closest('li')!.getAttribute('data-figure')}`,
            href: a.getAttribute('href')!,
            title: a.getAttribute('title')!,
          })),
        );
        expect(links.map((l) => l.key).sort()).toEqual([...figures.keys()].filter((k) => here.includes(k.split('/')[0]!)).sort());
        for (const l of links) {
          const f = figures.get(l.key)!;
          expect(target(l.href, baseURL!)).toEqual({ path: `reports/${l.slug}/`, hash: f.anchor });
          expect(l.title).toContain(f.quote);
        }
      }
      expect(columns, `${g.kind}/${g.id}`).toEqual(g.slugs);
    }
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
