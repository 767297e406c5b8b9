/**
 * Small, strict operations on the HTML that the report components render (trusted,
 * well-formed markup from our own templates): walk its text nodes and convert the text
 * between tags (ConvertText.astro, for the other script's edition). Attributes and markup
 * are never touched, so ids, restoration marks and note references survive unchanged.
 */

export type HtmlToken = { kind: 'tag'; raw: string; name: string; closing: boolean; selfClosing: boolean } | { kind: 'text'; raw: string };

const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s+(?:[^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<!--[\s\S]*?-->/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function tokenizeHtml(html: string): HtmlToken[] {
  const out: HtmlToken[] = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    if (m.index > last) out.push({ kind: 'text', raw: html.slice(last, m.index) });
    const raw = m[0];
    const name = (m[1] ?? '!--').toLowerCase();
    out.push({ kind: 'tag', raw, name, closing: raw.startsWith('</'), selfClosing: raw.endsWith('/>') || VOID.has(name) || raw.startsWith('<!--') });
    last = m.index + raw.length;
  }
  if (last < html.length) out.push({ kind: 'text', raw: html.slice(last) });
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeText(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(cp);
    }
    return NAMED[ref.toLowerCase()] ?? all;
  });
}

export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/**
 * Converts every text node of an HTML fragment with `convert`, leaving markup and
 * attributes alone and skipping elements marked `data-noconv`. The text nodes are
 * converted together, so phrase-level conversion sees words that run across inline
 * elements; when the converter keeps the length (it does for Simplified ↔ Traditional),
 * the result is cut back at the original node boundaries, otherwise each node is
 * converted on its own.
 */
export function convertHtmlText(html: string, convert: (s: string) => string): string {
  const tokens = tokenizeHtml(html);
  let skip = 0;
  const texts: { index: number; text: string }[] = [];
  tokens.forEach((t, index) => {
    if (t.kind === 'tag') {
      if (t.selfClosing) return;
      if (t.closing) {
        if (skip > 0) skip -= 1;
      } else if (skip > 0 || /\sdata-noconv(?:[\s=>/])/.test(t.raw)) skip += 1;
      return;
    }
    if (skip === 0) texts.push({ index, text: decodeText(t.raw) });
  });
  const joined = texts.map((t) => t.text).join('');
  const converted = convert(joined);
  const pieces: string[] = [];
  if (converted.length === joined.length) {
    let at = 0;
    for (const t of texts) {
      pieces.push(converted.slice(at, at + t.text.length));
      at += t.text.length;
    }
  } else {
    for (const t of texts) pieces.push(convert(t.text));
  }
  const replaced = new Map(texts.map((t, i) => [t.index, escapeText(pieces[i]!)]));
  return tokens.map((t, i) => replaced.get(i) ?? t.raw).join('');
}
