import { ui } from './ui';

/**
 * The plain text of a report's paragraphs, as a reader sees it on the page: the way
 * programme data (src/lib/programmes.ts) is checked against the reports.
 *
 * A report body (content/reports/<slug>.mdx, written by scripts/clean/steps/emit-mdx.ts)
 * has one block per line; paragraphs are `<P id="pN">…</P>`. Inside a paragraph:
 * - `<Restored id="rN">text</Restored>` shows `text` (the restored words are part of
 *   the text; the superscript note reference is not);
 * - `<Gap id="rN" />` shows the gap glyph of src/components/report/Gap.astro, 〔缺〕;
 * - `\` before an ASCII punctuation character is a Markdown escape and shows the
 *   character alone (`\*` → `*`).
 * Everything else, whitespace included, is shown as written.
 */

/** What a reader sees where text is lost (Gap.astro renders ui(lang).gapGlyph; the same in both scripts). */
export const GAP_TEXT = ui('zh-Hans').gapGlyph;

const PARAGRAPH = /^<P id="(p\d+)">(.*)<\/P>$/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const RESTORED_OPEN = /^<Restored id="r\d+">/;
const RESTORED_CLOSE = '</Restored>';
const GAP = /^<Gap id="r\d+" \/>/;

/** The text of one paragraph's inner MDX. Throws on markup it does not know. */
export function inlineText(mdx: string): string {
  let out = '';
  let i = 0;
  while (i < mdx.length) {
    const ch = mdx[i]!;
    if (ch === '\\' && i + 1 < mdx.length && ASCII_PUNCTUATION.test(mdx[i + 1]!)) {
      out += mdx[i + 1];
      i += 2;
      continue;
    }
    if (ch === '<') {
      const rest = mdx.slice(i);
      const open = RESTORED_OPEN.exec(rest);
      if (open) {
        i += open[0].length;
        continue;
      }
      if (rest.startsWith(RESTORED_CLOSE)) {
        i += RESTORED_CLOSE.length;
        continue;
      }
      const gap = GAP.exec(rest);
      if (gap) {
        out += GAP_TEXT;
        i += gap[0].length;
        continue;
      }
      throw new Error(`unexpected markup in paragraph text: ${JSON.stringify(rest.slice(0, 40))}`);
    }
    out += ch;
    i += 1;
  }
  return out;
}

/**
 * Each `<P id>` paragraph of a report body (frontmatter allowed), in order, mapped to
 * its plain text. Headings, lost-image captions and blank lines are not paragraphs.
 */
export function paragraphTexts(mdxBody: string): Map<string, string> {
  const body = mdxBody.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const paragraphs = new Map<string, string>();
  for (const line of body.split(/\r?\n/)) {
    const m = PARAGRAPH.exec(line);
    if (!m) continue;
    const [, id, inner] = m;
    if (paragraphs.has(id!)) throw new Error(`paragraph id ${id} occurs twice`);
    paragraphs.set(id!, inlineText(inner!));
  }
  return paragraphs;
}
