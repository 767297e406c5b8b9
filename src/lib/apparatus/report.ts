/**
 * Everything the editorial apparatus knows about one report: the MDX body as blocks, the
 * ledger's article lines, and for each block the capture line it came from with the edits
 * cleaning made in it. Built from the content layer (src/lib/content/index.ts,
 * reportApparatus), once per build.
 *
 * The ledger maps capture lines to blocks: its article entries, in line order, are the
 * body's paragraphs, headings and captions, in reading order (scripts/clean/pipeline.ts),
 * and each entry's edits, applied to the line as captured, give the block's text; the
 * content layer checks this once, before any page is built (src/lib/content/checks.ts).
 */
import { readBody, type BodyBlock } from '../../core/report-body';
import type { Report } from '../../core/schemas/report';
import type { ArticleEntry, Ledger, LedgerEdit, LedgerEntry } from '../../core/schemas/ledger';
import type { Restoration } from '../../core/schemas/restoration';
import { blockText } from '../report-text';

export interface ApparatusBlock {
  block: BodyBlock;
  /** The id a reader can link to: pN, fN, or the heading's slug (set by the page, see headingIds). */
  anchor: string;
  /** 1-based capture line. */
  line: number;
  /** The capture line exactly as captured. */
  raw: string;
  /** The published text of the block, as the reader sees it (a gap shows its mark). */
  text: string;
  /** What cleaning did to the line, as the ledger records it, in line order. */
  edits: LedgerEdit[];
}

export interface ReportApparatus {
  slug: string;
  data: Report;
  body: string;
  blocks: ApparatusBlock[];
  ledger: LedgerEntry[];
  records: ReadonlyMap<string, Restoration>;
  /** Capture line → block. */
  byLine: ReadonlyMap<number, ApparatusBlock>;
  /** pN / fN → block. */
  byAnchor: ReadonlyMap<string, ApparatusBlock>;
}

/**
 * Builds a report's apparatus from its parts (pure), pairing the body's blocks with the
 * ledger's article lines in order. The ledger is one that passed the content layer's
 * ledger ↔ body check (src/lib/content/checks.ts): of this capture, one line per block, of
 * its kind and id, whose edits give the block.
 * Heading blocks get anchors from `headingIds` (Astro's heading slugs, in order) when given.
 */
export function assembleApparatus(slug: string, data: Report, body: string, ledger: Ledger, headingIds?: readonly string[]): ReportApparatus {
  const records = new Map(data.restorations.map((r) => [r.id, r]));
  const article = ledger.lines.filter((e): e is ArticleEntry => e.kept === 'article');
  let headingIndex = 0;
  const blocks = readBody(body).map((block, i): ApparatusBlock => {
    const entry = article[i]!;
    const anchor = block.kind === 'heading' ? (headingIds?.[headingIndex++] ?? `h${headingIndex}`) : block.anchor;
    return { block, anchor, line: entry.line, raw: entry.text, text: blockText(block.segments), edits: entry.edits };
  });
  return {
    slug,
    data,
    body,
    blocks,
    ledger: ledger.lines,
    records,
    byLine: new Map(blocks.map((b) => [b.line, b])),
    byAnchor: new Map(blocks.filter((b) => b.block.kind !== 'heading').map((b) => [b.anchor, b])),
  };
}
