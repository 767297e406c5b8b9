import type { APIRoute, GetStaticPaths } from 'astro';
import { formatLedger } from '../../../core/ledger-format';
import type { Ledger } from '../../../core/schemas/ledger';
import { archive } from '../../../lib/content';

/**
 * /data/ledgers/<slug>.json: the cleaning pipeline's line-by-line ledger of one report
 * (content/ledgers/<slug>.json): every line of the raw capture, kept as article text
 * (with its role), moved into metadata (with its field), or dropped (with the reason).
 * Written as the pipeline writes it (formatLedger), so the download is the file byte for
 * byte; its format is documented in content/ledgers/README.md.
 */
export const getStaticPaths = (async () => {
  const { ledgers } = await archive();
  return [...ledgers].map(([slug, ledger]) => ({ params: { slug }, props: { ledger } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ ledger: Ledger }> = ({ props }) =>
  new Response(formatLedger(props.ledger), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
