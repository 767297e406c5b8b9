/**
 * Every internal link goes through here so the site can be built for a sub-folder
 * (BASE_PATH=/archive/). BASE_URL always ends with '/' (see astro.config.mjs), and the
 * paths are built by site-paths.ts.
 */
import { pathUnder } from './site-paths';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function url(path = ''): string {
  return pathUnder(BASE, path);
}

/** The page of one report. */
export function reportUrl(slug: string): string {
  return url(`reports/${slug}/`);
}

/** The raw capture, served byte for byte by src/pages/sources/[file].ts. */
export function sourceUrl(sourceFile: string): string {
  return url(`sources/${sourceBasename(sourceFile)}`);
}

/** content/sources/000_abc.txt → 000_abc.txt */
export function sourceBasename(sourceFile: string): string {
  return sourceFile.split('/').pop() ?? sourceFile;
}

/** The page of one supporting province: /provinces/shandong/. */
export function provinceUrl(id: string): string {
  return url(`provinces/${id}/`);
}

/** The page of one receiving region: /regions/kashgar/. */
export function regionUrl(id: string): string {
  return url(`regions/${id}/`);
}

/** The line-by-line cleaning ledger of one report, served from content/ledgers/<slug>.json. */
export function ledgerUrl(slug: string): string {
  return url(`data/ledgers/${slug}.json`);
}
