/**
 * Operations on the HTML that the report components render (trusted markup from our own
 * templates), done on its tree (hast, parsed by hast-util-from-html): the text a rendered
 * fragment holds (Restored.astro checks it against its record), and converting its text
 * nodes between scripts (ConvertText.astro, for the other script's edition). Attributes
 * and markup are never touched, so ids, restoration marks and note references survive
 * unchanged.
 */
import type { Element, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

const parse = (html: string): Root => fromHtml(html, { fragment: true });

/** The text nodes under `node` in document order, leaving out what `skip` says to. */
function textNodes(node: Root | RootContent, skip: (element: Element) => boolean = () => false): Text[] {
  if (node.type === 'text') return [node];
  if (node.type !== 'root' && node.type !== 'element') return [];
  if (node.type === 'element' && skip(node)) return [];
  return node.children.flatMap((child) => textNodes(child, skip));
}

/** The text an HTML fragment shows: its text nodes, character references decoded. */
export const htmlText = (html: string): string =>
  textNodes(parse(html))
    .map((t) => t.value)
    .join('');

const keepsItsText = (element: Element): boolean => 'dataNoconv' in element.properties;

/**
 * Converts every text node of an HTML fragment with `convert`, skipping elements marked
 * `data-noconv`. The text nodes are converted together, so phrase-level conversion sees
 * words that run across inline elements; when the converter keeps the length (it does
 * for Simplified ↔ Traditional), the result is cut back at the original node boundaries,
 * otherwise each node is converted on its own. Each converted text is written back where
 * its node stands in the source (the tree's positions), so the markup between stays byte
 * for byte what was rendered.
 */
export function convertHtmlText(html: string, convert: (s: string) => string): string {
  const texts = textNodes(parse(html), keepsItsText);
  const joined = texts.map((t) => t.value).join('');
  const converted = convert(joined);
  let at = 0;
  const pieces = converted.length === joined.length ? texts.map((t) => converted.slice(at, (at += t.value.length))) : texts.map((t) => convert(t.value));
  let out = '';
  let last = 0;
  texts.forEach((t, i) => {
    const { start, end } = t.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) throw new Error('convertHtmlText: a text node without its place in the source');
    out += html.slice(last, start.offset) + escapeText(pieces[i]!);
    last = end.offset;
  });
  return out + html.slice(last);
}
