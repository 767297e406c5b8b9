/**
 * The changelog with a fixture (tests/fixtures/changes.json, passed to the test build by
 * playwright.config.ts as ARCHIVE_CHANGES_FILE): an entry shows on /changes/ and as an
 * erratum on the report it touches, linking to the paragraph it concerns. Runs against
 * the base-path build (/archive/).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './support/content';

const fixture = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/changes.json'), 'utf8')) as {
  date: string;
  report: string;
  anchor?: string;
  field?: string;
  before: string;
  after: string;
  what: { zh: string };
  why: { zh: string };
}[];

test('the changelog lists every entry, newest first, linking to the report and paragraph', async ({ page }) => {
  const response = await page.goto('./changes/');
  expect(response?.status()).toBe(200);
  const items = page.locator('li.change');
  await expect(items).toHaveCount(fixture.length);
  const sorted = [...fixture].sort((a, b) => b.date.localeCompare(a.date));
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    const item = items.nth(i);
    await expect(item.locator('time')).toHaveAttribute('datetime', c.date);
    await expect(item.locator('.change__what')).toHaveText(c.what.zh);
    await expect(item.locator('.change__why')).toContainText(c.why.zh);
    if (c.field) await expect(item.locator('.change-diff__field')).toHaveText(c.field);
    await expect(item.locator('.change-diff__after')).toContainText(c.after);
    await expect(item.locator('a.change__report')).toHaveAttribute('href', `/archive/reports/${c.report}/`);
    if (c.anchor) await expect(item.locator('a.change__place')).toHaveAttribute('href', `/archive/reports/${c.report}/#${c.anchor}`);
  }
});

test('an erratum appears on the report it touches, and only there', async ({ page }) => {
  const c = fixture.find((x) => x.anchor)!;
  await page.goto(`./reports/${c.report}/`);
  const erratum = page.locator('.errata li.erratum');
  await expect(erratum).toHaveCount(fixture.filter((x) => x.report === c.report).length);
  await expect(erratum.first()).toContainText(c.what.zh);
  await expect(erratum.first()).toContainText(c.why.zh);
  await expect(erratum.first().locator('.change-diff__before')).toContainText(c.before);
  await erratum.first().locator('a.erratum__place').click();
  await expect(page).toHaveURL(new RegExp(`/archive/reports/${c.report}/#${c.anchor}$`));
  await expect(page.locator(`#${c.anchor}:target`)).toHaveCount(1);
  await page.goto(`./reports/${c.report}/`);
  await erratum.first().locator('a.erratum__log').click();
  await expect(page).toHaveURL(/\/archive\/changes\/#change-\d+$/);
  await expect(page.locator('li.change:target')).toContainText(c.what.zh);
  // The other editions and views show it too.
  for (const p of [`./reports/${c.report}/captured/`, `./reports/${c.report}/interventions/`]) {
    await page.goto(p);
    await expect(page.locator('.errata li.erratum').first()).toContainText(c.what.zh);
  }
  // A report without changes shows none.
  const untouched = ['shanxi-changji-6th-division', 'huzhou-keping', 'shandong-12th-division'].find((s) => !fixture.some((x) => x.report === s))!;
  await page.goto(`./reports/${untouched}/`);
  await expect(page.locator('.errata')).toHaveCount(0);
});
