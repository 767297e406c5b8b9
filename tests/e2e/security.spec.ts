/**
 * Nothing leaves the origin, and the Content-Security-Policy from public/_headers (which
 * scripts/serve.ts applies) is enforced without a single violation while a search runs.
 * Every built page is checked the same way in a11y.spec.ts, in the visit that runs axe.
 * And the site keeps no state in the browser.
 */
import { expect, test } from '@playwright/test';
import { expectSecurityHeaders, watchOrigin } from './support/origin-guard';

for (const url of ['./search/?q=医疗', './en/search/?q=hospital']) {
  test(`${url}: a search runs with the CSP enforced and talks to no one else`, async ({ page, baseURL }) => {
    const origin = watchOrigin(page, new URL(baseURL!).origin);
    const response = await page.goto(url);
    await expect(page.locator('#search-results .hit').first()).toBeVisible();
    await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy');
    expectSecurityHeaders(response);
    expect(origin.foreign).toEqual([]);
    expect(origin.violations).toEqual([]);
  });
}

test('the site keeps nothing in the browser: no cookie, storage, cache or service worker after reading and searching', async ({ page }) => {
  // What lets the suite reuse one browser context per worker (playwright.config.ts): a
  // visit leaves no state that a later test could find.
  const setCookies: string[] = [];
  page.on('response', async (response) => {
    const header = await response.headerValue('set-cookie');
    if (header !== null) setCookies.push(`${response.url()}: ${header}`);
  });
  await page.goto('./');
  await page.goto('./reports/dongying-shule/');
  for (const url of ['./search/?q=医疗', './en/search/?q=hospital']) {
    await page.goto(url);
    await expect(page.locator('#search-results .hit').first()).toBeVisible();
    await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy');
  }
  const held = await page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(held).toEqual({ cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0 });
  expect(await page.context().storageState({ indexedDB: true })).toEqual({ cookies: [], origins: [] });
  expect(setCookies).toEqual([]);
});
