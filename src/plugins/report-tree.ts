/**
 * A report body as the MDX compiler's hast tree holds it, for the rehype plugins that mark
 * its paragraphs (src/plugins/rehype-*.ts). Each `<P id="pN">` is a top-level MDX JSX
 * element whose children are captured text, `<Restored id>` (restored text) and
 * `<Gap id />`, and any elements earlier plugins put around captured text.
 */
import type { Element, Root, Text } from 'hast';
import type { BodySegment } from '../core/report-body';

/** An MDX JSX element (a component), as mdast-util-mdx-jsx puts it in hast. */
export interface ComponentNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: TreeNode[];
}

/** A node a report paragraph may hold. */
export type TreeNode = Text | Element | ComponentNode;

/** The file being compiled, as unified hands it to a plugin (a VFile): its name, and Astro's frontmatter. */
export interface CompiledFile {
  stem?: string | undefined;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

export interface TreeParagraph {
  id: string;
  node: ComponentNode;
}

const isAnyComponent = (node: { type: string }): node is ComponentNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const isComponent = (node: { type: string }, name: string): node is ComponentNode => isAnyComponent(node) && node.name === name;

const attribute = (node: ComponentNode, name: string): string | undefined => {
  const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};

/** The `<P id>` paragraphs of a report body, in reading order. */
export function treeParagraphs(tree: Root): TreeParagraph[] {
  return tree.children.flatMap((node) => {
    if (!isComponent(node, 'P')) return [];
    const id = attribute(node, 'id');
    if (id === undefined) throw new Error('a <P> without an id');
    return [{ id, node }];
  });
}

/** Text of a node: its text descendants joined. */
export const textContent = (node: TreeNode): string => (node.type === 'text' ? node.value : (node.children as TreeNode[]).map(textContent).join(''));

/**
 * A paragraph's content as the report body's segments: captured text (including inside
 * elements plugins added), restorations and gaps. Throws on any other component.
 */
export function paragraphSegments(paragraph: ComponentNode): BodySegment[] {
  return paragraph.children.map((node): BodySegment => {
    if (node.type === 'text' || node.type === 'element') return { type: 'text', value: textContent(node) };
    const id = attribute(node, 'id') ?? '';
    if (node.name === 'Restored') return { type: 'restoration', id, value: textContent(node) };
    if (node.name === 'Gap') return { type: 'gap', id };
    throw new Error(`a <${node.name ?? 'fragment'}> inside a paragraph, where only text, <Restored> and <Gap> go`);
  });
}

/**
 * Puts `wrap(text)` around the characters [start, end) of a paragraph's captured text,
 * where `start` and `end` count the paragraph's characters as `lengthOf` measures its
 * restorations and gaps. The range must lie inside one text node, which may sit inside an
 * element an earlier plugin added (never inside a restoration or a gap). Returns false
 * when it does not.
 */
export function wrapText(
  paragraph: ComponentNode,
  start: number,
  end: number,
  lengthOf: (component: ComponentNode) => number,
  wrap: (text: Text) => Element,
): boolean {
  let at = 0;
  const visit = (parent: { children: TreeNode[] }): boolean => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i]!;
      if (isAnyComponent(node)) {
        at += lengthOf(node);
        if (at > start) return false;
        continue;
      }
      if (node.type === 'element') {
        if (visit(node as { children: TreeNode[] })) return true;
        if (at > start) return false;
        continue;
      }
      const from = at;
      at += node.value.length;
      if (start < from || end > at) {
        if (at > start) return false;
        continue;
      }
      const pieces: TreeNode[] = [
        ...(start > from ? [{ type: 'text' as const, value: node.value.slice(0, start - from) }] : []),
        wrap({ type: 'text', value: node.value.slice(start - from, end - from) }),
        ...(end < at ? [{ type: 'text' as const, value: node.value.slice(end - from) }] : []),
      ];
      parent.children.splice(i, 1, ...pieces);
      return true;
    }
    return false;
  };
  return visit(paragraph);
}
