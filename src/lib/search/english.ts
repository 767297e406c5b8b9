/**
 * The English index: what /en/search/ finds. One record per block of each report's
 * English translation (content/translations/en/, the same ids as the Chinese page), per
 * English title, per key figure (its English label and the value as printed) and for the
 * English editorial summary, each linking to the English report page
 * (`${base}en/reports/<slug>/#<id>`). The records are filed under language 'en', so
 * Pagefind writes them to an index of their own, stemmed as English; the Chinese records
 * (records.ts, language 'und') are untouched. Their content is the text as the reader
 * sees it (dashes and slashes as spaces, ENGLISH_WORD_BREAKS), so the word locations
 * Pagefind returns with a result mark the words it matched.
 *
 * Pure, like records.ts: the search integration feeds it the content.
 */
import type { Programme } from '../../core/schemas/programme';
import type { Translation } from '../../core/schemas/translation';
import { translatedSegments } from '../../core/translation-text';
import { ENGLISH_WORD_BREAKS, FIGURE_PREFIX, recordUrl, SUMMARY_ANCHOR, kindOfAnchor, type Lookup, type RecordKind } from './shared';
import { lookupRecords, programmeFor, recordFilters, type IndexedRecords, type IndexEntry, type SourceReport } from './records';

/** The language of the English records: Pagefind's English index, with its stemmer. */
export const ENGLISH_LANGUAGE = 'en';

export interface EnglishInput {
  reports: SourceReport[];
  programmes: Programme[];
  translations: Translation[];
  base: string;
}

/** A translated block as its words: restored words as they read, a gap as nothing (not the report's words). */
const translatedWords = (block: string): string =>
  translatedSegments(block)
    .map((s) => (s.type === 'gap' ? ' ' : s.value))
    .join('');

/** Whitespace as one space: Pagefind's word locations count the content's space-separated words. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** An English figure as the index holds it and a result shows it: its label and the value as printed. */
export const englishFigure = (f: { labelEn: string; value: string }): string => `${f.labelEn}: ${f.value}`;

/** The reports that have an English translation (a report may have none yet: it is then not in the English index), with it. */
export function translatedReports(input: Pick<EnglishInput, 'reports' | 'translations'>): { report: SourceReport; translation: Translation }[] {
  return input.reports.flatMap((report) => {
    const translation = input.translations.find((t) => t.report === report.slug);
    return translation ? [{ report, translation }] : [];
  });
}

/** The English entries of the translated reports, report by report, each in reading order: title, blocks, then the summary panel. */
export function buildEnglishEntries(input: EnglishInput): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const { report, translation } of translatedReports(input)) {
    const programme = programmeFor(input.programmes, report.slug);
    const filters = recordFilters(report, programme);
    const add = (kind: RecordKind, anchor: string, raw: string) => {
      const text = oneLine(raw);
      if (text === '') return;
      const url = recordUrl(input.base, report.slug, anchor, ENGLISH_LANGUAGE);
      const content = text.replace(ENGLISH_WORD_BREAKS, ' ');
      entries.push({ slug: report.slug, kind, anchor, url, text, searchable: text, content, filters: structuredClone(filters) });
    };
    add('title', '', translation.deck ? `${translation.title} — ${translation.deck}` : translation.title);
    for (const [anchor, block] of Object.entries(translation.blocks)) add(kindOfAnchor(anchor), anchor, translatedWords(block));
    for (const f of programme.figures ?? []) add('figure', `${FIGURE_PREFIX}${f.id}`, englishFigure(f));
    if (programme.summaryEn !== undefined) add('summary', SUMMARY_ANCHOR, programme.summaryEn);
  }
  return entries;
}

/**
 * The English lookup file (en/search/lookup.json): the same shape as the Chinese one
 * (records.ts, buildLookup), so the page groups and places English hits the same way;
 * no fold map, and `original` gives the script of the Chinese page each result also links to.
 */
export function buildEnglishLookup(input: Omit<EnglishInput, 'base'>, records: IndexedRecords): Lookup {
  const reports: Lookup['reports'] = {};
  for (const { report: r, translation } of translatedReports(input)) {
    const p = programmeFor(input.programmes, r.slug);
    reports[r.slug] = {
      title: translation.title,
      programme: p.titleEn,
      lang: ENGLISH_LANGUAGE,
      original: r.script,
      figures: Object.fromEntries((p.figures ?? []).map((f) => [f.id, englishFigure(f)])),
      notes: {},
      quoted: {},
      ...lookupRecords(r.slug, records),
    };
  }
  return { version: 2, fold: '', reports };
}
