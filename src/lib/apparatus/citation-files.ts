/** The per-report citation files (/reports/<slug>/cite.ris, .bib, .json), for their routes. */
import { archive, type ReportEntry } from '../content';
import { CONTENT_TYPES, toBibtex, toCslJson, toRis } from './cite-export';
import { exportRecord, reportCitation } from './citation-record';

const FORMATTERS = { ris: toRis, bib: toBibtex, json: toCslJson } as const;

/** A report's citation as a file in one export format, with its content type. */
export async function citationFile(format: keyof typeof FORMATTERS, report: ReportEntry, site: URL | undefined): Promise<Response> {
  const programme = (await archive()).programmes.find((p) => p.slug === report.id) ?? null;
  return new Response(FORMATTERS[format](exportRecord(reportCitation(report, programme, site))), {
    headers: { 'Content-Type': CONTENT_TYPES[format] },
  });
}
