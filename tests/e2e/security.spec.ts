/**
 * Nothing leaves the origin, and the Content-Security-Policy from public/_headers (which
 * scripts/serve.ts applies) is enforced without a single violation while a search runs.
 * Every built page is checked the same way in a11y.spec.ts, in the visit that runs axe.
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
