import type { APIRoute } from 'astro';
import { archive } from '../../lib/content';
import { programmesAsJson } from '../../lib/programmes';

/**
 * /data/programmes.json: the programme data of every report (src/lib/programmes.ts,
 * programmesAsJson), in capture order. Report links and figure permalinks are paths from
 * the site root with the base path included (/archive/reports/<slug>/#p7 under
 * BASE_PATH=/archive/).
 */
export const GET: APIRoute = async () => {
  const body = `${JSON.stringify(programmesAsJson((await archive()).programmes, import.meta.env.BASE_URL), null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
