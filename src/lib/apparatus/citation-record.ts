/**
 * The export record (cite-export.ts) and the citation_* meta tags of one report, built
 * from the site's citation data (src/lib/citation.ts, citationData()) so that every
 * format says the same thing as the cite block: permalink, access date (build date),
 * outlet, authors, stated or estimated date.
 */
import { BUILD_DATE } from '../build-info';
import { citationData, translationCitationData, type CitationData, type TranslationCitationData } from '../citation';
import type { Translation } from '../../core/schemas/translation';
import type { Programme } from '../../core/schemas/programme';
import { wording } from '../../i18n';
import type { Report } from '../../core/schemas/report';
import { recordYear, type ExportRecord } from './cite-export';

/** citationData() for a report, with the site's address, base path and build date. */
export function reportCitation(report: { id: string; data: Report }, programme: Programme | null, site: URL | string | undefined): CitationData {
  if (site === undefined) throw new Error('astro.config.mjs sets no `site`: citations need absolute URLs');
  return citationData(report, programme, { site, base: import.meta.env.BASE_URL, accessed: BUILD_DATE });
}

/** translationCitationData() for a report's English translation, on the site as built. */
export function reportTranslationCitation(
  report: { id: string; data: Report },
  programme: Programme | null,
  translation: Translation,
  site: URL | string | undefined,
): TranslationCitationData {
  return translationCitationData(reportCitation(report, programme, site), translation);
}

/** The export record of a translation: a page of the archive, which translated it, with the original report as its source. */
export function translationExportRecord(c: TranslationCitationData): ExportRecord {
  const o = c.original;
  const notes = [
    `The archive’s own translation into English, not an official one, of the ${o.language === 'zh-Hant' ? 'Traditional' : 'Simplified'} Chinese text as published`,
    `original in the archive: ${o.permalink}`,
    `capture ${o.capture.file}, SHA-256 ${o.capture.sha256}`,
  ];
  return {
    id: `${o.slug}-en`,
    title: c.title,
    authors: o.authors.map((a) => a.name),
    date: { stated: true, date: c.translated },
    outlet: c.translator,
    url: c.permalink,
    language: c.language,
    archive: o.archive.title,
    note: `${notes.join('; ')}.`,
    accessed: c.accessed,
    translation: {
      translator: c.translator,
      originalTitle: o.title,
      originalPublisher: o.outlet,
      originalDate: o.issued.stated ? { stated: true, date: o.issued.date } : { stated: false, estimate: o.issued.estimate },
      originalLanguage: o.language,
    },
  };
}

export function exportRecord(c: CitationData): ExportRecord {
  const t = wording(c.language).report;
  const notes: string[] = [];
  if (c.deck) notes.push(c.deck);
  if (c.via.length > 0) notes.push(`${t.via}：${c.via.join(' → ')}`);
  if (c.capturedFrom) notes.push(`${t.capturedFrom}：${c.capturedFrom}`);
  if (!c.issued.stated) notes.push(`${t.dateEstimated} ${c.issued.estimate}`);
  notes.push(`${c.archive.title}：${c.capture.file}，SHA-256 ${c.capture.sha256}`);
  return {
    id: c.slug,
    title: c.title,
    authors: c.authors.map((a) => a.name),
    date: c.issued.stated ? { stated: true, date: c.issued.date } : { stated: false, estimate: c.issued.estimate },
    outlet: c.outlet,
    url: c.permalink,
    language: c.language,
    archive: c.archive.title,
    note: notes.join('；'),
    accessed: c.accessed,
    keywords: c.programme?.keywords ?? [],
  };
}

/** Highwire-style citation_* meta tags (Google Scholar, Zotero), in order. */
export function citationMeta(record: ExportRecord): { name: string; content: string }[] {
  const date = record.date.stated ? record.date.date.replace(/-/g, '/') : String(recordYear(record.date));
  return [
    { name: 'citation_title', content: record.title },
    ...record.authors.map((content) => ({ name: 'citation_author', content })),
    { name: 'citation_publication_date', content: date },
    ...(record.outlet
      ? [
          { name: 'citation_journal_title', content: record.outlet },
          { name: 'citation_publisher', content: record.outlet },
        ]
      : []),
    { name: 'citation_public_url', content: record.url },
    { name: 'citation_abstract_html_url', content: record.url },
    { name: 'citation_language', content: record.language },
    ...(record.keywords ?? []).map((content) => ({ name: 'citation_keywords', content })),
  ];
}
