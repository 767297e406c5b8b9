import { splitFrontmatter } from '../core/frontmatter';
import { readBody, type BodyBlock, type BodySegment } from '../core/report-body';
import { wording } from '../i18n';

/**
 * The text of a report as a reader sees it on the page: restored words are part of the
 * text (the superscript note reference is not), a gap shows the glyph of
 * src/components/report/Gap.astro, escapes are undone. The way programme data
 * (src/lib/content/checks.ts) and the search index are checked against the reports.
 */

/** What a reader sees where text is lost (Gap.astro renders wording(lang).report.gapGlyph; the same in both scripts). */
export const GAP_TEXT = wording('zh-Hans').report.gapGlyph;

export const segmentText = (segment: BodySegment): string => (segment.type === 'gap' ? GAP_TEXT : segment.value);

export const blockText = (segments: readonly BodySegment[]): string => segments.map(segmentText).join('');

/** The blocks of a report file or of its body alone, in reading order. */
export const reportBlocks = (mdx: string): BodyBlock[] => readBody(splitFrontmatter(mdx).body);

/**
 * Each `<P id>` paragraph of a report file or body, in order, mapped to its plain text.
 * Headings and lost-image captions are not paragraphs.
 */
export function paragraphTexts(mdx: string): Map<string, string> {
  const paragraphs = new Map<string, string>();
  for (const block of reportBlocks(mdx)) {
    if (block.kind !== 'paragraph') continue;
    if (paragraphs.has(block.anchor)) throw new Error(`paragraph id ${block.anchor} occurs twice`);
    paragraphs.set(block.anchor, blockText(block.segments));
  }
  return paragraphs;
}
