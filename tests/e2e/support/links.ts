/**
 * Link checks of the reading site, run against the root build (browse.spec.ts) and the
 * base-path build (browse-base-path.spec.ts): from the home page (the newest) and the list of
 * all reports, each province page and each region page to exactly the reports the programme
 * data says, every link followed; each province and region page, in both languages, to its
 * group's comparison (and a province's to its timeline), followed;
 * every internal link and asset of the browse pages under the base path and loading.
 */
import { expect, test, type Page } from '@playwright/test';
import { captureNumber, NEWEST_ON_HOME, REPORTS_PER_PAGE } from '../../../src/lib/browse';
import { browsePages, programmes, provinceSlugs, provinces, regionSlugs, regions, reportsInCaptureOrder } from './site';

/** The report slugs a list page links to (a.report-list__title), in page order. */
async function listedSlugs(page: Page, base: string): Promise<string[]> {
  const hrefs = await page.locator('a.report-list__title').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => {
    expect(href, href).toMatch(new RegExp(`^${base}reports/[a-z0-9-]+/$`));
    return href.slice(`${base}reports/`.length, -1);
  });
}

/**
 * Opens `listPath` and follows its link to each report: the first by a click, landing on the
 * report; the others, visible on the list, by loading their address and reading the report's
 * title there (the same proof without laying out each long report page).
 */
