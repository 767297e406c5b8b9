/**
 * Links each glossary term to its entry where a report first uses it:
 * `<a class="term" href="…" data-term="id">` around the words, in the paragraph's captured
 * text (never in a restoration). Which words, and where, is planFirstUses
 * (src/lib/apparatus/glossary.ts), the plan the glossary page shows as well.
 *
 * Applies to report bodies: MDX files whose frontmatter (as Astro gives it to plugins)
 * has the report's `script`. Register it before rehypeRestoredPunctuation, which marks
 * characters inside the links it makes.
 */
import type { Element, Root } from 'hast';
import type { GlossaryTerm } from '../core/schemas/glossary';
import { planFirstUses } from '../lib/apparatus/glossary';
import { GAP_TEXT } from '../lib/report-text';
import type { Lang } from '../i18n';
import { paragraphSegments, textContent, treeParagraphs, wrapText, type CompiledFile, type ComponentNode } from './report-tree';

export interface Options {
  /** The glossary (content/glossary.json). */
  terms: readonly GlossaryTerm[];
  /** The address of a term's entry, e.g. `/glossary/#term-${id}`. */
  href: (termId: string) => string;
}

const isLang = (value: unknown): value is Lang => value === 'zh-Hans' || value === 'zh-Hant';

/** The reading text counts a restoration's words and a gap's mark, as planFirstUses does. */
const readingLength = (component: ComponentNode): number => (component.name === 'Gap' ? GAP_TEXT.length : textContent(component).length);

export default function rehypeGlossaryFirstUse(options: Options) {
  const { terms, href } = options;
  return function (tree: Root, file: CompiledFile): undefined {
    const script = file.data.astro?.frontmatter?.script;
    if (!isLang(script)) return;
    const paragraphs = treeParagraphs(tree);
    const plan = planFirstUses(
      paragraphs.map(({ id, node }) => ({ anchor: id, segments: paragraphSegments(node) })),
      script,
      terms,
    );
    for (const { id, node } of paragraphs) {
      for (const { start, end, term } of plan.get(id) ?? []) {
        const link = (text: Element['children'][number]): Element => ({
          type: 'element',
          tagName: 'a',
          properties: { className: ['term'], href: href(term), dataTerm: term },
          children: [text],
        });
        if (!wrapText(node, start, end, readingLength, link)) {
          throw new Error(
            `${file.stem ?? 'report'}.mdx, ${id}: the first use of glossary term "${term}" (${start}–${end}) is not in one run of captured text`,
          );
        }
      }
    }
  };
}
