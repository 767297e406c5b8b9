/**
 * The browse lists (src/lib/browse.ts): reading order, province groups, the reports that
 * name each region. Small fixtures for the rules; the real data for the groups the brief
 * names (Zhejiang by 台州市 and 湖州市, Shandong by province and 东营市, …).
 */
import { describe, expect, it } from 'vitest';
import {
  captureNumber,
  headlineFigures,
  inCaptureOrder,
  neighbours,
  periodRange,
  provinceCounts,
  provinceGroups,
  recipientsByRole,
  regionCounts,
  reportsNamingRegion,
  simplifiedName,
} from '../../src/lib/browse';
import { curated, loadArchive } from '../helpers/content';
import { programme } from '../fixtures/programme';

const entry = (id: string, n: string) => ({ id, data: { source: { file: `content/sources/${n}_abc123.txt` } } });

describe('reading order', () => {
  const reports = [entry('c', '002'), entry('a', '000'), entry('e', '004'), entry('b', '001'), entry('d', '003')];

  it('reads the capture number from the capture file', () => {
    expect(captureNumber(entry('x', '003'))).toBe('003');
    expect(() => captureNumber({ data: { source: { file: 'content/sources/nope.txt' } } })).toThrow(/capture number/);
  });

  it('orders by capture number', () => {
    expect(inCaptureOrder(reports).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives previous and next, without wrapping', () => {
    expect(neighbours(reports, 'a')).toEqual({ previous: null, next: reports[3] });
    expect(neighbours(reports, 'c').previous?.id).toBe('b');
    expect(neighbours(reports, 'c').next?.id).toBe('d');
    expect(neighbours(reports, 'e').next).toBeNull();
    expect(() => neighbours(reports, 'zz')).toThrow();
  });
});

describe('province groups', () => {
  it('groups by leading city (one city in two scripts is one group), the province itself as null', () => {
    const ps = [
      programme('b', '003_b.txt', 'shandong', '东营市', [['甲', 'kashgar', true]]),
      programme('a', '001_a.txt', 'shandong', '東營市', [['乙', 'kashgar', true]]),
      programme('c', '000_c.txt', 'shandong', null, [['丙', 'xpcc-12th-division', true]]),
      programme('d', '002_d.txt', 'zhejiang', '湖州市', [['丁', 'aksu', true]]),
    ];
    expect(provinceGroups(ps, 'shandong')).toEqual([
      { city: null, cityEn: null, printed: [], slugs: ['c'] },
      { city: '东营市', cityEn: 'City', printed: ['東營市', '东营市'], slugs: ['a', 'b'] },
    ]);
    expect(provinceGroups(ps, 'shanxi')).toEqual([]);
  });

  it('on the real data: Shandong by province and 东营市, Zhejiang by 台州市 and 湖州市, Shanxi by province', () => {
    const ps = loadArchive().programmes;
    const summary = (id: string) => provinceGroups(ps, id).map((g) => [g.city, g.slugs]);
    expect(summary('shandong')).toEqual([
      [null, ['shandong-12th-division']],
      ['东营市', ['dongying-shule']],
    ]);
    expect(summary('zhejiang')).toEqual([
      ['台州市', ['taizhou-alar']],
      ['湖州市', ['huzhou-keping']],
    ]);
    expect(summary('shanxi')).toEqual([[null, ['shanxi-changji-6th-division']]]);
  });
});

describe('regions', () => {
  it('lists every report naming a region, primary or not, once each', () => {
    const ps = [
      programme('a', '000_a.txt', 'shandong', null, [['十二师', 'xpcc-12th-division', true]]),
      programme('b', '003_b.txt', 'shanxi', null, [
        ['州直', 'changji', true],
        ['二二二团', 'xpcc-12th-division', false],
      ]),
      programme('c', '004_c.txt', 'zhejiang', null, [
        ['三团', 'xpcc-1st-division', false],
        ['阿拉尔市', 'xpcc-1st-division', false],
      ]),
    ];
    expect(reportsNamingRegion(ps, 'xpcc-12th-division').map((m) => [m.slug, m.primary])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(reportsNamingRegion(ps, 'xpcc-1st-division')[0]?.recipients.map((r) => r.name)).toEqual(['三团', '阿拉尔市']);
    expect(regionCounts(ps).get('xpcc-1st-division')).toBe(1);
    expect(regionCounts(ps).get('kashgar')).toBeUndefined();
  });

  it('on the real data: xpcc-12th-division has 000 and 003, xpcc-1st-division 002 and 004', () => {
    const ps = loadArchive().programmes;
    const sources = (id: string) => reportsNamingRegion(ps, id).map((m) => ps.find((p) => p.slug === m.slug)!.source.slice(0, 3));
    expect(sources('xpcc-12th-division')).toEqual(['000', '003']);
    expect(sources('xpcc-1st-division')).toEqual(['002', '004']);
    expect(sources('kashgar')).toEqual(['001']);
    const counts = provinceCounts(ps);
    expect([counts.get('shandong'), counts.get('zhejiang'), counts.get('shanxi')]).toEqual([2, 2, 1]);
  });
});

describe('small helpers', () => {
  it('simplifies printed names', () => {
    expect(simplifiedName('東營市')).toBe('东营市');
    expect(simplifiedName('新疆生產建設兵團第十二師')).toBe('新疆生产建设兵团第十二师');
    expect(simplifiedName('台州市')).toBe('台州市');
  });

  it('formats period spans', () => {
    expect(periodRange({ start: '2015-08', end: '2025-08' })).toBe('2015.8–2025.8');
    expect(periodRange({ start: '2020-03' })).toBe('2020.3 起');
    expect(periodRange({ end: '2023-09' })).toBe('–2023.9');
    expect(periodRange({ start: '2023', end: '2023' })).toBe('2023年');
    expect(periodRange({})).toBeNull();
  });

  it('splits recipients by role and picks headline figures from the front of the list', () => {
    const p = curated(loadArchive().programmes.find((x) => x.slug === 'huzhou-keping')!);
    const { primary, secondary } = recipientsByRole(p);
    expect(primary.every((r) => r.primary)).toBe(true);
    expect(secondary.every((r) => !r.primary)).toBe(true);
    expect(primary.length + secondary.length).toBe(p.recipients.length);
    expect(headlineFigures(p)).toEqual(p.figures.slice(0, 2));
  });
});