async function followEach(page: Page, base: string, listPath: string, slugs: string[]): Promise<void> {
  const reports = reportsInCaptureOrder();
  const titleOf = (slug: string) => reports.find((r) => r.slug === slug)!.data.title;
  await page.goto(listPath);
  for (const slug of slugs.slice(1)) {
    const link = page.locator(`a.report-list__title[href="${base}reports/${slug}/"]`);
    await expect(link).toBeVisible();
    const response = await page.request.get(await link.evaluate((a) => (a as HTMLAnchorElement).href));
    expect(response.status(), slug).toBe(200);
    expect(await response.text(), slug).toContain(`<title>${titleOf(slug)} · `);
  }
  const first = slugs[0];
  if (first === undefined) return;
  await page.locator(`a.report-list__title[href="${base}reports/${first}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`${base}reports/${first}/$`));
  await expect(page.locator('h1')).toHaveText(titleOf(first));
}

/**
 * A province's or region's page in each language links the chart pages of its group where it
 * has reports (the comparison; a province's timeline too), and each link opens that group's page.
 */
async function followGroupCharts(
  page: Page,
  base: string,
  kind: 'provinces' | 'regions',
  place: { id: string; name: string; nameEn: string },
  reports: number,
) {
  const charts = reports === 0 ? [] : kind === 'provinces' ? ['compare', 'timeline'] : ['compare'];
  for (const [site, name] of [
    ['', place.name],
    ['en/', place.nameEn],
  ] as const) {
    const from = `./${site}${kind}/${place.id}/`;
    await page.goto(from);
    await expect(page.locator('.group-charts a')).toHaveCount(charts.length);
    for (const chart of charts) {
      await page.goto(from);
      const target = `${base}${site}${chart}/${kind}/${place.id}/`;
      const link = page.locator(`.group-charts a[data-chart="${chart}"]`);
      await expect(link).toHaveAttribute('href', target);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect(page.locator('h1')).toContainText(name);
    }
  }
}

export function defineBrowseLinkTests(base: string): void {
  const reports = reportsInCaptureOrder();
  // Each test follows several links in turn: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('home: the newest reports and a link to the list of all; the list: every report once in capture order, each link opens', async ({ page }) => {
    const response = await page.goto('./');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle('援疆档案');
    expect(await listedSlugs(page, base)).toEqual(reports.slice(-NEWEST_ON_HOME).map((r) => r.slug));
    await page
      .locator(`a[href="${base}reports/"]`)
      .filter({ hasText: String(reports.length) })
      .click();
    await expect(page).toHaveURL(new RegExp(`${base}reports/$`));
    // The archive's reports fit on pages of REPORTS_PER_PAGE; this is the first.
    const pages = Math.ceil(reports.length / REPORTS_PER_PAGE);
    const listed = await listedSlugs(page, base);
    expect(listed).toEqual(reports.slice(0, REPORTS_PER_PAGE).map((r) => r.slug));
    await expect(page.locator('.report-item .capture-no')).toHaveText(reports.slice(0, REPORTS_PER_PAGE).map((r) => new RegExp(captureNumber(r))));
    const nav = page.locator('nav.list-pages');
    await expect(nav.locator('ol a')).toHaveCount(pages);
    await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', `${base}reports/`);
    await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    await expect(nav.locator('a[rel="next"]')).toHaveCount(pages > 1 ? 1 : 0);
    await followEach(page, base, './reports/', listed);
  });

  for (const province of provinces()) {
    test(`province ${province.id}: lists exactly its reports, each link opens; links its comparison and timeline`, async ({ page }) => {
      const response = await page.goto(`./provinces/${province.id}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toContainText(province.name);
      const listed = await listedSlugs(page, base);
      expect([...listed].sort()).toEqual(provinceSlugs(province.id));
      await followEach(page, base, `./provinces/${province.id}/`, listed);
      await followGroupCharts(page, base, 'provinces', province, provinceSlugs(province.id).length);
    });
  }

  for (const region of regions().regions) {
    test(`region ${region.id}: lists every report naming it, each link opens; links its comparison`, async ({ page }) => {
      const response = await page.goto(`./regions/${region.id}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toContainText(region.name);
      const listed = await listedSlugs(page, base);
      expect([...listed].sort()).toEqual(regionSlugs(region.id));
      await followEach(page, base, `./regions/${region.id}/`, listed);
      await followGroupCharts(page, base, 'regions', region, regionSlugs(region.id).length);
    });
  }

  test('index pages: every province and region with its count, each link opens', async ({ page }) => {
    await page.goto('./provinces/');
    for (const p of provinces()) {
      const item = page.locator(`.index-item[data-id="${p.id}"]`);
      await expect(item).toHaveAttribute('data-count', String(provinceSlugs(p.id).length));
      await expect(item.locator('a').first()).toHaveAttribute('href', `${base}provinces/${p.id}/`);
    }
    await page.goto('./regions/');
    for (const r of regions().regions) {
      const item = page.locator(`.index-item[data-id="${r.id}"]`);
      await expect(item).toHaveAttribute('data-count', String(regionSlugs(r.id).length));
      await item.locator('a').first().click();
      await expect(page).toHaveURL(new RegExp(`${base}regions/${r.id}/$`));
      await page.goBack();
    }
  });

  test('browse pages and report pages: every internal link and asset is under the base path and loads', async ({ page }) => {
    const checked = new Map<string, number>();
    const pages = [...browsePages(), ...reports.map((r) => `./reports/${r.slug}/`)];
    for (const p of pages) {
      const response = await page.goto(p);
      expect(response?.status(), p).toBe(200);
      const refs = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], link[href], img[src]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
          .filter((h) => !h.startsWith('#') && !/^[a-z]+:/i.test(h)),
      );
      for (const ref of refs) {
        expect(ref, `${p}: ${ref}`).toMatch(new RegExp(`^${base}`));
        const target = ref.split('#')[0]!;
        if (!checked.has(target)) checked.set(target, (await page.request.get(target)).status());
        expect(checked.get(target), `${p}: ${ref}`).toBe(200);
      }
    }
    expect(checked.size).toBeGreaterThan(20);
  });

  test('data endpoints: permalinks carry the base path and point at real paragraphs', async ({ page }) => {
    const json = (await (await page.request.get('./data/programmes.json')).json()) as {
      slug: string;
      report: string;
      figures: { anchor: string; permalink: string }[];
    }[];
    expect(json.map((p) => p.slug).sort()).toEqual(
      programmes()
        .map((p) => p.slug)
        .sort(),
    );
    for (const p of json) {
      expect(p.report).toBe(`${base}reports/${p.slug}/`);
      for (const f of p.figures) expect(f.permalink).toBe(`${base}reports/${p.slug}/#${f.anchor}`);
    }
    const first = json[0]!.figures[0]!;
    await page.goto(first.permalink);
    await expect(page.locator(`#${first.anchor}`)).toBeVisible();
    expect(await page.evaluate((id) => document.getElementById(id)?.matches(':target'), first.anchor)).toBe(true);
  });
}
