/**
 * Every internal link goes through here so the site can be built for a sub-folder
 * (BASE_PATH=/archive/). BASE_URL always ends with '/' (see astro.config.mjs), and the
 * paths are built by site-paths.ts. A page's builder takes the page's language last:
 * the English site is under en/, the Chinese one (Traditional editions included) at the root.
 */
import { chartGroupPath, glossaryTermPath, inSite, pathUnder, reportsListPath, type GroupChart, type GroupKind } from './site-paths';
import { otherSite, type Lang, type SiteLang } from '../i18n';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function url(path = '', lang: Lang = 'zh-Hans'): string {
  return pathUnder(BASE, inSite(path, lang));
}

/** The page of one report. */
export function reportUrl(slug: string, lang: Lang = 'zh-Hans'): string {
  return url(`reports/${slug}/`, lang);
}

/** Page `n` of the list of all reports: /reports/, /reports/page/2/, /en/reports/. */
export function reportsListUrl(n = 1, lang: Lang = 'zh-Hans'): string {
  return url(reportsListPath(n), lang);
}

/** Page `n` of one glossary term's uses: /glossary/<id>/, /glossary/<id>/page/2/, /en/glossary/<id>/. */
export function glossaryTermUrl(termId: string, n = 1, lang: Lang = 'zh-Hans'): string {
  return url(glossaryTermPath(termId, n), lang);
}

/** The raw capture, served byte for byte by src/pages/sources/[file].ts (one file for every language). */
export function sourceUrl(sourceFile: string): string {
  return url(`sources/${sourceBasename(sourceFile)}`);
}

/** content/sources/000_abc.txt → 000_abc.txt */
export function sourceBasename(sourceFile: string): string {
  return sourceFile.split('/').pop() ?? sourceFile;
}

/** The page of one supporting province: /provinces/shandong/, /en/provinces/shandong/. */
export function provinceUrl(id: string, lang: Lang = 'zh-Hans'): string {
  return url(`provinces/${id}/`, lang);
}

/** The page of one receiving region: /regions/kashgar/, /en/regions/kashgar/. */
export function regionUrl(id: string, lang: Lang = 'zh-Hans'): string {
  return url(`regions/${id}/`, lang);
}

/** The comparison or the timeline of one supporter's or one region's reports (a page of it): /compare/provinces/shandong/. */
export function chartGroupUrl(chart: GroupChart, kind: GroupKind, id: string, lang: Lang = 'zh-Hans', page = 1): string {
  return url(chartGroupPath(chart, kind, id, page), lang);
}

/** The line-by-line cleaning ledger of one report, served from content/ledgers/<slug>.json (one file for every language). */
export function ledgerUrl(slug: string): string {
  return url(`data/ledgers/${slug}.json`);
}

/** The same page in another language or script, for the layout's hreflang links and language switch. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/** The other site's version of a page that both sites have at the same path: ('about/', 'zh-Hans') → /en/about/. */
export function counterpart(path: string, lang: SiteLang): Alternate[] {
  const other = otherSite(lang);
  return [{ hreflang: other, href: url(path, other) }];
}
