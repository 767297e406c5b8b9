/**
 * Proof that the build keeps the published text exact where Astro's whitespace handling
 * could bite: spaces between inline elements in mixed Chinese/Latin text, no space
 * added where there is none (370MW), ASCII quotes and dashes untouched (smartypants off).
 *
 * Runs against the test build (ARCHIVE_TEST_PAGES=1, see playwright.config.ts), whose page
 * /_test/whitespace/ renders tests/e2e/fixtures/whitespace.mdx through the real report
 * components and the site's own astro.config.mjs (compressHTML: false). The expected
 * strings are written out by hand, not derived from the source.
 */
import { expect, test } from '@playwright/test';
import { paragraphText } from './support/dom';

const expected: Record<string, string> = {
  p1: '另一项目为兆瓦 MW级储能，浙能柯坪370MW光伏项目，医院开展MECT（改良电休克治疗）服务。',
  p2: '远程诊断：DR、CT 〔缺〕 B超，另有 MRI。',
  p3: `Straight "quotes" and 'single' -- double-dash ... three dots { braces } < 5 * 2 _x_.`,
  p4: '當地民生、推動鄉村振興',
};

test('MDX paragraphs keep every space and add none', async ({ page }) => {
  const response = await page.goto('./_test/whitespace/');
  expect(response?.status()).toBe(200);
  for (const [id, text] of Object.entries(expected)) {
    expect(await paragraphText(page.locator(`#${id}`)), id).toBe(text);
  }
});

test('a space between two inline elements is a real text node', async ({ page }) => {
  await page.goto('./_test/whitespace/');
  // <Restored id="r1">兆瓦</Restored> MW : the text after r1's reference starts with a space.
  const afterR1 = await page.locator('#ref-r1').evaluate((el) => el.nextSibling?.nextSibling?.textContent ?? null);
  expect(afterR1?.startsWith(' MW')).toBe(true);
  // <Restored id="r2">CT</Restored> <Gap id="r3" /> : exactly one space between them.
  const between = await page.locator('#ref-r2').evaluate((el) => el.nextSibling?.nextSibling?.textContent ?? null);
  expect(between).toBe(' ');
  // 另有 <Restored id="r4">MRI</Restored> : the space before the element.
  const beforeR4 = await page.locator('#ref-r4').evaluate((el) => el.previousSibling?.textContent ?? null);
  expect(beforeR4?.endsWith('另有 ')).toBe(true);
  // The rendered line shows the space: the gap mark starts to the right of CT's reference.
  const r2 = await page.locator('#ref-r2 + sup').boundingBox();
  const r3 = await page.locator('#ref-r3').boundingBox();
  expect(r3!.x - (r2!.x + r2!.width)).toBeGreaterThan(2);
});

test('template text keeps a space between inline elements on one line', async ({ page }) => {
  await page.goto('./_test/whitespace/');
  expect(await page.locator('#t1').textContent()).toBe('兆瓦 MW，DR CT');
});
