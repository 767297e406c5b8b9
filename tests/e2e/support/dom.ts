import type { Locator, Page } from '@playwright/test';

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
