/**
 * Editorial rules for the real programme data that the build-time validation does not
 * enforce: quotes are whole sentences, values are not part of a larger number, our own
 * text is in Simplified script, no damaged text is quoted, every region is used, and our
 * English says what our Chinese says: the same numbers, and the gazetteer's English names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { loadArchive, loadCollections } from '../helpers/content';
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What each number a Chinese text prints in digits must look like in its English version:
 * a month by its name (3月 → March), any other number as printed (2023, 29, 10.6), except
 * amounts counted in 万 or 亿, which the English converts (13.56亿元 → RMB 1.356 billion).
 */
function printedNumbers(zh: string): string[] {
  return [...zh.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(月|[万亿萬億])?/g)].flatMap(([, n, after]) => {
    if (after === '月') return [MONTHS[Number(n) - 1]!];
    return after ? [] : [n!];
  });
}

/** Whether `en` shows `shown` as a word or a whole number (2023, not 12023 or 2023.5). */
const shows = (en: string, shown: string) => new RegExp(`(?<![\\d.])${shown.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(en);

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const archive = loadArchive();
const gazetteer = loadCollections(process.cwd()).gazetteer[0]!.data;
/** What this file checks is the curation (figures, period, summary); a programme not yet curated has none. */
const programmes = archive.programmes.filter(isCurated);

describe('the numbers looked for in our English', () => {
  it('are the digits of the Chinese, months by name, amounts in 万 or 亿 left out', () => {
    expect(printedNumbers('自2020年3月起，投入13.56亿元，实施25大项、596小项，截至6月底完成10.6%。')).toEqual([
      '2020',
      'March',
      '25',
      '596',
      'June',
      '10.6',
    ]);
    expect(shows('from March 2020, 25 major items.', '2020')).toBe(true);
    expect(shows('RMB 12020 million', '2020')).toBe(false);
    expect(shows('10.65%', '10.6')).toBe(false);
  });
});

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

  it('prints in each English figure label the numbers of its Chinese label', () => {
    for (const f of programme.figures) {
      for (const n of printedNumbers(f.label)) expect(shows(f.labelEn, n), `${f.id}: ${n} of ${f.label} in “${f.labelEn}”`).toBe(true);
    }
  });

  it('gives in the English summary the years, months and counts of the Chinese one', () => {
    const numbers = printedNumbers(programme.summary);
    expect(numbers.some((n) => /^\d{4}$/.test(n))).toBe(true);
    for (const n of numbers) expect(shows(programme.summaryEn, n), `${n} of the summary`).toBe(true);
  });

  it('names its lead city and the recipients the gazetteer names in full by the gazetteer’s English names', () => {
    const city = gazetteer.supporters.find((s) => s.kind === 'city' && [s.name.hans, s.name.hant].includes(programme.city ?? ''));
    expect(programme.cityEn).toBe(city?.name.en ?? null);
    for (const r of programme.recipients) {
      const entry = gazetteer.recipients.find((e) => e.name.hans === r.name || e.name.hant === r.name);
      if (entry) expect(r.nameEn, r.name).toBe(entry.name.en);
    }
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
