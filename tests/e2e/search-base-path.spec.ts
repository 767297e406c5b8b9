/**
 * Search on the site built for a sub-folder (BASE_PATH=/archive/, dist-base/, the
 * `test-build` project in playwright.config.ts): the header form, the index, the lookup
 * file and every result link carry the base path.
 */
import { expect, test } from '@playwright/test';

test('search works under /archive/', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));

  await page.goto('./reports/huzhou-keping/');
  const form = page.getByRole('search', { name: '站内搜索' });
  await expect(form).toHaveAttribute('action', '/archive/search/');
  await page.getByRole('searchbox', { name: '搜索报道全文' }).fill('駱駝');
  await page.getByRole('searchbox', { name: '搜索报道全文' }).press('Enter');
  await expect(page).toHaveURL(/\/archive\/search\/\?q=%E9%A7%B1%E9%A7%9D$/);

  const hits = page.locator('.hit[data-match="exact"]');
  await expect(hits.first()).toBeVisible();
  await expect(page.locator('#search-status')).toContainText('找到');
  for (const href of await hits.locator('.hit__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^\/archive\/reports\/huzhou-keping\//);
  }
  expect(requested).toContain('/archive/pagefind/pagefind.js');
  expect(requested).toContain('/archive/search/lookup.json');
  expect(requested.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search/'))).toEqual([]);
  // Grouped by report: the one report that uses the word, its page under the base path.
  await expect(page.locator('.hit-map tbody tr')).toHaveCount(1);
  await expect(page.locator('.hit-group__title a')).toHaveAttribute('href', '/archive/reports/huzhou-keping/');
  await expect(page.locator('.hit-map__tick').first()).toBeAttached();

  const first = hits.locator('.hit__title a').first();
  const anchor = /#([^:]+)/.exec((await first.getAttribute('href'))!)![1]!;
  await Promise.all([page.waitForURL(/\/archive\/reports\/huzhou-keping\/#/), first.click()]);
  await page.waitForLoadState('load');
  const inside = await page.evaluate((id) => {
    const t = document.querySelector(':target');
    const el = document.getElementById(id);
    return !!t && !!el && (t === el || el.contains(t));
  }, decodeURIComponent(anchor));
  expect(inside).toBe(true);
});

test('filters and the URL under /archive/', async ({ page }) => {
  await page.goto(`./search/?q=${encodeURIComponent('医疗')}`);
  await expect(page.locator('.hit').first()).toBeVisible();
  await page.selectOption('select[name="province"]', 'zhejiang');
  await expect(page).toHaveURL(/\/archive\/search\/\?q=%E5%8C%BB%E7%96%97&province=zhejiang$/);
  await expect
    .poll(() => page.locator('.hit[data-match="exact"]').evaluateAll((li) => [...new Set(li.map((x) => x.getAttribute('data-slug')))].sort()))
    .toEqual(['huzhou-keping', 'taizhou-alar']);
});

test('the English search works under /archive/, and its links to the Chinese text too', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('./en/search/?q=Alar');
  const hits = page.locator('.hit[data-match="exact"]');
  await expect(hits.first().locator('.hit__original a')).toBeVisible();
  for (const href of await hits.locator('.hit__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^\/archive\/en\/reports\/[^/]+\/#/);
  }
  for (const href of await hits.locator('.hit__original a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^\/archive\/reports\/[^/]+\/#/);
  }
  expect(requested).toContain('/archive/en/search/lookup.json');
  expect(requested.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/en/'))).toEqual([]);
  // Chinese typed here leads to the Chinese search under the base path.
  await page.goto('./en/search/?q=%E7%96%8F%E5%8B%92');
  await expect(page.locator('.search-other a')).toHaveAttribute('href', '/archive/search/?q=%E7%96%8F%E5%8B%92');
});
