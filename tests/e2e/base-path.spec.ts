/**
 * The site built for a sub-folder (BASE_PATH=/archive/ → dist-base/, served under
 * /archive/ by playwright.config.ts): every internal link and asset carries the base.
 */
import { expect, test } from '@playwright/test';
import { NEWEST_ON_HOME } from '../../src/lib/browse';
import { loadReports, reportPath, sha256 } from './support/content';

const reports = loadReports();
const BASE = '/archive/';

async function internalRefs(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], link[href], img[src]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((h) => !h.startsWith('#') && !/^[a-z]+:/i.test(h)),
  );
}

test('home: every internal link and asset is under the base path and loads', async ({ page }) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  const refs = await internalRefs(page);
  expect(refs.length).toBeGreaterThan(0);
  for (const ref of refs) {
    expect(ref, ref).toMatch(/^\/archive\//);
    expect((await page.request.get(ref)).status(), ref).toBe(200);
  }
  await expect(page.locator('a.report-list__title')).toHaveCount(Math.min(reports.length, NEWEST_ON_HOME));
  // The stylesheet applied: the body uses the site's font stack, not the UA default.
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toContain('Noto Sans CJK');
});

for (const r of reports) {
  test(`${r.slug}: links, assets and raw capture work under the base path`, async ({ page }) => {
    const response = await page.goto(`./${reportPath(r.slug)}`);
    expect(response?.status()).toBe(200);
    for (const ref of await internalRefs(page)) {
      expect(ref, ref).toMatch(/^\/archive\//);
      expect((await page.request.get(ref)).status(), ref).toBe(200);
    }
    const raw = page.locator('a.raw-capture');
    await expect(raw).toHaveAttribute('href', `${BASE}sources/${r.data.source.file.split('/').pop()}`);
    const body = await (await page.request.get((await raw.getAttribute('href'))!)).body();
    expect(sha256(body)).toBe(r.data.source.sha256);
  });
}

test('404 under the base path', async ({ page }) => {
  const response = await page.goto('./missing/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', BASE);
});
