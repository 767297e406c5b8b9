/**
 * Internal addresses as paths under a base, pure: src/lib/url.ts applies the build's
 * BASE_URL, and astro.config.mjs (where import.meta.env is not set) its own `base` for the
 * glossary links the rehype plugin writes. Page paths get a trailing slash (the site uses
 * trailingSlash: 'always'); file paths (with an extension) and fragments do not.
 */
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

/** A group's page of a chart: compare/provinces/shandong/, compare/regions/kashgar/2/ (page 2), timeline/provinces/shandong/. */
export const chartGroupPath = (chart: 'compare' | 'timeline', kind: 'provinces' | 'regions', id: string, page = 1): string =>
  `${chart}/${kind}/${id}/${page > 1 ? `${page}/` : ''}`;
