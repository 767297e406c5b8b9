import type { Locator } from '@playwright/test';

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
