/**
 * How to cite a report of the archive.
 *
 * `citationData()` gathers everything a citation needs into one plain object (no
 * formatting, no HTML): the report's own metadata as the capture states it, the archive
 * as the container, the absolute permalink and the access date. The formatters turn it
 * into strings:
 *
 * - `formatGbt7714()` — GB/T 7714-2015, the report as a component (析出文献) of the
 *   archive: `责任者. 题名[N/OL]//援疆档案. 援疆档案, 日期[引用日期]. 网址. 原载: 首发媒体.`
 *   The host after `//` is the archive, and so is its publisher, which is always known
 *   (the place of publication is left out, as the standard allows for an online
 *   resource). The outlet that first published the report is not the archive's
 *   publisher: it follows the address as the original-publication statement, and is
 *   left out when the capture does not name it. Up to three authors, then 等; no author,
 *   the entry starts with the title (allowed in the numeric system, 顺序编码制); no
 *   stated date, the estimate in square brackets (the standard's mark for an estimated
 *   date).
 * - `formatChicago()` — Chicago Manual of Style (17th ed.), notes-bibliography system,
 *   bibliography entry: `Authors. “Title.” Outlet, Month D, YYYY. Archived in 援疆档案.
 *   Accessed Month D, YYYY. URL.` Chinese names are not inverted; no stated date gives
 *   `n.d. [ca. …]`; italics are left out (plain text).
 *
 * - `formatGbt7714Translation()` and `formatChicagoTranslation()` — the archive's English
 *   translation of a report, as a work of the archive (its translator and publisher),
 *   with the original report as its source (`translationCitationData()`).
 *
 * All take the access date from the data, which the site sets to its build date (see
 * src/lib/build-info.ts). Other exports (RIS, BibTeX, CSL-JSON) should start from
 * `citationData()` too, so every format says the same thing.
 */
import type { Programme } from '../core/schemas/programme';
import type { Report } from '../core/schemas/report';
import { SITE_NAME, wording, type Lang } from '../i18n';

/** Where the archive is published, and when the citation is made. */
interface CitationOptions {
  /** Astro's `site`: the deployed archive's origin (and path, if any), e.g. https://example.org. */
  site: string | URL;
  /** Astro's base path, '/' or '/archive/' (import.meta.env.BASE_URL). */
  base: string;
  /** The access date, YYYY-MM-DD: the build date of the site (src/lib/build-info.ts). */
  accessed: string;
}

interface CitationPerson {
  name: string;
  /** The role as printed: 记者, 通讯员, 编辑, 一审… */
  role: string;
}

/** A date the report states, or none (then the archive's estimate). */
type CitationIssued =
  | {
      stated: true;
      /** YYYY-MM-DD */
      date: string;
      /** HH:MM or HH:MM:SS, where printed. */
      time: string | null;
    }
  | {
      stated: false;
      /** As in the report's provenance: 2023, 2023-09 or 2022-10/2023-06. */
      estimate: string;
      /** The start and end of the estimate (equal for a single year or month). */
      from: string;
      to: string;
    };

export interface CitationData {
  slug: string;
  /** The report's title as printed (its own script). */
  title: string;
  /** The printed subtitle, or null. */
  deck: string | null;
  /** The script of the report (and of title, names and outlet). */
  language: Lang;
  /** Reporters and correspondents, in printed order. */
  authors: CitationPerson[];
  /** Editors and the review chain, in printed order. */
  editors: CitationPerson[];
  /** The outlet that first published the report, or null where the capture does not say. */
  outlet: string | null;
  /** Intermediaries between outlet and captured site. */
  via: string[];
  /** The site the capture was taken from, or null. */
  capturedFrom: string | null;
  issued: CitationIssued;
  /** YYYY-MM-DD; the site's build date. */
  accessed: string;
  /** The report page on the archive, absolute: site + base + reports/<slug>/. */
  permalink: string;
  /** The container. */
  archive: { title: string; url: string };
  /** The raw capture as served by the archive. */
  capture: { file: string; url: string; sha256: string };
  /** Subject information from the programme data (ours, Simplified), or null. */
  programme: {
    title: string;
    /** Themes (Simplified). */
    keywords: string[];
    /** Recipients as printed in the report. */
    recipients: string[];
  } | null;
}

function withSlash(base: string): string {
  const b = base.startsWith('/') ? base : `/${base}`;
  return b.endsWith('/') ? b : `${b}/`;
}

/** An absolute address on the archive: site + base + path (path without a leading slash). */
export function archiveUrl(site: string | URL, base: string, path = ''): string {
  return new URL(`${withSlash(base)}${path.replace(/^\/+/, '')}`, site).href;
}

/** The permalink of a report page: site + base + reports/<slug>/. */
export function reportPermalink(site: string | URL, base: string, slug: string): string {
  return archiveUrl(site, base, `reports/${slug}/`);
}

