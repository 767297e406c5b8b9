/**
 * The CSS a built page loads on first view, read from the page itself: the files of its
 * `<link rel="stylesheet">`s, in bytes as stored and gzipped one by one (as a gzip host
 * sends them, and as `npm run bench` counts them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

/** The stylesheet addresses of a page, in order. */
export function stylesheetHrefs(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel="stylesheet"/.test(tag)) continue;
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href) hrefs.push(href);
  }
  return hrefs;
}

const sizeOf = (buffer: Buffer): Bytes => ({ raw: buffer.length, gzip: gzipSync(buffer).length });

/**
 * The page's own bytes and its stylesheets' bytes. `page` is the HTML file's path inside
 * `dir`; the site is built for the root (stylesheets are `/…` paths inside `dir`).
 */
export function pageWeight(dir: string, page: string): { html: Bytes; css: Bytes; stylesheets: number } {
  const html = readFileSync(path.join(dir, page));
  const css = { raw: 0, gzip: 0 };
  const hrefs = stylesheetHrefs(html.toString('utf8'));
  for (const href of hrefs) {
    if (!href.startsWith('/')) throw new Error(`${page}: stylesheet ${href} is not a root path; build for the root to weigh it`);
    const file = sizeOf(readFileSync(path.join(dir, href)));
    css.raw += file.raw;
    css.gzip += file.gzip;
  }
  return { html: sizeOf(html), css, stylesheets: hrefs.length };
}
