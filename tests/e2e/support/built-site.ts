/**
 * The files of a built site (dist/ or dist-base/), for tests that cover every page rather
 * than a list someone has to keep up to date.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './content';

export const DIST = path.join(ROOT, 'dist');

/** Every .html file under `dir`, recursively. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return htmlFiles(file);
    return name.endsWith('.html') ? [file] : [];
  });
}

/** Every page (each index.html) of the build in `dir`, as a path relative to the base: './', './about/', … */
export function builtPages(dir = DIST): string[] {
  return htmlFiles(dir)
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `./${path.relative(dir, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\.\/\/$/, './'))
    .sort();
}

/**
 * The kind of a page: its path with the id of the report, province, region or glossary term
 * it shows, and the number of a page of a paginated list, replaced by `*`
 * (./reports/*\/captured/, ./en/provinces/*\/, ./glossary/*\/page/*\/, ./reports/page/*\/), so
 * pages built from one template share a kind.
 */
export function pageKind(page: string): string {
  return page.replace(/\/page\/\d+\/$/, '/page/*/').replace(/(\/(?:reports|provinces|regions|glossary)\/)(?!page\/)[^/]+\//, '$1*/');
}

/**
 * One page of each kind: the one with the most markup (the largest file), which holds the
 * most kinds of element its template can produce.
 */
export function pagePerKind(dir = DIST): string[] {
  const largest = new Map<string, { page: string; size: number }>();
  for (const page of builtPages(dir)) {
    const size = statSync(path.join(dir, page, 'index.html')).size;
    const kind = pageKind(page);
    if ((largest.get(kind)?.size ?? -1) < size) largest.set(kind, { page, size });
  }
  return [...largest.values()].map((v) => v.page).sort();
}

/**
 * Kinds with many pages from one template, more as the archive grows, where one page of a
 * kind says all a sweep can learn: a page per glossary term, the later pages of a paginated
 * list, and the charts' pages per supporter and per region (./compare/provinces/*\/,
 * ./en/timeline/provinces/*\/ …, and their further pages).
 */
const SAMPLED_KINDS = /\/(?:glossary\/\*\/(?:page\/\*\/)?|reports\/page\/\*\/)$/;
const GROUP_PAGES = /^\.\/(?:en\/)?(?:compare|timeline)\/(?:provinces|regions)\//;

/**
 * The pages that checks sweeping the site in a browser visit (axe, no JavaScript): every
 * page, but of the sampled kinds only the one pagePerKind picks. The on-disk link check
 * still reads every page.
 */
export function sweptPages(dir = DIST): string[] {
  const sample = new Set(pagePerKind(dir));
  return builtPages(dir).filter((page) => (!SAMPLED_KINDS.test(pageKind(page)) && !GROUP_PAGES.test(page)) || sample.has(page));
}
