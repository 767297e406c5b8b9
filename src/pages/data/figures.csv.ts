import type { APIRoute } from 'astro';
import { archive } from '../../lib/content';
import { figuresAsCsv } from '../../lib/programmes';

/**
 * /data/figures.csv: every key figure of every programme, one row each (RFC 4180,
 * UTF-8, CRLF; columns in src/lib/programmes.ts FIGURE_CSV_COLUMNS). Permalinks carry
 * the base path.
 */
export const GET: APIRoute = async () =>
  new Response(figuresAsCsv((await archive()).programmes, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
