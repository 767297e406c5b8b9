/**
 * What the browse pages and data endpoints should show, derived from content/ (the
 * programme data and the reports), never from the built site: which reports a province
 * or region page lists, and the site's reading order.
 */
import type { Programme } from '../../../src/core/schemas/programme';
import { loadArchive } from '../../helpers/content';
import { ROOT, loadReports, type ReportOnDisk } from './content';

export const programmes = (): Programme[] => loadArchive(ROOT).programmes;
export const provinces = () => loadArchive(ROOT).provinces;
export const regions = () => loadArchive(ROOT).regions;

/** Reports in the site's reading order: by capture number (000–004). */
export function reportsInCaptureOrder(): ReportOnDisk[] {
  const number = (r: ReportOnDisk) => r.data.source.file.split('/').pop()!.slice(0, 3);
  return loadReports().sort((a, b) => number(a).localeCompare(number(b)));
}

/** Slugs of the programmes a province supports, sorted. */
export function provinceSlugs(id: string): string[] {
  return programmes()
    .filter((p) => p.province === id)
    .map((p) => p.slug)
    .sort();
}

/** Slugs of the programmes that name a region as a recipient, primary or not, sorted. */
export function regionSlugs(id: string): string[] {
  return programmes()
    .filter((p) => p.recipients.some((r) => r.region === id))
    .map((p) => p.slug)
    .sort();
}

/** Every page of the reading site other than reports and the 404, as paths relative to the base. */
export function browsePages(): string[] {
  return [
    './',
    './reports/',
    './provinces/',
    ...provinces().map((p) => `./provinces/${p.id}/`),
    './regions/',
    ...regions().regions.map((r) => `./regions/${r.id}/`),
    './about/',
  ];
}

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
