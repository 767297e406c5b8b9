/**
 * Internal addresses as paths under a base, pure: src/lib/url.ts applies the build's
 * BASE_URL, and astro.config.mjs (where import.meta.env is not set) its own `base` for the
 * glossary links the rehype plugin writes. Page paths get a trailing slash (the site uses
 * trailingSlash: 'always'); file paths (with an extension) and fragments do not.
 */
import { REPORTS_PAGE_FOLDER } from '../core/schemas/slug';

export function pathUnder(base: string, path = ''): string {
  const [pathPart = '', hash] = path.split('#', 2);
  let p = pathPart.replace(/^\/+/, '');
  const last = p.split('/').pop() ?? '';
  if (p !== '' && !p.endsWith('/') && !last.includes('.')) p += '/';
  return `${base}${p}${hash !== undefined ? `#${hash}` : ''}`;
}

/** The folder of each language's site under the base: English under en/, Chinese (both scripts) at the root. */
export const SITE_FOLDER: Readonly<Record<string, string>> = { en: 'en/' };

/** A path of the site in `lang`: ('about/', 'en') → en/about/; a Chinese path is unchanged. */
export function inSite(path: string, lang: string): string {
  return `${SITE_FOLDER[lang] ?? ''}${path.replace(/^\/+/, '')}`;
}

/** The id of a term's entry on the glossary page. */
export const termAnchor = (id: string): string => `term-${id}`;

/** The glossary page, or one term's entry on it: glossary/#term-<id>. */
export const glossaryPath = (termId?: string): string => `glossary/${termId ? `#${termAnchor(termId)}` : ''}`;

/** The folder of page `n` of a paginated list under its first page's folder: '' for the first, page/<n>/ after it. */
export const laterPageFolder = (n: number): string => (n <= 1 ? '' : `${REPORTS_PAGE_FOLDER}/${n}/`);

/** Page `n` of one term's uses: glossary/<id>/, then glossary/<id>/page/<n>/. */
export const glossaryTermPath = (termId: string, n = 1): string => `glossary/${termId}/${laterPageFolder(n)}`;

/** Page `n` of the list of all reports: reports/ for the first, reports/page/<n>/ after it. */
export const reportsListPath = (n = 1): string => `reports/${laterPageFolder(n)}`;

/** The charts with a page per group of reports. */
export type GroupChart = 'compare' | 'timeline';
/** The groups of reports: by the supporting province, or by a recipient region; the folder of their pages. */
export type GroupKind = 'provinces' | 'regions';

/** A group's page of a chart: compare/provinces/shandong/, compare/regions/kashgar/page/2/ (page 2), timeline/provinces/shandong/. */
export const chartGroupPath = (chart: GroupChart, kind: GroupKind, id: string, page = 1): string => `${chart}/${kind}/${id}/${laterPageFolder(page)}`;
