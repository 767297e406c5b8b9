/**
 * A report's citation as RIS, BibTeX (biblatex-style fields that classic BibTeX also
 * reads) and CSL-JSON, served as static files next to the report
 * (/reports/<slug>/cite.ris, cite.bib, cite.json). Written against a small record so
 * that the data can come from the site's citation module; tests parse every output with
 * citation-js. A translation of a report (the archive's own) is a web page of the archive
 * with its translator and the original's title, publisher and date.
 */
import type { Lang } from '../../i18n';

type RecordDate = { stated: true; date: string } | { stated: false; estimate: string };

/** What makes a record a translation: who translated, and the original. */
export interface TranslationOf {
  translator: string;
  originalTitle: string;
  /** The outlet that first published the original, or null. */
  originalPublisher: string | null;
  originalDate: RecordDate;
  originalLanguage: Lang;
}

export interface ExportRecord {
  /** Citation key / CSL id. */
  id: string;
  title: string;
  /** Personal names as printed (Chinese names are never split into family/given). */
  authors: string[];
  /** Stated date (YYYY-MM-DD) or an estimate (2023, 2023-09, 2022-10/2023-06). */
  date: RecordDate;
  /** The outlet that first published the report; null when the capture does not say. */
  outlet: string | null;
  /** The archive's page for the report, absolute. */
  url: string;
  language: Lang;
  /** The archive that holds the capture. */
  archive: string;
  /** Free text: provenance, date estimate. */
  note: string;
  /** When the cited text was accessed (the site's build date), YYYY-MM-DD. */
  accessed?: string;
  keywords?: string[];
  /** Present when the record is a translation: then `outlet` is its publisher (the archive). */
  translation?: TranslationOf;
}

type Parts = [number, number?, number?];

function parseParts(s: string): Parts {
  const [y, m, d] = s.split('-').map(Number);
  return [y!, ...(m ? [m] : []), ...(d ? [d] : [])] as Parts;
}

/** The CSL date: one date, or for an estimate a (possibly one-point) range with circa. */
export function cslIssued(date: ExportRecord['date']): { 'date-parts': Parts[]; circa?: boolean } {
  if (date.stated) return { 'date-parts': [parseParts(date.date)] };
  return { 'date-parts': date.estimate.split('/').map(parseParts), circa: true };
}

/** The year to show or index: the stated year, or the start of the estimate. */
export const recordYear = (date: ExportRecord['date']): number => cslIssued(date)['date-parts'][0]![0];

export function toCslJson(r: ExportRecord): string {
  const item: Record<string, unknown> = {
    id: r.id,
    type: r.translation ? 'webpage' : 'article-newspaper',
    title: r.title,
    ...(r.authors.length > 0 ? { author: r.authors.map((literal) => ({ literal })) } : {}),
    issued: cslIssued(r.date),
    ...(r.outlet ? { 'container-title': r.outlet, publisher: r.outlet } : {}),
    URL: r.url,
    language: r.language,
    archive: r.archive,
    ...(r.accessed ? { accessed: { 'date-parts': [parseParts(r.accessed)] } } : {}),
    ...(r.keywords?.length ? { keyword: r.keywords.join(', ') } : {}),
    ...(r.translation && {
      translator: [{ literal: r.translation.translator }],
      'original-title': r.translation.originalTitle,
      ...(r.translation.originalPublisher && { 'original-publisher': r.translation.originalPublisher }),
      'original-date': cslIssued(r.translation.originalDate),
    }),
    note: r.note,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** The original of a translation in one line: 山東援兵團十年間. 大眾新聞客戶端, 2025-08-05. */
function originalPublication(t: TranslationOf): string {
  const date = t.originalDate.stated ? t.originalDate.date : `[${t.originalDate.estimate}]`;
  return `${t.originalTitle}. ${t.originalPublisher === null ? '' : `${t.originalPublisher}, `}${date}.`;
}

const risLine = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*\r?\n\s*/g, ' ')}`;

export function toRis(r: ExportRecord): string {
  const parts = cslIssued(r.date)['date-parts'][0]!;
  const [y, m, d] = parts;
  const lines = [
    risLine('TY', r.translation ? 'ELEC' : 'NEWS'),
    risLine('TI', r.title),
    ...r.authors.map((a) => risLine('AU', a)),
    // A4: the translator; OP: the original publication.
    ...(r.translation ? [risLine('A4', r.translation.translator), risLine('OP', originalPublication(r.translation))] : []),
    risLine('PY', String(y)),
    risLine(
      'DA',
      `${y}/${m ? String(m).padStart(2, '0') : ''}/${d ? String(d).padStart(2, '0') : ''}/${r.date.stated ? '' : `estimate ${r.date.estimate}`}`,
    ),
    ...(r.outlet ? [risLine('T2', r.outlet), risLine('PB', r.outlet)] : []),
    risLine('UR', r.url),
    ...(r.accessed ? [risLine('Y2', r.accessed.replace(/-/g, '/'))] : []),
    ...(r.keywords ?? []).map((k) => risLine('KW', k)),
    risLine('LA', r.language),
    risLine('DB', r.archive),
    risLine('N1', r.note),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Escapes BibTeX's special characters in a field value (not in URLs). */
export function bibEscape(s: string): string {
  return s
    .replace(/[\\{}]/g, (c) => `\\${c}`)
    .replace(/[&%$#_]/g, (c) => `\\${c}`)
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

export function toBibtex(r: ExportRecord): string {
  const parts = cslIssued(r.date)['date-parts'][0]!;
  const t = r.translation;
  const fields: [string, string][] = [...(t ? [] : [['entrysubtype', 'newspaper'] as [string, string]]), ['title', `{${bibEscape(r.title)}}`]];
  if (r.authors.length > 0) fields.push(['author', r.authors.map((a) => `{${bibEscape(a)}}`).join(' and ')]);
  if (t) {
    fields.push(['translator', `{${bibEscape(t.translator)}}`], ['origtitle', `{${bibEscape(t.originalTitle)}}`], ['origlanguage', t.originalLanguage]);
    if (t.originalPublisher) fields.push(['origpublisher', bibEscape(t.originalPublisher)]);
    fields.push(['origdate', t.originalDate.stated ? t.originalDate.date : t.originalDate.estimate]);
  }
  if (r.outlet) fields.push([t ? 'organization' : 'journaltitle', bibEscape(r.outlet)], ['publisher', bibEscape(r.outlet)]);
  fields.push(['date', r.date.stated ? r.date.date : r.date.estimate]);
  fields.push(['year', String(parts[0])]);
  if (parts[1]) fields.push(['month', String(parts[1])]);
  fields.push(['url', r.url]);
  if (r.accessed) fields.push(['urldate', r.accessed]);
  if (r.keywords?.length) fields.push(['keywords', r.keywords.map(bibEscape).join(', ')]);
  fields.push(['langid', r.language], ['note', bibEscape(r.note)]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@${t ? 'online' : 'article'}{${r.id},\n${body}\n}\n`;
}

export const CONTENT_TYPES = {
  ris: 'application/x-research-info-systems; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
} as const;
