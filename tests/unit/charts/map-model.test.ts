import { describe, expect, it } from 'vitest';
import { pairingMapModel } from '../../../src/lib/charts/map-model';
import { arcPath, framePath, inFrame, layoutLines, layoutPoints, scaleBar } from '../../../src/lib/charts/map-layout';
import type { LonLat } from '../../../src/lib/charts/basemap';
import { places, programmes, provinces, regions } from './fixtures';

const input = () => ({ programmes: programmes(), places: places(), provinces: provinces(), regions: regions(), scripts: { alpha: 'zh-Hant' as const } });

describe('pairingMapModel', () => {
  it('makes one pair per recipient, linked to the paragraph that names it', () => {
    const m = pairingMapModel(input());
    expect(m.pairs.map((p) => [p.key, p.province, p.place, p.primary, p.href])).toEqual([
      ['alpha/0', 'shandong', 'a-county', true, 'reports/alpha/#p2'],
      ['beta/0', 'shanxi', 'b-pref', true, 'reports/beta/#p2'],
      ['beta/1', 'shanxi', 'b-regiment', false, 'reports/beta/#p2'],
    ]);
    expect(m.pairs[0]!.script).toBe('zh-Hant');
    expect(m.pairs[1]!.script).toBe('zh-Hans');
  });

  it('draws only the places some report names, each linking to its region', () => {
    const m = pairingMapModel(input());
    expect(m.places.map((p) => [p.place.id, p.href, p.supporters])).toEqual([
      ['a-county', 'regions/kashgar/', ['shandong']],
      ['b-pref', 'regions/changji/', ['shanxi']],
      ['b-regiment', 'regions/xpcc-12th-division/', ['shanxi']],
    ]);
  });

  it('lists each supporting province with its leading cities as printed', () => {
    const m = pairingMapModel(input());
    expect(m.supporters.map((s) => [s.province.id, s.href, s.cities.map((c) => c.name), s.pairs])).toEqual([
      ['shandong', 'provinces/shandong/', ['東營市'], ['alpha/0']],
      ['shanxi', 'provinces/shanxi/', [], ['beta/0', 'beta/1']],
    ]);
  });

  it('follows the data: a new recipient is a new pair', () => {
    const data = input();
    data.programmes[0]!.recipients.push({
      name: '乙团',
      nameEn: 'Regiment B',
      region: 'xpcc-12th-division',
      kind: 'regiment',
      primary: false,
      anchor: 'p9',
      quote: '乙团。',
    });
    const m = pairingMapModel(data);
    expect(m.pairs.map((p) => p.key)).toContain('alpha/1');
    expect(m.places.find((p) => p.place.id === 'b-regiment')!.supporters).toEqual(['shandong', 'shanxi']);
  });

  it('refuses a recipient it cannot place, or one placed in another region', () => {
    const data = input();
    data.programmes[0]!.recipients[0]!.name = '丙县';
    expect(() => pairingMapModel(data)).toThrow(/"丙县" has no place/);
    const data2 = input();
    data2.programmes[0]!.recipients[0]!.region = 'aksu';
    expect(() => pairingMapModel(data2)).toThrow(/is in region "aksu", but place "a-county" is in "kashgar"/);
  });
});

describe('map layout', () => {
  const project = ([lon, lat]: LonLat) => [lon * 10, 500 - lat * 10] as const;

  it('arcs bow northwards (up) whichever way they run', () => {
    const west = arcPath([500, 200], [100, 200], 0.2);
    const east = arcPath([100, 200], [500, 200], 0.2);
    expect(west).toBe('M500,200Q300,120 100,200');
    expect(east).toBe('M100,200Q300,120 500,200');
  });

  it('draws one line per pairing however many reports name it, and two cities of one province to one place apart', () => {
    const data = input();
    data.programmes.push({ ...data.programmes[0]!, slug: 'gamma', source: '002_cccc.txt' });
    const m = pairingMapModel(data);
    const county = m.pairings.find((g) => g.place === 'a-county')!;
    expect([county.key, county.pairs, county.slugs, county.primary]).toEqual([
      'shandong/Dongying→a-county',
      ['alpha/0', 'gamma/0'],
      ['alpha', 'gamma'],
      true,
    ]);
    expect(m.places.find((p) => p.place.id === 'a-county')!.slugs).toEqual(['alpha', 'gamma']);
    expect(m.pairings.map((g) => [g.key, g.primary])).toContainEqual(['shanxi/→b-regiment', false]);
    // Named by two reports, it leads to its region's comparison; named by one, to that report's pair.
    expect(county.leadsTo).toEqual({ comparison: county.region });
    expect(m.pairings.find((g) => g.key === 'shanxi/→b-regiment')!.leadsTo).toEqual({ pair: 'beta/1' }); // 乙团, beta's second recipient
    data.programmes.push({ ...data.programmes[0]!, slug: 'delta', source: '003_dddd.txt', city: '潍坊市', cityEn: 'Weifang' });
    const lines = layoutLines(pairingMapModel(data), project, { shandong: [1180, 130], shanxi: [1120, 120] }).filter((l) => l.key.startsWith('shandong/'));
    expect(lines.map((l) => l.key)).toEqual(['shandong/Dongying→a-county', 'shandong/Weifang→a-county']);
    expect(lines[0]!.d).not.toBe(lines[1]!.d);
    expect(lines[0]!.to).toEqual([760.5, 106]);
  });

  it('places points and labels, and filters by frame', () => {
    const m = pairingMapModel(input());
    const pts = layoutPoints(
      m,
      project,
      { 'a-county': { dx: -5, dy: 3, anchor: 'end' } },
      inFrame([
        [86, 43],
        [89, 45],
      ]),
    );
    expect(pts.map((p) => p.place)).toEqual(['b-pref', 'b-regiment']);
    const all = layoutPoints(m, project, { 'a-county': { dx: -5, dy: 3, anchor: 'end' } });
    expect(all[0]).toEqual({ place: 'a-county', x: 760.5, y: 106, label: { x: 755.5, y: 109, anchor: 'end' } });
  });

  it('draws frames and scale bars through the projection', () => {
    expect(
      framePath(
        [
          [0, 0],
          [1, 1],
        ],
        project,
        1,
      ),
    ).toBe('M0,490L10,490L10,490L10,500L10,500L0,500L0,500L0,490Z');
    expect(scaleBar(project, [0, 0], 111.32)).toBe(10);
  });
});
