/**
 * A report may name a province and a region that no report named before: the gazetteer
 * supplies them, and the map, browse lists, comparison and timeline work with any subset.
 * The fixture archive (tests/fixtures/content/basics/) covers Zhejiang → Aksu; a programme
 * for Tianjin → Hotan is added to it here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Programme } from '../../src/core/schemas/programme';
import { provinceGroups, reportsNamingRegion } from '../../src/lib/browse';
import { compareModel } from '../../src/lib/charts/compare-model';
import { pairingMapModel } from '../../src/lib/charts/map-model';
import { supporterCentroids } from '../../src/lib/charts/map-supporters';
import { supporterColours } from '../../src/lib/charts/palette';
import { timelineModel } from '../../src/lib/charts/timeline-model';
import { gazetteerPlaces, gazetteerProvinces, gazetteerRegions } from '../../src/lib/gazetteer';
import { loadArchive, loadCollections } from '../helpers/content';

const BASICS = path.resolve(import.meta.dirname, '../fixtures/content/basics');
const collections = loadCollections(BASICS);
const gazetteer = collections.gazetteer[0]!.data;
const demo = loadArchive(BASICS).programmes[0]!;

/** The demo programme, retold as Tianjin's support for Hotan Prefecture. */
const tianjin: Programme = {
  ...demo,
  slug: 'tianjin-hotan',
  title: '天津对口支援和田地区',
  titleEn: 'Pairing assistance from Tianjin to Hotan Prefecture',
  province: 'tianjin',
  city: null,
  cityEn: null,
  recipients: [{ ...demo.recipients[0]!, name: '和田地区', nameEn: 'Hotan Prefecture', region: 'hotan', kind: 'prefecture', quote: '支援和田地区。' }],
  source: '010_0123456789abcdef.txt',
};
const programmes = [demo, tianjin];

describe('a programme for a province and a region no report named before', () => {
  const provinces = gazetteerProvinces(gazetteer, programmes);
  const regions = gazetteerRegions(gazetteer, programmes);
  const places = gazetteerPlaces(gazetteer);

  it('finds the province and the region in the gazetteer', () => {
    expect(provinces.map((p) => [p.id, p.name, p.mapCode])).toEqual([
      ['zhejiang', '浙江省', 'CN-ZJ'],
      ['tianjin', '天津市', 'CN-TJ'],
    ]);
    expect(regions.regions.map((r) => [r.id, r.kind])).toEqual([
      ['aksu', 'xuar-prefecture'],
      ['hotan', 'xuar-prefecture'],
    ]);
    expect(supporterColours(provinces)('tianjin')).toBe('pm--s2');
  });

  it('draws its line on the map, to the region’s seat', () => {
    const m = pairingMapModel({ programmes, places, provinces, regions: regions.regions });
    expect(m.supporters.map((s) => [s.province.id, s.pairs])).toEqual([
      ['zhejiang', ['demo/0']],
      ['tianjin', ['tianjin-hotan/0']],
    ]);
    expect(m.places.map((p) => [p.place.id, p.href, p.supporters])).toEqual([
      ['hotan', 'regions/hotan/', ['tianjin']],
      ['keping', 'regions/aksu/', ['zhejiang']],
    ]);
  });

  it('stops with the supporter and the map named when the map has no boundary for it', () => {
    const m = pairingMapModel({ programmes, places, provinces, regions: regions.regions });
    expect(() => supporterCentroids(m, { 'CN-ZJ': [120.1, 29.2] })).toThrow(
      'The pairing map cannot place supporter "tianjin" (天津市): its mapCode CN-TJ (content/gazetteer.json) is not in content/map/boundaries.topo.json',
    );
    expect(Object.keys(supporterCentroids(m, { 'CN-ZJ': [120.1, 29.2], 'CN-TJ': [117.3, 39.3] }))).toEqual(['zhejiang', 'tianjin']);
  });

  it('is listed on its province’s and its region’s pages, in the comparison and on the timeline', () => {
    expect(provinceGroups(programmes, 'tianjin')).toEqual([{ city: null, cityEn: null, printed: [], slugs: ['tianjin-hotan'] }]);
    expect(reportsNamingRegion(programmes, 'hotan').map((r) => r.slug)).toEqual(['tianjin-hotan']);
    expect(compareModel(programmes).columns.map((c) => [c.slug, c.province])).toEqual([
      ['demo', 'zhejiang'],
      ['tianjin-hotan', 'tianjin'],
    ]);
    const report = { title: 't', script: 'zh-Hans' as const, published: { stated: true as const, date: '2024-01-01' } };
    const rows = timelineModel(programmes, [
      { slug: 'demo', ...report },
      { slug: 'tianjin-hotan', ...report },
    ]).rows;
    expect(rows.map((r) => [r.slug, r.province])).toEqual([
      ['demo', 'zhejiang'],
      ['tianjin-hotan', 'tianjin'],
    ]);
  });
});
