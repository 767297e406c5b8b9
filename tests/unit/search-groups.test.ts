/**
 * Results by report without loading them (src/lib/search/groups.ts): places from the
 * lookup file, groups and their order, the passages shown first, and the distribution.
 */
import { describe, expect, it } from 'vitest';
import { distribution, groupByReport, recordPlaces, restInReadingOrder, shownAtFirst } from '../../src/lib/search/groups';
import type { Lookup } from '../../src/lib/search/shared';

const report = (records: [string, string][], text: number): Lookup['reports'][string] => ({
  title: '',
  programme: '',
  lang: 'zh-Hans',
  figures: {},
  notes: {},
  quoted: {},
  records,
  text,
});

// a: title, p1, a heading, p2, p3, caption f1 (six text blocks), then a figure and the summary.
// b: title, p1, p2 (three), then the summary.
const LOOKUP: Lookup = {
  version: 2,
  fold: '',
  reports: {
    a: report(
      [
        ['a0', ''],
        ['a1', 'p1'],
        ['a2', '小标题'],
        ['a3', 'p2'],
        ['a4', 'p3'],
        ['a5', 'f1'],
        ['a6', 'fig-money'],
        ['a7', 'programme'],
      ],
      6,
    ),
    b: report(
      [
        ['b0', ''],
        ['b1', 'p1'],
        ['b2', 'p2'],
        ['b3', 'programme'],
      ],
      3,
    ),
  },
};

const hit = (id: string, score: number) => ({ id, score });

describe('places', () => {
  it('knows every record by id: its report, element, kind and place in the text (none for the summary panel)', () => {
    const places = recordPlaces(LOOKUP);
    expect(places.size).toBe(12);
    expect(places.get('a0')).toEqual({ slug: 'a', anchor: '', kind: 'title', block: 0 });
    expect(places.get('a2')).toEqual({ slug: 'a', anchor: '小标题', kind: 'heading', block: 2 });
    expect(places.get('a5')).toEqual({ slug: 'a', anchor: 'f1', kind: 'caption', block: 5 });
    expect(places.get('a6')).toEqual({ slug: 'a', anchor: 'fig-money', kind: 'figure', block: null });
    expect(places.get('b3')).toEqual({ slug: 'b', anchor: 'programme', kind: 'summary', block: null });
  });
});

describe('groups', () => {
  it('puts the report with most hits first, then the one with the best hit; hits best first', () => {
    const groups = groupByReport([hit('b1', 9), hit('a4', 2), hit('a1', 5), hit('a7', 1), hit('b2', 3)], LOOKUP);
    expect(groups.map((g) => g.slug)).toEqual(['a', 'b']);
    expect(groups[0]!.hits.map((h) => h.anchor)).toEqual(['p1', 'p3', 'programme']);
    expect(groups[0]!.blocks).toBe(6);
    const tie = groupByReport([hit('a1', 1), hit('b1', 2)], LOOKUP);
    expect(tie.map((g) => g.slug)).toEqual(['b', 'a']);
  });

  it('refuses an id the lookup file does not know (index and lookup from different builds)', () => {
    expect(() => groupByReport([hit('zz', 1)], LOOKUP)).toThrow(/zz.*search\/lookup\.json/);
  });

  it('shows the best two passages and lists the rest in reading order, the summary panel last', () => {
    expect([0, 1, 2, 3, 9].map(shownAtFirst)).toEqual([0, 1, 2, 2, 2]);
    const [a] = groupByReport([hit('a7', 9), hit('a4', 8), hit('a1', 1), hit('a6', 2), hit('a2', 3)], LOOKUP);
    expect(a!.hits.slice(0, shownAtFirst(a!.hits.length)).map((h) => h.anchor)).toEqual(['programme', 'p3']);
    expect(restInReadingOrder(a!).map((h) => h.anchor)).toEqual(['p1', '小标题', 'fig-money']);
  });
});

describe('distribution', () => {
  it('places a tick at each hit in the text, in reading order, and counts the rest', () => {
    const [a] = groupByReport([hit('a4', 1), hit('a0', 2), hit('a1', 3), hit('a7', 4), hit('a5', 5)], LOOKUP);
    const d = distribution(a!);
    expect(d.total).toBe(5);
    expect(d.blocks).toBe(6);
    expect(d.ticks).toEqual([
      { block: 0, anchor: '', kind: 'title' },
      { block: 1, anchor: 'p1', kind: 'paragraph' },
      { block: 4, anchor: 'p3', kind: 'paragraph' },
      { block: 5, anchor: 'f1', kind: 'caption' },
    ]);
    expect(d.paragraphs).toEqual({ count: 2, first: 1, last: 3 });
    expect(d.otherText).toBe(2);
    expect(d.panel).toBe(1);
  });

  it('has no paragraph range when no paragraph matches', () => {
    const [b] = groupByReport([hit('b3', 1)], LOOKUP);
    expect(distribution(b!)).toEqual({ total: 1, ticks: [], blocks: 3, paragraphs: null, otherText: 0, panel: 1 });
  });
});
