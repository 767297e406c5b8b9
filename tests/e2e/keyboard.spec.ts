/**
 * Keyboard only: a reader who never touches a mouse goes from the home page to a report,
 * from a figure in its summary panel to the sentence it is printed in, and from there to
 * a search and one of its results. Only Tab, Shift+Tab, Enter and typing; every element
 * that takes focus on the way shows that it has it (WCAG 2.4.7).
 */
import { expect, test, type Page } from '@playwright/test';
import { standsStill } from './support/dom';
import { curated } from '../helpers/content';
import { programmes, reportsInCaptureOrder } from './support/site';

test.describe.configure({ timeout: 120_000 });

/** How the focused element shows focus: a visible outline or a box shadow, else ''. */
async function focusIndicator(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const style = getComputedStyle(el);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
    if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
    return '';
  });
}

/**
 * Presses `key` until the focused element matches `selector`, checking on every step that
 * focus is somewhere visible-by-indicator. Fails after `max` presses.
 */
async function focusBy(page: Page, key: 'Tab' | 'Shift+Tab', selector: string, max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const described = await page.evaluate(() => {
      const el = document.activeElement;
      return el
        ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`
        : '(none)';
    });
    if (described === '(none)' || described.startsWith('body')) continue;
    expect(await focusIndicator(page), `focus on ${described} is not visible`).not.toBe('');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`no element matching ${selector} after ${max} presses of ${key}`);
}

const first = reportsInCaptureOrder()[0]!;
const figure = curated(programmes().find((p) => p.slug === first.slug)!).figures[0]!;

// Under load (both cores busy with builds), about one run in forty, Chromium follows the
// result's link (#p3 with a text directive) and stops past the paragraph, with :target set
// and the document at its final height: at 1280×720 always at y = 1612 (¶3 is at 1299–1436;
// a passing run stops at 1000, the hit centred). Ruled out: the apparatus sections'
// content-visibility (they stay unrendered, far below) and the closed key to the marks
// (taking its body out of the layout made it more frequent, 9 runs in 120). Until it is
// understood, this test alone gets one retry, which Playwright reports as flaky.
test.describe.configure({ retries: 1 });

test('home → report → figure source → search → result, by keyboard alone', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('./');

  // The skip link comes first, shows itself, and moves the reader past the header.
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Home → the first report.
  await focusBy(page, 'Tab', `a.report-list__title[href="${base}reports/${first.slug}/"]`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${base}reports/${first.slug}/$`));
  await expect(page.locator('h1')).toHaveText(first.data.title);

  // The first figure of the summary panel → the paragraph that prints it.
  await focusBy(page, 'Tab', `#programme .figure__link[href="#${figure.anchor}"]`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${figure.anchor}$`));
  const target = page.locator(`#${figure.anchor}`);
  await standsStill(target);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(target).toContainText(figure.quote.replace(/\s+/g, '').slice(0, 4));
  // The next Tab continues from the paragraph, not from the top of the page.
  await page.keyboard.press('Tab');
  const followsTarget = await target.evaluate((el) => {
    const focused = document.activeElement!;
    return el.contains(focused) || Boolean(el.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(followsTarget).toBe(true);

  // Back up to the search box in the header, type a query, submit.
  await focusBy(page, 'Shift+Tab', '#site-search-q');
  await page.keyboard.type('医疗');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const firstHit = page.locator('#search-results .hit').first();
  await expect(firstHit).toBeVisible();
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy', 'true');

  // The first result opens the report at the paragraph that matched.
  await focusBy(page, 'Tab', '#search-results .hit__title a');
  const href = (await page.evaluate(() => document.activeElement!.getAttribute('href')))!;
  const [, slug, anchor] = /reports\/([a-z0-9-]+)\/#([a-z0-9-]+)/.exec(href) ?? [];
  expect(slug, href).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${base}reports/${slug}/#${anchor}`));
  await page.waitForLoadState('load');
  const paragraph = page.locator(`#${anchor}`);
  await standsStill(paragraph);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText(/医疗|醫療/);
});
