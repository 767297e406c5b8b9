import { describe, expect, it } from 'vitest';
import { firstUses, useCounts, type ReportUses, type UseLink } from '../../src/lib/apparatus/glossary-uses';

const para = (anchor: string, linked = false): UseLink => ({ anchor, count: 1, heading: null, linked });
const heading = (n: number): UseLink => ({ anchor: `h${n}`, count: 1, heading: { n, text: `heading ${n}` }, linked: false });
const uses: ReportUses[] = [
  { slug: 'a', links: [heading(1), para('p2', true)] },
  { slug: 'b', links: [para('p1', true), para('p5'), para('p9')] },
  { slug: 'c', links: [para('p3', true)] },
];

describe('glossary uses', () => {
  it('counts the reports, paragraphs and headings that use a term', () => {
    expect(useCounts(uses)).toEqual({ reports: 3, paragraphs: 5, headings: 1 });
    expect(useCounts([])).toEqual({ reports: 0, paragraphs: 0, headings: 0 });
  });

  it('keeps the first n uses in order, each under its report, and no report without one', () => {
    expect(firstUses(uses, 3)).toEqual([
      { slug: 'a', links: [heading(1), para('p2', true)] },
      { slug: 'b', links: [para('p1', true)] },
    ]);
    expect(firstUses(uses, 2)).toEqual([uses[0]]);
    expect(firstUses(uses, 10)).toEqual(uses);
  });
});
