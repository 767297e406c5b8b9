import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A paragraph's reader-visible text: its DOM text without the margin number (.pnum) and
 * without the superscript note references (.note-ref), which are apparatus, not text.
 */
export function paragraphText(p: Locator): Promise<string> {
  return p.evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.pnum, .note-ref').forEach((n) => n.remove());
    return clone.textContent ?? '';
  });
}

/**
 * Waits until the page is still: no animation or transition running (the arrival
 * highlight of a :target) and the scroll position unchanged across two frames (smooth
 * scrolling to a fragment). Tests wait for this state, never for a fixed time.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const before = [scrollX, scrollY];
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(scrollX === before[0] && scrollY === before[1] && document.getAnimations().every((a) => a.playState !== 'running')),
          ),
        );
      }),
  );
}

/**
 * Waits until an element stands still: its top the same across two animation frames
 * (the scroll to it, smooth or not, and any layout above it done), the page settled.
 * Check where it is after this, never after a fixed time.
 */
export async function standsStill(el: Locator): Promise<void> {
  await expect
    .poll(() =>
      el.evaluate(
        (e) =>
          new Promise<boolean>((resolve) => {
            const top = e.getBoundingClientRect().top;
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(e.getBoundingClientRect().top === top)));
          }),
      ),
    )
    .toBe(true);
  await settled(el.page());
}

/** A search page's outcome is announced and the passages of its first view are in (the results are no longer busy). */
export async function searchSettled(page: Page): Promise<void> {
  await page.locator('#search-results .hit, #search-results .search-empty').first().waitFor();
  await expect(page.locator('#search-status')).not.toHaveText(/^Searching|正在搜索/);
  await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy');
}
