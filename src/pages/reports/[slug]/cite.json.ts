/**
 * /reports/<slug>/cite.json: the report's citation (src/lib/apparatus/cite-export.ts).
 * Static file; the content type is set for static hosts in public/_headers.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFile } from '../../../lib/apparatus/citation-files';
import { perReportPaths, type ReportEntry } from '../../../lib/reports';

export const getStaticPaths = perReportPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ report: ReportEntry }> = ({ props, site }) => citationFile('json', props.report, site);