/** The bounds of an estimate: '2022-10/2023-06' → ['2022-10', '2023-06']; '2023' → ['2023', '2023']. */
export function estimateBounds(estimate: string): [string, string] {
  const [from = estimate, to = from] = estimate.split('/');
  return [from, to];
}

/** Everything a citation of one report needs, as plain data. */
export function citationData(report: { id: string; data: Report }, programme: Programme | null | undefined, options: CitationOptions): CitationData {
  const d = report.data;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.accessed)) {
    throw new Error(`citationData: accessed must be YYYY-MM-DD (it is "${options.accessed}")`);
  }
  const file = d.source.file.split('/').pop() ?? d.source.file;
  const issued: CitationIssued = d.published.stated
    ? { stated: true, date: d.published.date, time: d.published.time ?? null }
    : (() => {
        const [from, to] = estimateBounds(d.published.estimate);
        return { stated: false as const, estimate: d.published.estimate, from, to };
      })();
  return {
    slug: report.id,
    title: d.title,
    deck: d.deck ?? null,
    language: d.script,
    authors: d.authors.map((p) => ({ name: p.name, role: p.role })),
    editors: d.editors.map((p) => ({ name: p.name, role: p.role })),
    outlet: d.outlet,
    via: [...d.via],
    capturedFrom: d.capturedFrom,
    issued,
    accessed: options.accessed,
    permalink: reportPermalink(options.site, options.base, report.id),
    archive: { title: SITE_NAME, url: archiveUrl(options.site, options.base) },
    capture: { file, url: archiveUrl(options.site, options.base, `sources/${file}`), sha256: d.source.sha256 },
    programme: programme
      ? {
          title: programme.title,
          keywords: [...(programme.themes ?? [])],
          recipients: programme.recipients.map((r) => r.name),
        }
      : null,
  };
}

/** The archive's English translation of a report: a work of the archive, the report its source. */
export interface TranslationCitationData {
  /** The report translated, as citationData() gives it. */
  original: CitationData;
  /** The title in English. */
  title: string;
  language: 'en';
  /** Who translated it: the archive. */
  translator: string;
  /** When, YYYY-MM-DD. */
  translated: string;
  /** The English page, absolute. */
  permalink: string;
  accessed: string;
}

/** Everything a citation of a report's translation needs: the original's data and the translation's own. */
export function translationCitationData(original: CitationData, translation: { title: string; translated: string }): TranslationCitationData {
  return {
    original,
    title: translation.title,
    language: 'en',
    translator: original.archive.title,
    translated: translation.translated,
    // The archive's address (site + base) + en/reports/<slug>/.
    permalink: new URL(`en/reports/${original.slug}/`, original.archive.url).href,
    accessed: original.accessed,
  };
}

// ---------------------------------------------------------------------------------------
// GB/T 7714-2015

/** GB/T 7714-2015 responsible persons: up to three names, then 等. */
export function gbtAuthors(authors: readonly CitationPerson[], lang: Lang): string {
  const names = authors.map((a) => a.name);
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')}, ${wording(lang).report.gbtEtAl}`;
}

/** 2025-08-05; an estimate in square brackets: [2023-09], [2022-10/2023-06]. */
function gbtDate(issued: CitationIssued): string {
  return issued.stated ? issued.date : `[${issued.estimate}]`;
}

/**
 * GB/T 7714-2015, the report as a component of the archive, which is both the host
 * (after `//`) and its publisher; the first outlet, where known, closes the entry:
 * 張環澤, 郭銳, 朱俊青. 山東援兵團十年間[N/OL]//援疆档案. 援疆档案, 2025-08-05[2025-11-25]. https://…/reports/…/. 原載: 大眾新聞客戶端.
 * With no outlet the entry ends at the address. The fixed words (等, 原载) follow `lang`
 * (default: the report's script).
 */
export function formatGbt7714(data: CitationData, lang: Lang = data.language): string {
  const t = wording(lang).report;
  const authors = gbtAuthors(data.authors, lang);
  const head = authors === '' ? '' : `${authors}. `;
  const host = data.archive.title;
  const original = data.outlet === null ? '' : ` ${t.gbtOriginally}: ${closed(data.outlet)}`;
  return `${head}${data.title}[N/OL]//${host}. ${host}, ${gbtDate(data.issued)}[${data.accessed}]. ${data.permalink}.${original}`;
}

/**
 * GB/T 7714-2015, the translation: the original's authors, the English title, the archive
 * as translator (译者, in the English of the document cited: trans.) and publisher, the
 * date of translation and the access date; then the original report, its outlet and date:
 * 張環澤, 郭銳, 朱俊青. Ten Years of …[N/OL]. 援疆档案, trans. 援疆档案, 2026-12-02[2026-12-03]. https://…/en/reports/…/. Original: 山東援兵團十年間[N]. 大眾新聞客戶端, 2025-08-05. https://…/reports/…/.
 */
