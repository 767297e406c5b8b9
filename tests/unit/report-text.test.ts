/**
 * paragraphTexts: the plain text of each <P id> paragraph, as a reader sees it. Checked
 * on a small explicit fixture, and on every real report against what MDX itself renders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSegments } from '../../src/core/report-body';
import { blockText, GAP_TEXT, paragraphTexts } from '../../src/lib/report-text';
import { renderMdx, reportComponents } from '../helpers/render-mdx';

const FIXTURE = [
  '---',
  'title: "<P id=\\"p9\\">not a paragraph</P>"',
  '---',
  '',
  '<P id="p1">2023年，投入援疆资金13.56億元。</P>',
  '',
  '## 项目招商 \\* 兴边富民',
  '',
  '<P id="p2">保障當<Restored id="r1">地民生</Restored>、推动<Gap id="r2" />落地 \\{ 测试 \\} \\< 5 \\* 2 \\\\ 完。</P>',
  '',
  '<LostImage id="f1">图为柯坪县丰收场景</LostImage>',
  '',
  '<P id="p3">DR、<Restored id="r5">CT</Restored> <Gap id="r6" /> B超</P>',
  '',
].join('\n');

describe('paragraphTexts', () => {
  it('maps each paragraph id to its text, skipping frontmatter, headings and captions', () => {
    expect([...paragraphTexts(FIXTURE)]).toEqual([
      ['p1', '2023年，投入援疆资金13.56億元。'],
      ['p2', '保障當地民生、推动〔缺〕落地 { 测试 } < 5 * 2 \\ 完。'],
      ['p3', 'DR、CT 〔缺〕 B超'],
    ]);
  });

  it('agrees with what MDX renders for the fixture', async () => {
    expect(paragraphTexts(FIXTURE)).toEqual(renderedParagraphs(await renderMdx(FIXTURE, reportComponents)));
  });

  it('keeps restored text, shows a gap as the glyph Gap.astro renders, and undoes escapes', () => {
    const inlineText = (mdx: string) => blockText(readSegments(mdx));
    expect(inlineText('當<Restored id="r1">地民生</Restored>')).toBe('當地民生');
    expect(inlineText('甲<Gap id="r3" />乙')).toBe(`甲${GAP_TEXT}乙`);
    expect(inlineText('\\*\\_\\[\\]\\!\\&\\#\\~\\|\\`')).toBe('*_[]!&#~|`');
    // A backslash before a character escapeMdxText does not escape is text.
    expect(inlineText('a\\b，\\中')).toBe('a\\b，\\中');
    // An escaped < is text, not the start of a component.
    expect(inlineText('\\<Gap id="r1" /\\>')).toBe('<Gap id="r1" />');
  });

  it('uses the same placeholder as the Gap component', () => {
    expect(GAP_TEXT).toBe('〔缺〕');
    const gap = readFileSync(join(process.cwd(), 'src/components/report/Gap.astro'), 'utf8');
    expect(gap).toContain('{t.gapGlyph}');
  });

  it('refuses markup it does not know rather than guessing', () => {
    expect(() => paragraphTexts('<P id="p1">甲<em>乙</em></P>')).toThrow(/unexpected markup/);
    expect(() => paragraphTexts('<P id="p1">甲</P>\n<P id="p1">乙</P>')).toThrow(/p1 occurs twice/);
  });
});

/** The visible text of each rendered <p id>: tags dropped, entities decoded. */
function renderedParagraphs(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<p id="(p\d+)">([\s\S]*?)<\/p>/g)) {
    const text = m[2]!
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    out.set(m[1]!, text);
  }
  return out;
}

const reportsDir = join(process.cwd(), 'content/reports');
const reports = readdirSync(reportsDir).filter((name) => name.endsWith('.mdx'));

describe.each(reports)('content/reports/%s', (name) => {
  const source = readFileSync(join(reportsDir, name), 'utf8');

  it('reads as MDX renders it', async () => {
    const expected = renderedParagraphs(await renderMdx(source, reportComponents));
    expect(expected.size).toBeGreaterThan(0);
    expect(paragraphTexts(source)).toEqual(expected);
  });

  it('numbers its paragraphs p1, p2, … in order', () => {
    const ids = [...paragraphTexts(source).keys()];
    expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
  });
});
