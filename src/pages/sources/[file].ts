import type { APIRoute, GetStaticPaths } from 'astro';
import { archive } from '../../lib/content';
import { sourceBasename } from '../../lib/url';

/**
 * The raw captures, served byte for byte: /sources/000_135aae545a4bb161.txt. One per
 * report, from the sources collection, whose SHA-256 the report's frontmatter records
 * (checked in src/lib/content/checks.ts). A capture is UTF-8, decoded strictly with its
 * byte order mark kept, so encoding its text gives back exactly the bytes that were hashed.
 */
export const getStaticPaths = (async () => {
  const { reports, captures } = await archive();
  return reports.map((report) => ({
    params: { file: sourceBasename(report.data.source.file) },
    props: { text: captures.get(report.data.source.file)!.text },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(new TextEncoder().encode(props.text), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
