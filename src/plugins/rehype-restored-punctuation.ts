/**
 * Marks each punctuation mark cleaning restored to full width, `<span class="reg">，</span>`,
 * where the report's ledger records it (a `punctuation` edit: content/ledgers/README.md),
 * in the paragraphs of the reading text. It wraps characters and adds none.
 *
 * First it checks the paragraph: its text in the tree must be exactly what the ledger's
 * edits make of the line as captured, or the build stops naming the report, the line and
 * the paragraph, rather than put a mark in the wrong place.
 *
 * Applies to the MDX files whose name (without .mdx) is a key of `ledgers`.
 */
import type { Element, Root } from 'hast';
import { checkEdits, LedgerEditError } from '../core/ledger-edits';
import type { ArticleEntry, Ledger } from '../core/schemas/ledger';
import { paragraphSegments, textContent, treeParagraphs, wrapText, type CompiledFile, type ComponentNode } from './report-tree';

export interface Options {
  /** The ledgers of the reports, by slug (content/ledgers/<slug>.json). */
  ledgers: ReadonlyMap<string, Ledger>;
}

/** Ledger offsets in the block count a restoration's words and nothing for a gap. */
const publishedLength = (component: ComponentNode): number => (component.name === 'Gap' ? 0 : textContent(component).length);

const mark = (text: Element['children'][number]): Element => ({ type: 'element', tagName: 'span', properties: { className: ['reg'] }, children: [text] });

export default function rehypeRestoredPunctuation(options: Options) {
  const { ledgers } = options;
  return function (tree: Root, file: CompiledFile): undefined {
    const slug = file.stem;
    const ledger = slug === undefined ? undefined : ledgers.get(slug);
    if (!ledger) return;
    const lines = new Map(ledger.lines.flatMap((e): [string, ArticleEntry][] => (e.kept === 'article' && e.anchor ? [[e.anchor, e]] : [])));
    for (const { id, node } of treeParagraphs(tree)) {
      const entry = lines.get(id);
      if (!entry) throw new Error(`${slug}: <P id="${id}"> has no line in content/ledgers/${slug}.json`);
      const where = `${slug}: line ${entry.line}, ${id}`;
      try {
        checkEdits(entry.text, entry.edits, paragraphSegments(node));
      } catch (error) {
        if (!(error instanceof LedgerEditError)) throw error;
        throw new Error(`${where}: the paragraph is not what the ledger's edits make of the line: ${error.message}`, { cause: error });
      }
      for (const edit of entry.edits) {
        if (edit.kind !== 'punctuation') continue;
        if (!wrapText(node, edit.blockAt, edit.blockAt + 1, publishedLength, mark)) {
          throw new Error(`${where}: the punctuation restored at ${edit.blockAt} is not in the paragraph's captured text`);
        }
      }
    }
  };
}
