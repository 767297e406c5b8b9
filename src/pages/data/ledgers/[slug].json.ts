import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

/**
 * /data/ledgers/<slug>.json: the cleaning pipeline's line-by-line ledger of one report
 * (content/ledgers/<slug>.json), served byte for byte: every line of the raw capture,
 * kept as article text (with its role), moved into metadata (with its field), or dropped
 * (with the reason).
 */
const LEDGERS_DIR = path.resolve(process.cwd(), 'content/ledgers');

export const getStaticPaths = (() =>
  readdirSync(LEDGERS_DIR)
    .filter((f) => /^[a-z0-9]+(-[a-z0-9]+)*\.json$/.test(f))
    .sort()
    .map((f) => ({ params: { slug: f.replace(/\.json$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const slug = params.slug;
  if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return new Response(null, { status: 404 });
  const bytes = readFileSync(path.join(LEDGERS_DIR, `${slug}.json`));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
