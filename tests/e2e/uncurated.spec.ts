/**
 * A report whose programme is not yet curated: its summary panel names supporter and
 * recipients and says the summary has not been compiled yet, with no period, batch,
 * themes or figures. Runs against the test build (ARCHIVE_TEST_PAGES=1), whose page
 * /_test/uncurated/ renders the first report's programme without its curation
 * (tests/e2e/fixtures/uncurated.astro). The models behind browse pages, map, comparison,
 * timeline and search are tested on the same kind of programme in tests/unit/uncurated.test.ts.
 */
import { expect, test } from '@playwright/test';
import { wording } from '../../src/i18n';
import { ourWordsIn } from '../../src/lib/apparatus/convert';
import { programmes, reportsInCaptureOrder } from './support/site';

const report = reportsInCaptureOrder()[0]!;
const programme = programmes().find((p) => p.slug === report.slug)!;
const lang = report.data.script;

test('the summary panel says the summary has not been compiled yet, and shows who supports whom', async ({ page }) => {
  const response = await page.goto('./_test/uncurated/');
  expect(response?.status()).toBe(200);
  const lede = page.locator('section#programme');
  await expect(lede).toHaveAttribute('data-programme', programme.slug);
  await expect(lede.locator('.editorial__text')).toHaveText(ourWordsIn(lang, wording('zh-Hans').report.summaryPending));
  await expect(lede.locator('.key-figures, .key-figures__all')).toHaveCount(0);
  const panel = page.locator('section#programme-data');
  await expect(panel).toHaveAttribute('data-programme', programme.slug);
  await expect(panel.locator('.supporter a.province-link')).toHaveAttribute('href', `/archive/provinces/${programme.province}/`);
  await expect(panel.locator('li.recipient')).toHaveCount(programme.recipients.length);
  await expect(panel.locator('.period, .batch, ul.themes, dl.figures, #figures-title')).toHaveCount(0);
});
