/**
 * What the search index is built from, handed from the site to the search integration:
 * the endpoint src/pages/search/index-input.json.ts writes it into the build from the
 * content layer (the reports, their programmes, their English translations), and src/integrations/search-index.ts reads it from there after the
 * build and removes it, so it is never published.
 */
import type { Programme } from '../../core/schemas/programme';
import type { Report } from '../../core/schemas/report';
import type { Translation } from '../../core/schemas/translation';
import { publicationYears, type SourceReport } from './records';

/** Where in the build output the input is written (relative to the output folder). */
export const SEARCH_INPUT_PATH = 'search/index-input.json';

export interface SearchInput {
  reports: SourceReport[];
  programmes: Programme[];
  /** The English translations (src/lib/search/english.ts). */
  translations: Translation[];
}

interface ReportEntry {
  id: string;
  data: Report;
  body?: string | undefined;
}

/** One report as the index needs it. */
export function sourceReport(report: ReportEntry): SourceReport {
  const { title, deck, script, published } = report.data;
  return { slug: report.id, title, deck, script, years: publicationYears(published), body: report.body ?? '' };
}

/** The reports as the index takes them, sorted by slug: the fold map, and so lookup.json, come out the same on every build. */
export function sourceReports(reports: readonly ReportEntry[]): SourceReport[] {
  return [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(sourceReport);
}
