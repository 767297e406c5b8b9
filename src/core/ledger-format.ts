import type { Ledger } from './schemas/ledger';

/**
 * The ledger as written: JSON with one line per capture line and one per edit, so that a
 * change to the pipeline's output shows in a diff as the lines and edits it touches. The
 * pipeline writes content/ledgers/<slug>.json with it, and the site serves the download
 * with it, so the download is the file byte for byte.
 */
export function formatLedger(ledger: Ledger): string {
  const entry = (e: Ledger['lines'][number]): string => {
    if (e.kept !== 'article' || e.edits.length === 0) return `    ${JSON.stringify(e)}`;
    const { edits, ...line } = e;
    return `    ${JSON.stringify(line).slice(0, -1)},"edits":[\n${edits.map((edit) => `      ${JSON.stringify(edit)}`).join(',\n')}\n    ]}`;
  };
  return [
    '{',
    `  "version": ${JSON.stringify(ledger.version)},`,
    `  "source": ${JSON.stringify(ledger.source)},`,
    '  "lines": [',
    ledger.lines.map(entry).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}
