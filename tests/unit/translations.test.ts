import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { blockIds } from '../../src/core/block-ids';
import { splitFrontmatter } from '../../src/core/frontmatter';
import { readBody, type BodyBlock } from '../../src/core/report-body';
import { TRANSLATION_MARK, translationSchema, type Translation } from '../../src/core/schemas/translation';
import { missingNumbers, numberFound } from '../helpers/translation-numbers';

const REPORTS = 'content/reports';
const slugs = readdirSync(REPORTS)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

/** The report's blocks with the ids they have on the page. */
function pageBlocks(slug: string): { id: string; block: BodyBlock; text: string }[] {
  const blocks = readBody(splitFrontmatter(readFileSync(`${REPORTS}/${slug}.mdx`, 'utf8')).body);
  const ids = blockIds(blocks);
  return blocks.map((block, i) => ({ id: ids[i]!, block, text: block.segments.map((s) => (s.type === 'gap' ? '' : s.value)).join('') }));
}

function translation(slug: string): Translation {
  return translationSchema.parse(JSON.parse(readFileSync(`content/translations/en/${slug}.json`, 'utf8')));
}

describe('English translations, aligned with the reports', () => {
  it.each(slugs)('%s: one translation, of the report’s own edition', (slug) => {
    const t = translation(slug);
    expect(t.report).toBe(slug);
    const { frontmatter } = splitFrontmatter(readFileSync(`${REPORTS}/${slug}.mdx`, 'utf8'));
    const data = parse(frontmatter ?? '') as { script: string; deck?: string };
    expect(t.from).toBe(data.script);
    expect(t.deck === undefined).toBe(data.deck === undefined);
  });

  it.each(slugs)('%s: every paragraph, heading and caption has its translation, in order, and nothing else', (slug) => {
    expect(Object.keys(translation(slug).blocks)).toEqual(pageBlocks(slug).map((b) => b.id));
  });

  it.each(slugs)('%s: restored text and gaps are marked in the translation, once each, in order', (slug) => {
    const t = translation(slug);
    for (const { id, block } of pageBlocks(slug)) {
      const ids = block.segments.filter((s) => s.type !== 'text').map((s) => (s as { id: string }).id);
      const marks = [...t.blocks[id]!.matchAll(TRANSLATION_MARK)];
      expect(
        marks.map((m) => m[1]),
        `${slug} ${id}`,
      ).toEqual(ids);
      for (const m of marks) {
        const isGap = block.segments.some((s) => s.type === 'gap' && s.id === m[1]);
        expect(m[2] === '', `${slug} ${id} {${m[1]}:…}`).toBe(isGap);
      }
    }
  });

  it.each(slugs)('%s: every year, date and count printed in a paragraph appears in its translation', (slug) => {
    const t = translation(slug);
    const missing: string[] = [];
    for (const { id, text } of pageBlocks(slug)) missing.push(...missingNumbers(text, t.blocks[id]!).map((n) => `${id}: ${n}`));
    expect(missing).toEqual([]);
  });

  it('the number check finds a missing figure and accepts a month by name', () => {
    expect(numberFound('420', 'over RMB 4.2 million (420余万元)', '420余万元', 0)).toBe(true);
    expect(numberFound('420', 'over RMB 4.2 million', '420余万元', 0)).toBe(false);
    expect(numberFound('3', 'in March 2020', '2020年3月', 5)).toBe(true);
    expect(numberFound('13', 'in March 2020', '13个', 0)).toBe(false);
    expect(numberFound('2300', 'some 2,300 people', '2300人', 0)).toBe(true);
  });
});
