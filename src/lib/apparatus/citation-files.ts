/** The per-report citation files (/reports/<slug>/cite.ris, .bib, .json), for their routes. */
import { archive, type ReportEntry } from '../content';
import { CONTENT_TYPES, toBibtex, toCslJson, toRis, type ExportRecord } from './cite-export';
import { exportRecord, reportCitation, reportTranslationCitation, translationExportRecord } from './citation-record';

const FORMATTERS = { ris: toRis, bib: toBibtex, json: toCslJson } as const;
type Format = keyof typeof FORMATTERS;

const file = (format: Format, record: ExportRecord) => new Response(FORMATTERS[format](record), { headers: { 'Content-Type': CONTENT_TYPES[format] } });

/** A report's citation as a file in one export format, with its content type. */
export async function citationFile(format: Format, report: ReportEntry, site: URL | undefined): Promise<Response> {
  const programme = (await archive()).programmes.find((p) => p.slug === report.id) ?? null;
  return file(format, exportRecord(reportCitation(report, programme, site)));
}

/** The citation of a report's English translation (/en/reports/<slug>/cite.*), as a file. */
export async function translationCitationFile(format: Format, report: ReportEntry, site: URL | undefined): Promise<Response> {
  const { programmes, translations } = await archive();
  const programme = programmes.find((p) => p.slug === report.id) ?? null;
  const translation = translations.get(report.id);
  if (!translation) throw new Error(`report "${report.id}" has no translation (content/translations/en/${report.id}.json)`);
  return file(format, translationExportRecord(reportTranslationCitation(report, programme, translation, site)));
}
