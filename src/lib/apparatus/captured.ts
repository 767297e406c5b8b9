/**
 * The as-captured view of a report: its article lines exactly as captured, with the
 * stretches that cleaning changed wrapped in marks (never altered), and the runs of
 * non-article lines between them.
 */
import type { DropReason } from '../../core/schemas/capture';
import type { LedgerEdit, LedgerEntry } from '../../core/schemas/ledger';
import { escapeAttr, escapeText } from './html';
import { lineTokens } from './interventions';

/** The raw line as HTML, each recorded edit wrapped (trimmed white space is not); the text content is the raw line. */
export function markedLineHtml(raw: string, edits: readonly LedgerEdit[], line: number, noteHref: (id: string) => string): string {
  return lineTokens(raw, edits)
    .map((t) => {
      if (t.type === 'same') return escapeText(t.raw);
      const { edit } = t;
      switch (edit.kind) {
        case 'whitespace':
          return escapeText(t.raw);
        case 'pinyin':
          return `<span class="x-pinyin">${escapeText(t.raw)}</span>`;
        case 'punctuation':
          return `<span class="x-punct">${escapeText(t.raw)}</span>`;
        case 'restoration':
        case 'gap':
          return `<a class="x-garbled" id="L${line}-${edit.id}" href="${escapeAttr(noteHref(edit.id))}" data-restoration="${edit.id}">${escapeText(t.raw)}</a>`;
      }
    })
    .join('');
}

export type CaptureRow =
  { kind: 'article'; line: number } | { kind: 'omitted'; from: number; to: number; kept: Partial<Record<'metadata' | DropReason, number>> };

/** Article lines in order, with the runs of other lines between them summarised. */
export function captureRows(ledger: readonly LedgerEntry[]): CaptureRow[] {
  const rows: CaptureRow[] = [];
  for (const e of [...ledger].sort((x, y) => x.line - y.line)) {
    if (e.kept === 'article') {
      rows.push({ kind: 'article', line: e.line });
      continue;
    }
    const last = rows.at(-1);
    const key = e.kept === 'metadata' ? 'metadata' : e.reason;
    if (last?.kind === 'omitted' && last.to === e.line - 1) {
      last.to = e.line;
      last.kept[key] = (last.kept[key] ?? 0) + 1;
    } else rows.push({ kind: 'omitted', from: e.line, to: e.line, kept: { [key]: 1 } });
  }
  return rows;
}