export function formatGbt7714Translation(data: TranslationCitationData): string {
  const { original } = data;
  const authors = gbtAuthors(original.authors, data.language);
  const head = authors === '' ? '' : `${authors}. `;
  const source = `${original.outlet === null ? '' : `${original.outlet}, `}${gbtDate(original.issued)}`;
  return `${head}${data.title}[N/OL]. ${data.translator}, trans. ${data.translator}, ${data.translated}[${data.accessed}]. ${data.permalink}. Original: ${original.title}[N]. ${source}. ${original.permalink}.`;
}

// ---------------------------------------------------------------------------------------
// Chicago (notes-bibliography, bibliography entry)

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2025-08-05 → August 5, 2025; 2023-09 → September 2023; 2023 → 2023. */
export function chicagoDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  if (!y || !/^\d{4}$/.test(y)) throw new Error(`chicagoDate: not a date: "${isoDate}"`);
  if (m === undefined) return y;
  const month = MONTHS[Number(m) - 1];
  if (!month) throw new Error(`chicagoDate: not a month: "${isoDate}"`);
  if (d === undefined) return `${month} ${y}`;
  return `${month} ${Number(d)}, ${y}`;
}

/** August 5, 2025; undated: n.d. [ca. September 2023], n.d. [ca. October 2022–June 2023]. */
export function chicagoIssued(issued: CitationIssued): string {
  if (issued.stated) return chicagoDate(issued.date);
  const range = issued.from === issued.to ? chicagoDate(issued.from) : `${chicagoDate(issued.from)}–${chicagoDate(issued.to)}`;
  return `n.d. [ca. ${range}]`;
}

/** Chicago's author list; Chinese names keep their order: A, B, and C. */
export function chicagoAuthors(authors: readonly CitationPerson[]): string {
  const names = authors.map((a) => a.name);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** Ends a part with a period unless it already ends in sentence punctuation (also full-width). */
function closed(text: string): string {
  return /[.!?。！？]$/.test(text) ? text : `${text}.`;
}

/**
 * Chicago, notes-bibliography system, bibliography entry:
 * 张环泽, 郭锐, and 朱俊青. “山東援兵團十年間.” 大眾新聞客戶端, August 5, 2025. Archived in 援疆档案. Accessed November 25, 2025. https://…/.
 */
export function formatChicago(data: CitationData): string {
  const parts: string[] = [];
  const authors = chicagoAuthors(data.authors);
  if (authors !== '') parts.push(closed(authors));
  parts.push(`“${closed(data.title)}”`);
  const issued = chicagoIssued(data.issued);
  parts.push(data.outlet === null ? `${issued}.` : `${data.outlet}, ${issued}.`);
  parts.push(`Archived in ${data.archive.title}.`);
  parts.push(`Accessed ${chicagoDate(data.accessed)}.`);
  parts.push(`${data.permalink}.`);
  return parts.join(' ');
}

/**
 * Chicago, bibliography entry of the translation:
 * 张环泽, 郭锐, and 朱俊青. “Ten Years of ….” Translated by 援疆档案. 援疆档案, December 2, 2026. Originally published as “山東援兵團十年間,” 大眾新聞客戶端, August 5, 2025. Accessed December 3, 2026. https://…/en/reports/…/.
 */
export function formatChicagoTranslation(data: TranslationCitationData): string {
  const { original } = data;
  const parts: string[] = [];
  const authors = chicagoAuthors(original.authors);
  if (authors !== '') parts.push(closed(authors));
  parts.push(`“${closed(data.title)}”`);
  parts.push(`Translated by ${data.translator}.`);
  parts.push(`${data.translator}, ${chicagoDate(data.translated)}.`);
  parts.push(`Originally published as “${original.title},” ${original.outlet === null ? '' : `${original.outlet}, `}${chicagoIssued(original.issued)}.`);
  parts.push(`Accessed ${chicagoDate(data.accessed)}.`);
  parts.push(`${data.permalink}.`);
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------
// Marking up a citation string

/** A run of a citation string: the archive's name, Chinese text, or anything else. */
interface ScriptRun {
  kind: 'name' | 'han' | 'other';
  text: string;
}

const HAN_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+(?:[ \u3000]+[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+)*/gu;

/**
 * Splits a citation into runs so a page can give each its `lang`: every occurrence of
 * `name` (the archive's name, always Simplified), runs of Chinese (Han characters and
 * full-width punctuation, with the spaces between them), and the rest. Joining the texts
 * gives back the string.
 */
export function scriptRuns(text: string, name: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  const push = (kind: ScriptRun['kind'], t: string) => {
    if (t === '') return;
    const last = runs[runs.length - 1];
    if (last && last.kind === kind && kind !== 'name') last.text += t;
    else runs.push({ kind, text: t });
  };
  const pieces = name === '' ? [text] : text.split(name);
  pieces.forEach((piece, i) => {
    if (i > 0) push('name', name);
    let last = 0;
    for (const m of piece.matchAll(HAN_RUN)) {
      push('other', piece.slice(last, m.index));
      push('han', m[0]);
      last = m.index + m[0].length;
    }
    push('other', piece.slice(last));
  });
  return runs;
}
