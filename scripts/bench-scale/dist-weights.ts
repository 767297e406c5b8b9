/**
 * What a build weighs: the whole folder, the search index, and the HTML of every page that
 * lists every report (the pages that grow with the archive), gzip as a host would send it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes and files under `dir`, recursively. */
export function folderSize(dir: string): { bytes: number; files: number } {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((size, entry) => ({ bytes: size.bytes + statSync(path.join(entry.parentPath, entry.name)).size, files: size.files + 1 }), {
      bytes: 0,
      files: 0,
    });
}

/** The search index: Pagefind's bundle and the lookup file the search page loads beside it. */
export function searchIndexBytes(dist: string): number {
  return folderSize(path.join(dist, 'pagefind')).bytes + statSync(path.join(dist, 'search/lookup.json')).size;
}

/** Pages that list every report, by name → path under the site's root; `*` stands for the heaviest page of its folder. */
export const LISTING_PAGES: Readonly<Record<string, string>> = {
  home: '',
  provinces: 'provinces/',
  'a province': 'provinces/*/',
  regions: 'regions/',
  'a region': 'regions/*/',
  compare: 'compare/',
  'compare: a province': 'compare/provinces/*/',
  'compare: a region': 'compare/regions/*/',
  timeline: 'timeline/',
  'timeline: a province': 'timeline/provinces/*/',
  map: 'map/',
  glossary: 'glossary/',
  'a glossary term': 'glossary/*/',
  // The first page of the list is the heaviest: every page but the last is full.
  'all reports': 'reports/',
  search: 'search/',
};

export interface PageWeight {
  /** The page measured, where the name stands for the heaviest of a folder. */
  path: string;
  raw: number;
  gzip: number;
}

function weigh(dist: string, page: string): PageWeight {
  const html = readFileSync(path.join(dist, page, 'index.html'));
  return { path: page, raw: html.length, gzip: gzipSync(html).length };
}

/** The heaviest page (gzip) among the folders of `folder`. */
function heaviest(dist: string, folder: string): PageWeight {
  const pages = readdirSync(path.join(dist, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dist, folder, entry.name, 'index.html')))
    .map((entry) => weigh(dist, `${folder}${entry.name}/`));
  if (pages.length === 0) throw new Error(`bench:scale: no page under ${path.join(dist, folder)}`);
  return pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
}

export function listingPageWeights(dist: string): Record<string, PageWeight> {
  return Object.fromEntries(
    Object.entries(LISTING_PAGES).map(([name, page]) => [name, page.endsWith('*/') ? heaviest(dist, page.slice(0, -2)) : weigh(dist, page)]),
  );
}
