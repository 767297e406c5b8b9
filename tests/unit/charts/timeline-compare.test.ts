import { describe, expect, it } from 'vitest';
import { approxQualifier, COMPARE_CATEGORIES, compareModel, formatAmount } from '../../../src/lib/charts/compare-model';
import { dateToYear, estimateSpan, periodTag } from '../../../src/lib/charts/time';
import { timelineLayout, timelineModel, type ReportInfo } from '../../../src/lib/charts/timeline-model';
import { FIGURE_CATEGORIES } from '../../../src/core/schemas/programme';
import { programmes } from './fixtures';

const reports = (): ReportInfo[] => [
  { slug: 'alpha', title: '甲報道', script: 'zh-Hant', published: { stated: false, estimate: '2022-10/2023-06' } },
  { slug: 'beta', title: '乙报道', script: 'zh-Hans', published: { stated: true, date: '2024-01-30' } },
];

describe('time helpers', () => {
  it('turns periods into short tags', () => {
    expect(periodTag('2015-08', '2025-08')).toBe('2015.8–2025.8');
    expect(periodTag('2023-01', '2023-12')).toBe('2023年');
    expect(periodTag('2020-03', undefined)).toBe('2020.3 起');
    expect(periodTag('2020', '2023-09')).toBe('2020–2023.9');
  });

  it('reads dates and estimates as decimal years', () => {
    expect(dateToYear('2024-01-01')).toBeCloseTo(2024 + 0.5 / 366, 6);
    expect(estimateSpan('2022-10/2023-06')).toEqual({ from: 2022 + 9 / 12, to: 2023.5 });
    expect(estimateSpan('2023')).toEqual({ from: 2023, to: 2024 });
  });
});

