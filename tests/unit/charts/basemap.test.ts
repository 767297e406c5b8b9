import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { NEIGHBOUR_CODES } from '../../../src/core/schemas/boundary';
import { boundariesOf, buildBasemap, type Boundaries } from '../../../src/lib/charts/basemap';
import { BOUNDARY_FILE_FRAME, BOUNDARY_SOURCE, boundariesFromFile, type BoundaryFile } from '../../../src/lib/charts/boundary-file';
import { loadBoundaryEntries } from '../../helpers/content';
import { OVERVIEW, DETAILS } from '../../../src/lib/charts/map-config';
import { compactPath, formatNumber } from '../../../src/lib/charts/svg-path';

/** Relative path data back to absolute points, for checking compactPath. */
function absolutePoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  for (const [, cmd, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (cmd === 'z') {
      x = sx;
      y = sy;
      continue;
    }
    const nums = (args!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
    for (let i = 0; i < nums.length; i += 2) {
      x = Math.round((x + nums[i]!) * 10) / 10;
      y = Math.round((y + nums[i + 1]!) * 10) / 10;
      if (cmd === 'm' && i === 0) {
        sx = x;
        sy = y;
      }
      out.push([x, y]);
    }
  }
  return out;
}

describe('compactPath', () => {
  it('writes the same points in relative commands', () => {
    const d = 'M10.2,20L15.7,20.5L12,30Z M100,100L99.9,100.1L100,100Z';
    const c = compactPath(d);
    expect(c).toBe('m10.2 20 5.5.5-3.7 9.5zm89.8 80-.1.1.1-.1z');
    expect(absolutePoints(c)).toEqual([
      [10.2, 20],
      [15.7, 20.5],
      [12, 30],
      [100, 100],
      [99.9, 100.1],
      [100, 100],
    ]);
  });

  it('formats numbers as short as SVG allows', () => {
    expect(['0.5', '-0.5', '3', '0', '-12.3'].map((s) => formatNumber(Number(s)))).toEqual(['.5', '-.5', '3', '0', '-12.3']);
    expect(() => compactPath('M0,0C1,1 2,2 3,3')).toThrow(/unsupported/);
  });
});

describe('buildBasemap', () => {
  const square = (code: string, x0: number, y0: number, size: number): Feature<Polygon, { code: string }> => ({
    type: 'Feature',
    properties: { code },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x0 + size, y0],
          [x0 + size, y0 + size],
          [x0, y0 + size],
          [x0, y0],
        ],
      ],
    },
  });
  const tiny: Boundaries = {
    provinces: [square('CN-XJ', 80, 40, 5), square('CN-SD', 85, 40, 5)],
    neighbours: [square('KZ', 80, 45, 10)],
  };

  it('draws provinces, their shared border once, and the land around them', () => {
    const m = buildBasemap(tiny, {
      width: 400,
      margin: 10,
      minArea: 0.5,
      minRingArea: 4,
      frame: [
        [79, 39],
        [91, 46],
      ],
    });
    expect(Object.keys(m.provinces).sort()).toEqual(['CN-SD', 'CN-XJ']);
    expect(m.china).toMatch(/^m/);
    expect(m.land).toMatch(/^m/);
    // The border between the two squares is one open line (no z).
    expect(m.borders).toMatch(/^m[^z]*$/);
    const [x, y] = m.project([85, 42.5]);
    expect(x).toBeGreaterThan(10);
    expect(x).toBeLessThan(390);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(m.height);
    expect(m.centroidsLonLat['CN-SD']![0]).toBeCloseTo(87.5, 1);
  });

  const committed = (): BoundaryFile => JSON.parse(readFileSync('content/map/boundaries.topo.json', 'utf8')) as BoundaryFile;

  it('reads the committed boundary file: every province of China and every neighbour, inside its frame', () => {
    const file = committed();
    expect(file.source).toEqual(BOUNDARY_SOURCE);
    expect(file.frame).toEqual(BOUNDARY_FILE_FRAME);
    const b = boundariesFromFile(file);
    const provinceCodes = b.provinces.map((p) => p.properties.code);
    expect(provinceCodes).toEqual(expect.arrayContaining(['CN-XJ', 'CN-SD', 'CN-ZJ', 'CN-SX', 'CN-BJ', 'CN-TJ', 'CN-SH', 'CN-GD', 'CN-HL', 'CN-HA']));
    expect(new Set(provinceCodes).size).toBe(provinceCodes.length);
    expect(b.neighbours.map((n) => n.properties.code).sort()).toEqual([...NEIGHBOUR_CODES].sort());
    const [[w, s], [e, n]] = file.frame;
    const points = [...b.provinces, ...b.neighbours].flatMap((a) =>
      (a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates).flat(2),
    ) as unknown as [number, number][];
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    expect([Math.min(...lons), Math.min(...lats)]).toEqual([expect.closeTo(w, 2), expect.closeTo(s, 2)]);
    expect([Math.max(...lons), Math.max(...lats)]).toEqual([expect.closeTo(e, 2), expect.closeTo(n, 2)]);
    expect(() => boundariesFromFile({ ...file, topology: { ...file.topology, objects: {} as never } }, 'x.json')).toThrow(
      /x\.json: topology\.objects\.provinces is missing/,
    );
  });

  it('keeps the real map within its size budget', async () => {
    const b = boundariesOf(await loadBoundaryEntries());
    const o = buildBasemap(b, OVERVIEW);
    const bytes = o.land.length + o.china.length + o.borders.length + ['CN-XJ', 'CN-SD', 'CN-ZJ', 'CN-SX'].reduce((n, c) => n + o.provinces[c]!.length, 0);
    expect(bytes).toBeLessThan(28_000);
    expect(bytes).toBeGreaterThan(8_000);
    for (const d of DETAILS) {
      const m = buildBasemap(b, d.options);
      expect(m.provinces['CN-XJ']!.length).toBeGreaterThan(10);
    }
  }, 30_000);
});
