import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { readVerifiedCapture } from '../../lib/captures';
import { getReports } from '../../lib/reports';

/**
 * The raw captures, served byte for byte: /sources/000_135aae545a4bb161.txt. One per
 * report, checked against the report's recorded sha256; never decoded, so even broken
 * bytes survive.
 */
export const getStaticPaths = (async () => {
  const reports = await getReports();
  return Promise.all(
    reports.map(async (report) => ({
      params: { file: path.basename(report.data.source.file) },
      props: { bytes: await readVerifiedCapture(`content/reports/${report.id}.mdx`, report.data.source) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Buffer }> = ({ props }) =>
  new Response(new Uint8Array(props.bytes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
