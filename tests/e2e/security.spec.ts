/**
 * Nothing leaves the origin, and the Content-Security-Policy from public/_headers (which
 * scripts/serve.ts applies) is enforced without a single violation, on every built page
 * and while a search runs.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/built-site';

/** Loads a page and returns every foreign request and every CSP violation it caused. */
async function visit(page: Page, url: string, origin: string) {
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol !== 'data:' && target.protocol !== 'blob:' && target.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(url);
  await page.waitForLoadState('networkidle');
  return { response, foreign, violations };
}

const pages = builtPages();

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(5);
});

for (const url of pages) {
  test(`${url}: same-origin requests only, no CSP violation`, async ({ page, baseURL }) => {
    const { response, foreign, violations } = await visit(page, url, new URL(baseURL!).origin);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });
}

test('a search runs with the CSP enforced and talks to no one else', async ({ page, baseURL }) => {
  const { foreign, violations } = await visit(page, './search/?q=医疗', new URL(baseURL!).origin);
  await expect(page.locator('main')).toContainText(/医疗|醫療/);
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});
