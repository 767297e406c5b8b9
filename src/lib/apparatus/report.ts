/**
 * Everything the editorial apparatus knows about one report: the MDX body as blocks, the
 * ledger's article lines, and for each block the capture line it came from with the
 * line's interventions. Built from the content layer (src/lib/content/index.ts,
 * reportApparatus), once per build.
 *
 * The ledger maps capture lines to blocks: its article entries, in line order, are the
 * body's paragraphs, headings and captions, in reading order (scripts/clean/pipeline.ts).
 * That they match in number and kind is checked before anything is built
 * (src/lib/content/checks.ts).
 */
import { readBody, type BodyBlock } from '../../core/report-body';
import type { Report } from '../../core/schemas/report';
import type { ArticleEntry, LedgerEntry } from '../../core/schemas/ledger';
import type { Restoration } from '../../core/schemas/restoration';
import { blockText, GAP_TEXT } from '../report-text';
import { explainLine, punctuationOffsets, type LineToken } from './interventions';

export interface ApparatusBlock {
  block: BodyBlock;
  /** The id a reader can link to: pN, fN, or the heading's slug (set by the page, see headingIds). */
  anchor: string;
  /** 1-based capture line. */
  line: number;
  /** The capture line exactly as captured. */
  raw: string;
  /** The published text of the block. */
  text: string;
  tokens: LineToken[];
  /** Offsets in `text` of restored full-width punctuation. */
  punctuation: number[];
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
 * Builds a report's apparatus from its parts, which checkArchive has found to agree.
 * Heading blocks get anchors from `headingIds` (Astro's heading slugs, in order) when given.
 */
export function assembleApparatus(
  slug: string,
  data: Report,
  body: string,
  ledger: LedgerEntry[],
  /** The ledger's file, for messages: content/ledgers/<slug>.json. */
  ledgerFile: string,
  headingIds?: readonly string[],
): ReportApparatus {
  const records = new Map(data.restorations.map((r) => [r.id, r]));
  const blocks = readBody(body);
  const article = ledger.filter((e): e is ArticleEntry => e.kept === 'article');
  let headingIndex = 0;
  const out = blocks.map((block, i): ApparatusBlock => {
    const entry = article[i]!;
    const where = `${ledgerFile}: line ${entry.line}`;
    const tokens = explainLine(entry.text, block.segments, records, where);
    const anchor = block.kind === 'heading' ? (headingIds?.[headingIndex++] ?? `h${headingIndex}`) : block.anchor;
    return {
      block,
      anchor,
      line: entry.line,
      raw: entry.text,
      text: blockText(block.segments),
      tokens,
      punctuation: punctuationOffsets(tokens, GAP_TEXT),
    };
  });
  return {
    slug,
    data,
    body,
    blocks: out,
    ledger,
    records,
    byLine: new Map(out.map((b) => [b.line, b])),
    byAnchor: new Map(out.filter((b) => b.block.kind !== 'heading').map((b) => [b.anchor, b])),
  };
}
