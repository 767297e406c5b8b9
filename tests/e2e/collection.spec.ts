import { expect, test } from '@playwright/test';
import { EXPECTED_SLUGS, loadReports, reportPath, sourceFiles } from './support/content';
import { sweptPages } from './support/built-site';
import { REPORTS_PER_PAGE } from '../../src/lib/browse';
import { wording } from '../../src/i18n';

const reports = loadReports();

test.describe('the collection', () => {
  test('holds one report per raw capture: the five expected slugs', () => {
    const sources = sourceFiles();
    expect(sources.length, 'content/sources/*.txt').toBeGreaterThan(0);
    expect(reports.length, 'content/reports/*.mdx (is the cleaning pipeline output there?)').toBe(sources.length);
    expect(reports.map((r) => r.slug).sort()).toEqual([...EXPECTED_SLUGS].sort());
    // Every capture is cleaned exactly once.
    const used = reports.map((r) => r.data.source.file.split('/').pop()).sort();
    expect(used).toEqual(sources);
  });

  test('the list of all reports links to every report, with title, outlet and date', async ({ page }) => {
    // Every report fits on the list's first page (more would be on /reports/page/2/ and on).
    expect(reports.length).toBeLessThanOrEqual(REPORTS_PER_PAGE);
    const response = await page.goto('./reports/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page).toHaveTitle(`${wording('zh-Hans').pages.reportsList.title} · 援疆档案`);
    const items = page.locator('.report-list > li');
    await expect(items).toHaveCount(reports.length);
    for (const r of reports) {
      const link = page.locator(`a.report-list__title[href$="/${reportPath(r.slug)}"]`);
      await expect(link, r.slug).toHaveCount(1);
      await expect(link).toHaveText(r.data.title);
      await expect(link).toHaveAttribute('lang', r.data.script);
      const item = page.locator('.report-list > li', { has: link });
      await expect(item.locator('.outlet')).toHaveText(r.data.outlet ?? '首发媒体未注明');
      const p = r.data.published;
      await expect(item.locator('.date')).toContainText(p.stated ? p.date : '原文未注明');
    }
  });

  test('every report on the list of all reports opens', async ({ page }) => {
    await page.goto('./reports/');
    const hrefs = await page.locator('a.report-list__title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBe(reports.length);
    for (const href of hrefs) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });

  test('an unknown page answers 404 with the 404 page', async ({ page }) => {
    const response = await page.goto('./no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('页面不存在');
    await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
    const missingReport = await page.request.get('./reports/no-such-report/');
    expect(missingReport.status()).toBe(404);
  });

  test('no page ships client JavaScript, in either language, but the search pages', async ({ page }) => {
    const paths = [...sweptPages().filter((p) => !/(^|\/)search\/$/.test(p)), './no-such-page/', './en/no-such-page/'];
    expect(paths).toEqual(expect.arrayContaining(['./', './en/', ...reports.map((r) => `./en/${reportPath(r.slug)}`)]));
    for (const p of paths) {
      const response = await page.request.get(p);
      const html = await response.text();
      expect(html, p).not.toMatch(/<script\b/i);
      expect(html, p).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });
});
