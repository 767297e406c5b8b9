/**
 * /reports/<slug>/cite.json: the report's citation (src/lib/apparatus/cite-export.ts).
 * Static file; the content type is set for static hosts in public/_headers.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../../../lib/reports';
import { exportRecord, reportCitation } from '../../../lib/apparatus/citation-record';
import { CONTENT_TYPES, toCslJson } from '../../../lib/apparatus/cite-export';

export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.map((report) => ({ params: { slug: report.id }, props: { report } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { report } = props as { report: Awaited<ReturnType<typeof getReports>>[number] };
  return new Response(toCslJson(exportRecord(reportCitation(report, site))), {
    headers: { 'Content-Type': CONTENT_TYPES.json },
  });
};
