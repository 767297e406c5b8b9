/**
 * The English index (src/lib/search/english.ts) on the archive's own content: one record
 * per translated block, title, figure and English summary, linking to the English page;
 * their text as read (marks resolved, gaps left out); and how the browser finds in a
 * record's text the words Pagefind's locations name (english-client.ts, wordRanges).
 */
import { describe, expect, it } from 'vitest';
import { buildEnglishEntries, buildEnglishLookup, englishFigure } from '../../src/lib/search/english';
import { wordRanges } from '../../src/lib/search/english-client';
import { sourceReports } from '../../src/lib/search/input';
import { toPagefindRecord } from '../../src/lib/search/records';
import { kindOfAnchor } from '../../src/lib/search/shared';
import { loadArchive } from '../helpers/content';

const archive = loadArchive(process.cwd());
const translations = [...archive.translations.values()];
const input = { reports: sourceReports(archive.reports), programmes: archive.programmes, translations };
const entries = buildEnglishEntries({ ...input, base: '/archive/' });

describe('the English records', () => {
  it('are, per report, its title, every translated block, every figure and its English summary, in that order', () => {
    for (const t of translations) {
      const p = archive.programmes.find((x) => x.slug === t.report)!;
      const own = entries.filter((e) => e.slug === t.report);
      expect(own.map((e) => e.anchor)).toEqual([
        '',
        ...Object.keys(t.blocks),
        ...(p.figures ?? []).map((f) => `fig-${f.id}`),
        ...(p.summaryEn !== undefined ? ['programme'] : []),
      ]);
      expect(own.map((e) => e.kind)).toEqual(own.map((e) => kindOfAnchor(e.anchor)));
    }
  });

  it('leave out a report with no translation yet (it is still in the Chinese index)', () => {
    const [first, ...others] = translations;
    const without = buildEnglishEntries({ ...input, translations: others, base: '/' });
    expect(without.some((e) => e.slug === first!.report)).toBe(false);
    expect(without.length).toBe(entries.filter((e) => e.slug !== first!.report).length);
    const lookup = buildEnglishLookup({ ...input, translations: others }, { entries: without, idOf: (url) => url });
    expect(Object.keys(lookup.reports)).not.toContain(first!.report);
  });

  it('link to the English report page under the base path, and carry the Chinese records’ filters', () => {
    const e = entries.find((x) => x.anchor === 'p1')!;
    expect(e.url).toBe(`/archive/en/reports/${e.slug}/#p1`);
    const p = archive.programmes.find((x) => x.slug === e.slug)!;
    expect(e.filters.province).toEqual([p.province]);
    expect(e.filters.report).toEqual([e.slug]);
    expect(toPagefindRecord(e, 'en').language).toBe('en');
  });

  it('hold the text as read: restored words without their marks, no gap, one space between words', () => {
    for (const e of entries) {
      expect(e.text).not.toMatch(/\{r\d+:|\s{2}|^\s|\s$/);
    }
    const restored = translations
      .flatMap((t) => Object.entries(t.blocks).map(([id, b]) => ({ slug: t.report, id, b })))
      .find((x) => /\{r\d+:[^}]+\}/.test(x.b))!;
    const words = /\{r\d+:([^}]+)\}/.exec(restored.b)![1]!;
    expect(entries.find((e) => e.slug === restored.slug && e.anchor === restored.id)!.text).toContain(words);
  });

  it('give a figure by its English label and the value as printed', () => {
    const p = archive.programmes.find((x) => (x.figures ?? []).length > 0)!;
    const f = p.figures![0]!;
    expect(entries.find((e) => e.slug === p.slug && e.anchor === `fig-${f.id}`)!.text).toBe(englishFigure(f));
    expect(englishFigure(f)).toBe(`${f.labelEn}: ${f.value}`);
  });

  it('index dashes and slashes as spaces, so each side is a word, keeping every offset', () => {
    const dashed = entries.find((e) => /\w–\w/.test(e.text))!;
    expect(dashed.content).toHaveLength(dashed.text.length);
    expect(dashed.content).not.toMatch(/–/);
  });
});

describe('the English lookup file', () => {
  it('lists each report’s records as the Chinese one does, with the English title and the script of the Chinese page', () => {
    const lookup = buildEnglishLookup(input, { entries, idOf: (url) => `id:${url}` });
    for (const t of translations) {
      const r = lookup.reports[t.report]!;
      expect(r.title).toBe(t.title);
      expect(r.lang).toBe('en');
      expect(r.original).toBe(archive.reports.find((x) => x.id === t.report)!.data.script);
      expect(r.text).toBe(1 + Object.keys(t.blocks).length);
      expect(r.records[1]).toEqual([`id:/archive/en/reports/${t.report}/#${Object.keys(t.blocks)[0]}`, Object.keys(t.blocks)[0]]);
    }
  });
});

describe('the words Pagefind found', () => {
  it('are marked by word number, punctuation aside, with dashes and slashes between words', () => {
    const text = 'The “Taizhou–Alar” festival, held by hospitals/clinics (醫院).';
    const marked = (locations: number[]) => wordRanges(text, locations).map((r) => text.slice(r.start, r.end));
    expect(marked([1])).toEqual(['Taizhou']);
    expect(marked([2, 0])).toEqual(['The', 'Alar']);
    expect(marked([6, 7, 8])).toEqual(['hospitals', 'clinics', '醫院']);
    expect(marked([40])).toEqual([]);
  });
});
