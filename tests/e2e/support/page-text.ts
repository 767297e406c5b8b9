/**
 * The text a reader sees on a built page, run by run, with what each run is: the page's
 * own wording, or a quotation. Quotations are what the archive reproduces rather than
 * writes: the report's text (.report-body), the capture's lines (.line-text), <q>, <samp> and <code> (quotations of the
 * published text, of the raw capture, and code or hashes), and anything marked with a
 * `lang` other than the page's (printed words in the other script), and elements marked
 * `data-quotes` (a link whose title or label quotes the report, which an attribute cannot
 * mark with `lang`). Attributes a reader meets (title, aria-label, alt) count as text of
 * their element. Each run carries the language it is marked with; the page also gives its
 * hreflang alternates, its header's language switch and every element marked with a
 * language other than the page's.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface TextRun {
  text: string;
  quoted: boolean;
  /** The language it is marked with: the nearest `lang` attribute, else the page's. */
  lang: string;
  /** Read from an attribute (title, aria-label, alt), not shown as text. */
  attribute: boolean;
  /** tag.class of the nearest element, for messages. */
  where: string;
}

/** A `<link rel="alternate">` of the page's head. */
export interface Alternate {
  hreflang: string;
  href: string;
}

/** The language switch in the header: a link to the same page in the other language. */
export interface LanguageSwitch {
  href: string;
  hreflang: string;
  lang: string;
  text: string;
}

/** An element whose `lang` is not the page's. */
export interface MarkedElement {
  lang: string;
  /** tag.class of the element. */
  where: string;
  text: string;
}

export interface PageText {
  lang: string;
  runs: TextRun[];
  marked: MarkedElement[];
  alternates: Alternate[];
  languageSwitch: LanguageSwitch | null;
}

const QUOTING_TAGS = new Set(['q', 'samp', 'code', 'pre', 'kbd']);
const QUOTING_CLASSES = ['report-body', 'line-text'];
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'head']);
const READ_ATTRIBUTES = ['title', 'ariaLabel', 'alt'] as const;

const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);
const describe = (el: Element) => [el.tagName, ...classes(el)].join('.');

export function pageText(html: string): PageText {
  const tree: Root = fromHtml(html);
  const htmlEl = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  const lang = String(htmlEl?.properties.lang ?? '');
  const runs: TextRun[] = [];
  const marked: MarkedElement[] = [];
  const alternates: Alternate[] = [];
  let languageSwitch: LanguageSwitch | null = null;

  const textOf = (node: RootContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');
  const findHead = (node: RootContent) => {
    if (node.type !== 'element') return;
    const p = node.properties;
    if (node.tagName === 'link' && Array.isArray(p.rel) && p.rel.includes('alternate'))
      alternates.push({ hreflang: String(p.hrefLang), href: String(p.href) });
    if (node.tagName === 'a' && classes(node).includes('lang-switch'))
      languageSwitch = { href: String(p.href), hreflang: String(p.hrefLang), lang: String(p.lang), text: textOf(node) };
    node.children.forEach(findHead);
  };

  const visit = (node: RootContent, quoted: boolean, where: string, inLang: string) => {
    if (node.type === 'text') {
      if (node.value.trim() !== '') runs.push({ text: node.value, quoted, lang: inLang, attribute: false, where });
      return;
    }
    if (node.type !== 'element' || SKIPPED_TAGS.has(node.tagName)) return;
    const ownLang = node.properties.lang;
    const elementLang = typeof ownLang === 'string' ? ownLang : inLang;
    const inQuote =
      quoted ||
      QUOTING_TAGS.has(node.tagName) ||
      classes(node).some((c) => QUOTING_CLASSES.includes(c)) ||
      node.properties.dataQuotes !== undefined ||
      (typeof ownLang === 'string' && ownLang !== lang);
    const here = describe(node);
    if (typeof ownLang === 'string' && ownLang !== lang) marked.push({ lang: ownLang, where: here, text: textOf(node) });
    for (const attribute of READ_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string' && value.trim() !== '')
        runs.push({ text: value, quoted: inQuote, lang: elementLang, attribute: true, where: `${here}[${attribute}]` });
    }
    for (const child of node.children) visit(child, inQuote, here, elementLang);
  };
  if (htmlEl) for (const child of htmlEl.children) visit(child, false, 'html', lang);
  if (htmlEl) htmlEl.children.forEach(findHead);
  return { lang, runs, marked, alternates, languageSwitch };
}
