import { inspect } from 'node:util';
import { evaluate, type EvaluateOptions } from '@mdx-js/mdx';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/core/frontmatter';

/**
 * Compiles and runs MDX the way the site does (components supplied by the caller, no
 * imports in the document, HTML attribute names, the frontmatter where Astro gives it to
 * plugins) with a tiny JSX runtime that renders to an HTML string, so unit tests can see
 * exactly what a document turns into without a browser.
 */
type Props = Record<string, unknown> & { children?: unknown };
type Component = (props: Props) => unknown;

const Fragment = Symbol('Fragment');

/** Markup already rendered, as opposed to text that still needs escaping. */
class Html {
  constructor(readonly value: string) {}
}
const VOID = new Set(['br', 'hr', 'img']);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderNode(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map(renderNode).join('');
  if (node instanceof Html) return node.value;
  throw new Error(`cannot render ${inspect(node)}`);
}

function jsx(type: string | symbol | Component, props: Props): Html {
  const { children, ...attributes } = props;
  if (type === Fragment) return new Html(renderNode(children));
  if (typeof type === 'function') return new Html(renderNode(type(props)));
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value)).replace(/"/g, '&quot;')}"`)
    .join('');
  const tag = String(type);
  return new Html(VOID.has(tag) ? `<${tag}${attrs}>` : `<${tag}${attrs}>${renderNode(children)}</${tag}>`);
}

export interface RenderOptions {
  /** The file's path: plugins see its name (`file.stem`). */
  path?: string;
  rehypePlugins?: EvaluateOptions['rehypePlugins'];
}

/** Renders a document (frontmatter allowed) to HTML with the given components, through the given rehype plugins. */
export async function renderMdx(source: string, components: Record<string, Component>, options: RenderOptions = {}): Promise<string> {
  const { frontmatter, body } = splitFrontmatter(source);
  const file = {
    value: body,
    path: options.path,
    data: { astro: { frontmatter: frontmatter === null ? {} : (parseYaml(frontmatter) as Record<string, unknown>) } },
  };
  const { default: Content } = await evaluate(file, {
    Fragment,
    jsx,
    jsxs: jsx,
    development: false,
    elementAttributeNameCase: 'html',
    rehypePlugins: options.rehypePlugins,
  });
  return renderNode(Content({ components }));
}

/** The components of a report page, reduced to plain elements with their key attributes. */
export const reportComponents: Record<string, Component> = {
  P: ({ id, children }) => jsx('p', { id, children }),
  Restored: ({ id, children }) => jsx('ins', { 'data-id': id, children }),
  Gap: ({ id }) => jsx('mark', { 'data-id': id, children: '〔缺〕' }),
  LostImage: ({ id, children }) => jsx('figure', { id, children }),
  FigureMark: ({ ids }) => jsx('sup', { 'data-figures': ids }),
};