describe('timelineModel', () => {
  it('orders rows by start and links each bar to the paragraph stating the period', () => {
    const m = timelineModel(programmes(), reports());
    expect(m.rows.map((r) => [r.slug, r.period?.href, r.period?.tag])).toEqual([
      ['alpha', 'reports/alpha/#p2', '2020.3 起'],
      ['beta', 'reports/beta/#p1', '2023年'],
    ]);
    expect(m.domain).toEqual([2020, 2025]);
    expect(m.ticks).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('draws an open period to the publication, and keeps estimates apart from stated dates', () => {
    const m = timelineModel(programmes(), reports());
    const alpha = m.rows[0]!;
    expect(alpha.bar).toEqual({ from: 2020 + 2 / 12, to: 2022 + 9 / 12, open: true });
    expect(alpha.published).toEqual({ stated: false, estimate: '2022-10/2023-06', from: 2022 + 9 / 12, to: 2023.5 });
    expect(alpha.batch?.href).toBe('reports/alpha/#p3');
    const beta = m.rows[1]!;
    expect(beta.bar).toEqual({ from: 2023, to: 2024, open: false });
    expect(beta.published.stated).toBe(true);
    expect(beta.batch).toBeNull();
  });

  it('follows the data: a changed period moves the bar', () => {
    const data = programmes();
    data[1]!.period.start = '2019-07';
    const m = timelineModel(data, reports());
    expect(m.rows[0]!.slug).toBe('beta');
    expect(m.rows[0]!.bar!.from).toBeCloseTo(2019.5, 6);
    expect(m.domain[0]).toBe(2019);
  });

  it('lays rows out top to bottom and maps the domain onto the width', () => {
    const m = timelineModel(programmes(), reports());
    const l = timelineLayout(m, { width: 520, left: 10, right: 10, top: 0, rowHeight: 50, barOffset: 20, axisHeight: 30 });
    expect(l.x(2020)).toBe(10);
    expect(l.x(2025)).toBe(510);
    expect(l.lanes.map((r) => r.y)).toEqual([0, 50]);
    expect(l.height).toBe(130);
  });

  it('gives each programme one lane, holding every report of the same supporter, city and regions', () => {
    const copy = { ...programmes()[0]!, slug: 'gamma', source: '002_cccc.txt', period: { ...programmes()[0]!.period, start: '2021-01' } };
    const m = timelineModel([...programmes(), copy], [...reports(), { ...reports()[0]!, slug: 'gamma' }]);
    expect(m.rows).toHaveLength(3);
    expect(m.lanes.map((l) => [l.key, l.rows.map((r) => r.slug)])).toEqual([
      ['shandong/Dongying→kashgar', ['alpha', 'gamma']],
      ['shanxi/→changji+xpcc-12th-division', ['beta']],
    ]);
    const l = timelineLayout(m, { width: 520, left: 10, right: 10, top: 0, rowHeight: 50, barOffset: 20, axisHeight: 30 });
    expect(l.height).toBe(130);
  });

  it('refuses a programme without a report', () => {
    expect(() => timelineModel(programmes(), reports().slice(0, 1))).toThrow(/"beta" has no report/);
  });
});

describe('compareModel', () => {
  it('has a row for every figure category', () => {
    expect([...COMPARE_CATEGORIES].sort()).toEqual([...FIGURE_CATEGORIES].sort());
  });

  it('puts each figure in its category and column, normalised to one unit', () => {
    const m = compareModel(programmes(), { alpha: 'zh-Hant' });
    expect(m.columns.map((c) => [c.slug, c.period?.tag, c.script])).toEqual([
      ['alpha', '2020.3 起', 'zh-Hant'],
      ['beta', '2023年', 'zh-Hans'],
    ]);
    const money = m.rows.find((r) => r.category === 'money')!;
    expect(money.cells[0]!.map((f) => [f.printed, f.normalised, f.scaled, f.href])).toEqual([
      ['13.56億元', '1,356,000,000 元', true, 'reports/alpha/#p6'],
      ['420余萬元', '4,200,000 元', true, 'reports/alpha/#p4'],
    ]);
    expect(money.cells[1]!.map((f) => f.normalised)).toEqual(['150,000,000 元']);
    expect(money.units).toEqual(['元']);
  });

  it('says what is approximate and where units differ, and leaves no figure out', () => {
    const m = compareModel(programmes());
    const people = m.rows.find((r) => r.category === 'people')!;
    expect(people.units).toEqual(['名', '人次']);
    expect(people.cells[0]!.map((f) => [f.printed, f.approx, f.qualifier])).toEqual([
      ['千余名', true, '余'],
      ['300人次', false, null],
    ]);
    expect(m.rows.find((r) => r.category === 'jobs')!.cells[0]).toEqual([]);
    const rate = m.rows.find((r) => r.category === 'health')!.cells[1]![0]!;
    expect([rate.printed, rate.value, rate.normalised]).toEqual(['92%', null, null]);
    const total = m.rows.flatMap((r) => r.cells.flat()).length;
    expect(total).toBe(programmes().reduce((n, p) => n + p.figures.length, 0));
  });

  it('follows the data: a changed figure changes its cell', () => {
    const data = programmes();
    data[1]!.figures[0]!.value = '2.5亿元';
    data[1]!.figures[0]!.amount = { value: 250000000, unit: '元', approx: false };
    const m = compareModel(data);
    expect(m.rows[0]!.cells[1]![0]!.normalised).toBe('250,000,000 元');
    data[1]!.figures[0]!.category = 'results';
    expect(
      compareModel(data)
        .rows.find((r) => r.category === 'results')!
        .cells[1]!.map((f) => f.id),
    ).toEqual(['funds']);
  });

  it('finds the qualifying words and groups thousands', () => {
    expect(approxQualifier('10萬噸左右')).toBe('左右');
    expect(approxQualifier('超1億元')).toBe('超');
    expect(approxQualifier('近200台')).toBe('近');
    expect(approxQualifier('755名')).toBeNull();
    expect(formatAmount(1180700, '元')).toBe('1,180,700 元');
    expect(formatAmount(92.5, '%')).toBe('92.5 %');
  });
});
