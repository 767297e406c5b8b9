/** Addresses of the apparatus pages; all through src/lib/url.ts, so base-path aware. */
import { reportUrl, url } from '../url';
import { glossaryPath } from '../site-paths';
import type { Lang, Script } from '../../i18n';
import { editionOf } from './convert';

/** The reading text of a report in the script `lang`: the report page itself for its own script. */
export function editionUrl(slug: string, script: Script, lang: Script, hash?: string): string {
  const base = lang === script ? reportUrl(slug) : url(`reports/${slug}/${editionOf(lang)}/`);
  return hash ? `${base}#${hash}` : base;
}

/** A report's reading text for a page in `lang`: the report page in its own script, or the English translation (same block ids). */
export function readingUrl(slug: string, script: Script, lang: Lang, hash?: string): string {
  return lang === 'en' ? `${reportUrl(slug, 'en')}${hash ? `#${hash}` : ''}` : editionUrl(slug, script, script, hash);
}

export const capturedUrl = (slug: string, line?: number): string => url(`reports/${slug}/captured/${line === undefined ? '' : `#L${line}`}`);

export const interventionsUrl = (slug: string, hash?: string): string => url(`reports/${slug}/interventions/${hash ? `#${hash}` : ''}`);

export const glossaryUrl = (termId?: string, lang?: Lang): string => url(glossaryPath(termId), lang);

export const changesUrl = (hash?: string, lang?: Lang): string => url(`changes/${hash ? `#${hash}` : ''}`, lang);

export type CiteFormat = 'ris' | 'bib' | 'json';
/** A report's citation file; in English, its translation's (/en/reports/<slug>/cite.ris). */
export const citeUrl = (slug: string, format: CiteFormat, lang?: Lang): string => url(`reports/${slug}/cite.${format}`, lang);
