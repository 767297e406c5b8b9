import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';

/**
 * End-to-end tests against the built site. `npm test` builds dist/ first; this config only
 * serves it (scripts/serve.ts). A second build, made here by the `base-build` setup project
 * while the `site` project's tests run, goes to dist-base/: the site for a sub-folder
 * (BASE_PATH=/archive/) plus test-only fixture pages (ARCHIVE_TEST_PAGES=1), for the
 * `test-build` project (base-path, whitespace and changes specs).
 *
 * The browser is the one scripts/chromium.ts finds (CHROMIUM_PATH, the system's, Playwright's);
 * Playwright never downloads one here.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);
const BASE_PORT = PORT + 1;
const TEST_BUILD_SPECS = /(base-path|whitespace|changes|uncurated)\.spec\.ts/;

const launchOptions = { executablePath: chromiumPath(), args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // Generous: CI is a 2-core machine, and axe on a long report page takes a while there.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions,
    locale: 'zh-CN',
    // A trace records the whole page before and after every action, which on these long
    // pages cost about a third of the suite's time. A failure keeps a screenshot and the
    // page's accessibility snapshot (error-context.md); E2E_TRACE=retain-on-failure (or
    // `--trace on`) records traces when a failure needs one.
    trace: (process.env.E2E_TRACE as 'off' | 'retain-on-failure' | 'on' | undefined) ?? 'off',
    screenshot: 'only-on-failure',
    // One browser context per worker, reset between tests (cookies, cache, storage, routes,
    // extra pages, viewport and emulation; the page goes to about:blank), instead of a new
    // context and renderer per test, which cost about 0.5 s a test here: 432 tests took
    // 589 s with a fresh context each and 450 s reused. Playwright leaves it off by default
    // because a reset is best effort; it is safe here because the site keeps nothing in the
    // browser (security.spec.ts proves it), no test grants permissions, goes offline or sets
    // headers, and the tests that go Back do so only after their own navigations. Tests that
    // need another kind of context (no JavaScript) still make their own.
    reuseContext: true,
  },
  projects: [
    {
      name: 'site',
      testIgnore: TEST_BUILD_SPECS,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'base-build',
      testMatch: /base-build\.setup\.ts/,
    },
    {
      // The second build: a sub-folder (/archive/) plus the test-only fixture pages.
      name: 'test-build',
      testMatch: TEST_BUILD_SPECS,
      dependencies: ['base-build'],
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${BASE_PORT}/archive/` },
    },
  ],
  webServer: [
    {
      command: `tsx scripts/serve.ts dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Up before dist-base/ exists: the base-build project fills it, and the server reads
      // each file (and _headers) when asked, so it needs only its port to be ready.
      command: `tsx scripts/serve.ts dist-base --base /archive/ --port ${BASE_PORT}`,
      port: BASE_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
