/**
 * Everything the editorial apparatus knows about one report: the MDX body as blocks, the
 * ledger's article lines, and for each block the capture line it came from with the edits
 * cleaning made in it. Built from the content layer (src/lib/content/index.ts,
 * reportApparatus), once per build.
 *
 * The ledger maps capture lines to blocks: its article entries, in line order, are the
 * body's paragraphs, headings and captions, in reading order (scripts/clean/pipeline.ts),
 * and each entry's edits, applied to the line as captured, give the block's text. A
 * mismatch fails the build naming the files, the line and the block.
 */
import { readBody, type BodyBlock } from '../../core/report-body';
import { checkEdits, LedgerEditError } from '../../core/ledger-edits';
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
 * Builds a report's apparatus from its parts (pure).
 * Heading blocks get anchors from `headingIds` (Astro's heading slugs, in order) when given.
 */
export function assembleApparatus(
  slug: string,
  data: Report,
  body: string,
  ledger: Ledger,
  files: { report: string; ledger: string },
  headingIds?: readonly string[],
): ReportApparatus {
  const records = new Map(data.restorations.map((r) => [r.id, r]));
  const blocks = readBody(body);
  if (ledger.source.sha256 !== data.source.sha256) {
    throw new Error(`${files.ledger}: source.sha256 is not the capture's, ${data.source.sha256} (${files.report}, source.sha256)`);
  }
  const article = ledger.lines.filter((e): e is ArticleEntry => e.kept === 'article');
  if (article.length !== blocks.length) {
    throw new Error(`${files.ledger}: ${article.length} article lines, but ${files.report} has ${blocks.length} blocks (paragraphs, headings, captions)`);
  }
  let headingIndex = 0;
  const out = blocks.map((block, i): ApparatusBlock => {
    const entry = article[i]!;
    const kind = entry.role === 'paragraph' ? 'paragraph' : entry.role === 'heading' ? 'heading' : 'caption';
    if (kind !== block.kind) {
      throw new Error(`${files.ledger}: line ${entry.line} is a ${entry.role}, but block ${i + 1} of ${files.report} is a ${block.kind}`);
    }
    const id = block.kind === 'heading' ? 'heading' : block.anchor;
    if (block.kind !== 'heading' && entry.anchor !== block.anchor) {
      throw new Error(`${files.ledger}: line ${entry.line} is ${entry.anchor ?? 'no block'}, but block ${i + 1} of ${files.report} is ${block.anchor}`);
    }
    try {
      checkEdits(entry.text, entry.edits, block.segments);
    } catch (error) {
      if (!(error instanceof LedgerEditError)) throw error;
      throw new Error(`${files.ledger}: ${slug}, line ${entry.line}, ${id}: ${error.message}`, { cause: error });
    }
    const anchor = block.kind === 'heading' ? (headingIds?.[headingIndex++] ?? `h${headingIndex}`) : block.anchor;
    return { block, anchor, line: entry.line, raw: entry.text, text: blockText(block.segments), edits: entry.edits };
  });
  return {
    slug,
    data,
    body,
    blocks: out,
    ledger: ledger.lines,
    records,
    byLine: new Map(out.map((b) => [b.line, b])),
    byAnchor: new Map(out.filter((b) => b.block.kind !== 'heading').map((b) => [b.anchor, b])),
  };
}
