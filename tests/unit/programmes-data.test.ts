/**
 * Editorial rules for the real programme data that the build-time validation does not
 * enforce: quotes are whole sentences, values are not part of a larger number, our own
 * text is in Simplified script, no damaged text is quoted, every region is used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../helpers/content';
import { isCurated } from '../../src/core/schemas/programme';
import { paragraphTexts } from '../../src/lib/report-text';

/** A paragraph's sentences: each ends with 。！？ or a lone …… and keeps the closing quotes that follow. */
function sentences(paragraph: string): string[] {
  return paragraph.match(/[^。！？…]*(?:[。！？]+|…+|$)[”’」』）]*/g)!.filter((s) => s !== '');
}

/** Whether `quote` is one sentence of `paragraph`, or several consecutive ones. */
function isWholeSentences(quote: string, paragraph: string): boolean {
  const ss = sentences(paragraph);
  for (let i = 0; i < ss.length; i++) {
    let joined = '';
    for (let j = i; j < ss.length; j++) {
      joined += ss[j];
      if (joined.trim() === quote) return true;
      if (joined.length > quote.length) break;
    }
  }
  return false;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const archive = loadArchive();
/** What this file checks is the curation (figures, period, summary); a programme not yet curated has none. */
const programmes = archive.programmes.filter(isCurated);

describe('the sentence splitter used here', () => {
  it('splits after full stops, keeping closing quotes', () => {
    expect(sentences('甲说：“一。二。”乙。丙！……丁')).toEqual(['甲说：“一。', '二。”', '乙。', '丙！', '……', '丁']);
    expect(isWholeSentences('二。”乙。', '甲说：“一。二。”乙。')).toBe(true);
    expect(isWholeSentences('二。', '甲说：“一。二。”乙。')).toBe(false);
  });
});

describe.each(programmes.map((p) => [p.slug, p] as const))('%s', (slug, programme) => {
  const paragraphs = paragraphTexts(readFileSync(join(process.cwd(), `content/reports/${slug}.mdx`), 'utf8'));

  it('quotes whole sentences for its figures', () => {
    for (const f of programme.figures) {
      expect(isWholeSentences(f.quote, paragraphs.get(f.anchor) ?? ''), `${f.id}: ${f.quote}`).toBe(true);
    }
  });

  it('prints each value as a whole number in its quote, not as the tail of another (2亿元 in 1.2亿元)', () => {
    for (const f of programme.figures) {
      const escaped = f.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(new RegExp(`(?<![\\d.])${escaped}`).test(f.quote), `${f.id}: ${f.value}`).toBe(true);
    }
  });

  it('writes its own text (title, labels, summary) in Simplified script', () => {
    const own = [programme.title, programme.summary, ...programme.figures.map((f) => f.label)];
    for (const text of own) expect(toSimplified(text), text).toBe(text);
  });

  it('quotes no damaged text', () => {
    const quotes = [
      ...programme.figures.map((f) => f.quote),
      ...programme.recipients.map((r) => r.quote),
      programme.period.quote,
      programme.batch?.quote ?? '',
    ];
    for (const q of quotes) expect(q, q).not.toMatch(/[\uFFFD?]|〔缺〕/);
  });

  it('has at least one money figure and one primary recipient', () => {
    expect(programme.figures.some((f) => f.category === 'money')).toBe(true);
    expect(programme.recipients.filter((r) => r.primary).length).toBeGreaterThan(0);
  });

  it('gives a period that starts no later than it ends', () => {
    const { start, end } = programme.period;
    if (start && end) expect(start <= end).toBe(true);
  });
});

describe('regions and provinces', () => {
  const regions = archive.regions;

  it('are each the recipient region of some programme', () => {
    const used = new Set(archive.programmes.flatMap((p) => p.recipients.map((r) => r.region)));
    expect([...used].sort()).toEqual(regions.regions.map((r) => r.id).sort());
    const provinces = new Set(archive.programmes.map((p) => p.province));
    expect([...provinces].sort()).toEqual(archive.provinces.map((p) => p.id).sort());
  });

  it('give Traditional names that match the Simplified ones', () => {
    for (const r of regions.regions) expect(toTraditional(r.name), r.id).toBe(r.nameHant);
    for (const p of archive.provinces) expect(toTraditional(p.name), p.id).toBe(p.nameHant);
  });

  it('give their kind consistently with their id', () => {
    for (const r of regions.regions) {
      expect(r.kind, r.id).toBe(r.id.startsWith('xpcc-') ? 'xpcc-division' : 'xuar-prefecture');
    }
  });
});
