/**
 * Puts `<FigureMark ids="…" />` (src/components/report/FigureMark.astro) right after each
 * sentence that the programme data quotes for a figure, in the paragraphs of the reading
 * text: the way back from the sentence to its figures. Figures quoting the same words
 * share one mark. It adds no text: the mark is drawn by CSS.
 *
 * The quote must be in its paragraph (the content layer checks that too) or the build
 * stops naming the report and the figure. The mark goes after the paragraph's top-level
 * node that holds the quote's last character (a text node is split there), so never
 * inside a restoration, a glossary link or a restored punctuation mark.
 *
 * Applies to the MDX files whose name (without .mdx) is a key of `figures`.
 */
import type { Root } from 'hast';
import { z } from 'zod';
import { GAP_TEXT, segmentText } from '../lib/report-text';
import { paragraphSegments, textContent, treeParagraphs, type CompiledFile, type ComponentNode, type TreeNode } from './report-tree';

/**
 * What the plugin reads of a programme record (content/programmes/<slug>.json): its figures'
 * ids, paragraphs and quotes. The content layer validates the whole record.
 */
/** A programme's figures as this plugin needs them; an uncurated programme has none yet. */
export const quotedFiguresSchema = z.object({
  figures: z
    .array(z.object({ id: z.string(), anchor: z.string(), quote: z.string() }))
    .optional()
    .transform((figures) => figures ?? []),
});
export type QuotedFigure = z.infer<typeof quotedFiguresSchema>['figures'][number];

export interface Options {
  /** The figures of each report, by slug. */
  figures: ReadonlyMap<string, readonly QuotedFigure[]>;
}

export const FIGURE_MARK = 'FigureMark';

/** A node's length in the paragraph's text as a reader sees it (and as quotes are written). */
const readerLength = (node: TreeNode): number => ('name' in node && node.name === 'Gap' ? GAP_TEXT.length : textContent(node).length);

const mark = (ids: readonly string[]): ComponentNode => ({
  type: 'mdxJsxTextElement',
  name: FIGURE_MARK,
  attributes: [{ type: 'mdxJsxAttribute', name: 'ids', value: ids.join(' ') }],
  children: [],
});

/** Inserts `node` into the paragraph after its character `end` (1-based: after end characters). */
function insertAfter(paragraph: ComponentNode, end: number, node: ComponentNode): void {
  let at = 0;
  const children = paragraph.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const from = at;
    at += readerLength(child);
    if (at < end) continue;
    if (child.type === 'text' && at > end) {
      children.splice(i, 1, { type: 'text', value: child.value.slice(0, end - from) }, node, { type: 'text', value: child.value.slice(end - from) });
    } else {
      children.splice(i + 1, 0, node);
    }
    return;
  }
  children.push(node);
}

export default function rehypeFigureMarks(options: Options) {
  const { figures } = options;
  return function (tree: Root, file: CompiledFile): undefined {
    const slug = file.stem;
    const list = slug === undefined ? undefined : figures.get(slug);
    if (!list) return;
    const paragraphs = new Map(treeParagraphs(tree).map((p) => [p.id, p.node]));
    /** Paragraph → end offset of a quote → the figures quoting it. */
    const ends = new Map<string, Map<number, string[]>>();
    for (const [i, f] of list.entries()) {
      const node = paragraphs.get(f.anchor);
      const at = node ? paragraphSegments(node).map(segmentText).join('').indexOf(f.quote) : -1;
      if (at < 0) throw new Error(`content/programmes/${slug}.json: figures[${i}].quote: figure "${f.id}": not in paragraph ${f.anchor}`);
      const byEnd = ends.get(f.anchor) ?? new Map<number, string[]>();
      const end = at + f.quote.length;
      byEnd.set(end, [...(byEnd.get(end) ?? []), f.id]);
      ends.set(f.anchor, byEnd);
    }
    for (const [anchor, byEnd] of ends) {
      // From the last quote back, so each insertion leaves the earlier offsets as they were.
      for (const [end, ids] of [...byEnd].sort((a, b) => b[0] - a[0])) insertAfter(paragraphs.get(anchor)!, end, mark(ids));
    }
  };
}
