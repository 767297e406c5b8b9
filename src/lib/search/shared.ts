/**
 * What the index builder (records.ts, at build time) and the search page's client
 * (client.ts, in the browser) agree on, without pulling build-time code into the browser.
 */

/** The language Pagefind files the records under: one that Pagefind does not segment. */
export const RECORD_LANGUAGE = 'und';

/** The kinds of record. */
export type RecordKind = 'title' | 'heading' | 'paragraph' | 'caption' | 'figure' | 'summary';

/** Filter names, as they appear in the URL of the search page (?province=zhejiang&theme=医疗). */
export const FILTER_KEYS = ['province', 'region', 'theme', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A filter the page does not offer: the report a record belongs to (for per-report counts). */
export const REPORT_FILTER = 'report';

/** The id of the summary panel on a report page (src/components/ProgrammeSummary.astro). */
export const SUMMARY_ANCHOR = 'programme';

/** Figures in the summary panel have the id fig-<figure id>. */
export const FIGURE_PREFIX = 'fig-';

/**
 * Where the browser finds the lookup file (relative to the site's base): the fold map
 * and, per report, what a result shows besides its own text.
 */
export const LOOKUP_PATH = 'search/lookup.json';

/**
 * Dashes and slashes, which Pagefind does not split words at: in an English record's
 * content each is a space (Taizhou–Alar is two words, so Alar finds it), one character for
 * one, so the content's word offsets are the text's; the browser counts words the same way.
 */
export const ENGLISH_WORD_BREAKS = /[\u2012-\u2015/]/g;

/** The English search's lookup file (src/lib/search/english.ts), beside its page /en/search/. */
export const ENGLISH_LOOKUP_PATH = 'en/search/lookup.json';

/**
 * The search page's attribute (on its results) that the index builder fills, once
 * Pagefind has written its files, with those every search loads after pagefind.js has
 * read its entry file (metadata, WebAssembly; paths under the site's base, space-separated):
 * the page asks for them as soon as it has a query.
 */
export const PRELOAD_ATTRIBUTE = 'data-pagefind-preload';

/** One report in the lookup file. */
interface LookupReport {
  /** The report's title, as printed. */
  title: string;
  /** The programme's short name (ours, Simplified). */
  programme: string;
  /** The report's script ('en' in the English lookup file). */
  lang: string;
  /** English lookup file: the script of the report translated (its Chinese page, which each result also links to). */
  original?: string;
  /** Figure id → "label：value" (label ours, value as printed). */
  figures: Record<string, string>;
  /**
   * Paragraph id → offsets in its text after which the page shows a note reference
   * (r1, r2 … after restored or lost text): a text directive must not run across one.
   */
  notes: Record<string, number[]>;
  /**
   * Paragraph id → [start, end) stretches of its text that the summary panel above the
   * report quotes verbatim: a text directive for a hit inside one must reach outside it,
   * or the browser would land on the quote in the panel.
   */
  quoted: Record<string, [number, number][]>;
  /**
   * Every record of the report, as [Pagefind's id for it, its element id]: first its
   * text in reading order (title, then the body's headings, paragraphs and captions),
   * then the summary panel's figures and editorial summary.
   */
  records: [string, string][];
  /** How many of `records` are the text: the length of the report's hit distribution. */
  text: number;
}

export interface Lookup {
  version: 2;
  /** The fold map as character pairs (normalise.ts, foldMapFromPairs). */
  fold: string;
  reports: Record<string, LookupReport>;
}

/**
 * The kind of record an element id stands for: '' the report's title, pN a paragraph,
 * fN a lost image's caption, fig-… a figure, programme the editorial summary, anything
 * else a heading.
 */
export function kindOfAnchor(anchor: string): RecordKind {
  if (anchor === '') return 'title';
  if (/^p\d+$/.test(anchor)) return 'paragraph';
  if (/^f\d+$/.test(anchor)) return 'caption';
  if (anchor.startsWith(FIGURE_PREFIX)) return 'figure';
  if (anchor === SUMMARY_ANCHOR) return 'summary';
  return 'heading';
}

/**
 * The page of a report under `base` (its English page for 'en', as src/lib/url.ts builds
 * it), with `#fragment` when one is given: a record's URL.
 */
export function recordUrl(base: string, slug: string, fragment = '', lang?: 'en'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${lang === 'en' ? 'en/' : ''}reports/${slug}/${fragment ? `#${fragment}` : ''}`;
}

/** Reads a record's URL (as the index stores it, base path included) back into report and anchor. */
export function parseRecordUrl(url: string): { slug: string; anchor: string } | null {
  const m = /\/reports\/([^/#?]+)\/(?:#(.*))?$/.exec(url);
  if (!m) return null;
  let anchor = m[2] ?? '';
  try {
    anchor = decodeURIComponent(anchor);
  } catch {
    // keep as is
  }
  return { slug: m[1]!, anchor };
}
