/**
 * The review table `npm run add` prints: every line of the capture, how cleaning
 * classified it (article paragraph, metadata field, or dropped with its reason) and the
 * rule that decided it, with the start of its text.
 */
import type { Ledger } from '../../src/core/schemas/ledger';

const TEXT_WIDTH = 36;

type LedgerLine = Ledger['lines'][number];

function classification(entry: LedgerLine): string {
  if (entry.kept === 'article') return `article ${entry.anchor ?? entry.role}`;
  if (entry.kept === 'metadata') return `metadata ${entry.field}`;
  return `dropped ${entry.reason}`;
}

function decidedBy(entry: LedgerLine, claimedBy: ReadonlyMap<number, string>): string {
  const rule = claimedBy.get(entry.line);
  if (rule !== undefined) return rule.replace(/^content\/captures\//, '');
  if (entry.kept === 'article') return 'inside article.first … article.last';
  if (entry.kept === 'dropped' && entry.reason === 'blank') return 'blank';
  if (entry.kept === 'dropped' && entry.reason === 'duplicateTitle') return 'the title rule, a second time';
  return '';
}

const excerpt = (text: string) => {
  const chars = [...text.trim()];
  return chars.length > TEXT_WIDTH ? `${chars.slice(0, TEXT_WIDTH - 1).join('')}…` : chars.join('');
};

export function reviewTable(ledger: Ledger, claimedBy: ReadonlyMap<number, string>): string {
  const rows = ledger.lines.map((entry) => [String(entry.line), classification(entry), decidedBy(entry, claimedBy), excerpt(entry.text)]);
  const header = ['line', 'classified', 'by', 'text'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padStart(widths[0]!) : column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return [format(header), ...rows.map(format)].join('\n');
}

/** How many lines each classification has: the table's last line. */
export function reviewSummary(ledger: Ledger): string {
  const count = (kept: LedgerLine['kept']) => ledger.lines.filter((entry) => entry.kept === kept).length;
  const unreviewed = ledger.lines.filter((entry) => entry.kept === 'dropped' && entry.reason === 'unreviewed').length;
  return `${ledger.lines.length} lines: ${count('article')} article, ${count('metadata')} metadata, ${count('dropped')} dropped (${unreviewed} not yet reviewed)`;
}
