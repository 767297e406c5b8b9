/**
 * The second build, for the `test-build` project: the site for a sub-folder
 * (BASE_PATH=/archive/) plus the test-only fixture pages, into dist-base/. It runs as a
 * setup project rather than as a web server's command, so the `site` project's tests run
 * beside it instead of waiting for it; the server for dist-base/ is already up and serves
 * whatever the folder holds when asked.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../support/content';

const astro = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

test('build the site for /archive/ with the test pages, into dist-base/', () => {
  test.setTimeout(300_000);
  const build = spawnSync(process.execPath, [astro, 'build', '--outDir', 'dist-base'], {
    cwd: ROOT,
    encoding: 'utf8',
    // ARCHIVE_CHANGES_FILE: a changelog fixture, so changes.spec.ts sees an erratum.
    env: { ...process.env, BASE_PATH: '/archive/', ARCHIVE_TEST_PAGES: '1', ARCHIVE_CHANGES_FILE: 'tests/fixtures/changes.json' },
  });
  expect(build.status, `astro build for /archive/ failed:\n${build.stderr}\n${build.stdout.slice(-4000)}`).toBe(0);
});
