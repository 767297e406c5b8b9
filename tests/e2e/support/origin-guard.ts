/**
 * Nothing leaves the origin and the Content-Security-Policy holds: what a page does from
 * the moment it is watched, and the headers public/_headers gives it (scripts/serve.ts
 * applies them). Used on every built page (a11y.spec.ts, in the same visit as axe) and
 * while a search runs (security.spec.ts).
 */
import { expect, type Page, type Response } from '@playwright/test';

/** Collects every request `page` makes to another origin than `origin`, and every CSP violation it reports. */
export function watchOrigin(page: Page, origin: string): { foreign: string[]; violations: string[] } {
  const seen = { foreign: [] as string[], violations: [] as string[] };
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol !== 'data:' && target.protocol !== 'blob:' && target.origin !== origin) seen.foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.violations.push(message.text());
  });
  return seen;
}

/** The response carries the site's security headers. */
export function expectSecurityHeaders(response: Response | null): void {
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
}
