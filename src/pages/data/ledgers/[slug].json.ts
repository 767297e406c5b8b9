import type { APIRoute, GetStaticPaths } from 'astro';
import type { LedgerEntry } from '../../../core/schemas/ledger';
import { archive } from '../../../lib/content';

/**
 * /data/ledgers/<slug>.json: the cleaning pipeline's line-by-line ledger of one report
 * (content/ledgers/<slug>.json): every line of the raw capture, kept as article text
 * (with its role), moved into metadata (with its field), or dropped (with the reason).
 * Written as the pipeline writes it (two-space JSON and a final newline), so the download
 * is the file byte for byte.
 */
export const getStaticPaths = (async () => {
  const { ledgers } = await archive();
  return [...ledgers].map(([slug, ledger]) => ({ params: { slug }, props: { ledger } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ ledger: LedgerEntry[] }> = ({ props }) =>
  new Response(`${JSON.stringify(props.ledger, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
