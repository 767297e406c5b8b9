/**
 * The on-disk link check (link-check.ts) as a test, for one build: the root build
 * (links.spec.ts) or the base-path build (links-base-path.spec.ts).
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './content';
import { checkLinks } from './link-check';

export function defineLinkCheck(outDir: string, base: string, partial: readonly string[] = []): void {
  test(`${outDir}: every internal link and fragment of every page resolves under ${base}`, () => {
    const { pages, links, problems } = checkLinks(path.join(ROOT, outDir), base, partial);
    // The whole site, not an empty folder: 40-odd pages and thousands of links.
    expect(pages).toBeGreaterThan(30);
    expect(links).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
}
