/**
 * The base map under the pairing map: China's provinces and the land around them, drawn
 * at build time into SVG path strings. No tiles, no runtime fetch.
 *
 * Boundary data: Natural Earth 1:10m "Admin 1 – States, Provinces" and "Admin 0 –
 * Countries" (public domain), clipped and simplified into content/map/boundaries.topo.json
 * by scripts/map/boundaries.ts (see boundary-file.ts and DATA-SOURCES.md). Natural Earth draws de facto boundaries; the map is a schematic,
 * not an authority on any boundary.
 *
 * Pipeline: project every vertex (conic equal-area, standard parallels 25° and 47°, central
 * meridian 105° E, the usual choice for maps of China), build a TopoJSON topology so that
 * neighbouring provinces share their borders, simplify in screen space (Visvalingam,
 * minimum triangle area in px²), drop rings smaller than a few px², and write path strings
 * with one decimal. The boundaries come from the `boundaries` collection
 * (src/lib/content/loaders/boundaries.ts); `buildBasemap()` is pure.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { geoCentroid, geoConicEqualArea, geoIdentity, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { NEIGHBOUR_CODES, type Boundary } from '../../core/schemas/boundary';
import { compactPath } from './svg-path';

export type Area = Feature<Polygon | MultiPolygon, { code: string }>;

export interface Boundaries {
  /** The provincial-level units of China in Natural Earth's admin-1 (code CN-XX). */
  provinces: Area[];
  /** The neighbouring countries (code = ISO 3166-1 alpha-2). */
  neighbours: Area[];
}

/** The collection's entries as the map draws them: China's provinces by code, then the neighbours. */
export function boundariesOf(entries: readonly { id: string; data: Boundary }[]): Boundaries {
  const area = (e: { id: string; data: Boundary }): Area => ({ type: 'Feature', properties: { code: e.id }, geometry: e.data.geometry });
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    provinces: entries
      .filter((e) => e.data.kind === 'province')
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(area),
    neighbours: NEIGHBOUR_CODES.flatMap((code) => {
      const e = byId.get(code);
      return e ? [area(e)] : [];
    }),
  };
}

/** A geographic point: [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];
/** A point on the map, in SVG user units. */
export type XY = readonly [number, number];

export interface BasemapOptions {
  /** Width of the SVG viewBox. */
  width: number;
  /** The lon/lat frame to fit into the width: [[west, south], [east, north]]; default all of China. */
  frame?: readonly [LonLat, LonLat];
  /** Margin around the frame inside the viewBox. */
  margin: number;
  /** Extra room above China (the title, the inset), in viewBox units. */
  marginTop?: number;
  /** Visvalingam threshold: minimum triangle area kept, in px². */
  minArea: number;
  /** Rings (islands, lakes) smaller than this, in px², are dropped. */
  minRingArea: number;
  /**
   * The land around China is background: its own borders (those not shared with a
   * province) are simplified this many times harder.
   */
  neighbourFactor?: number;
}

export interface Basemap {
  width: number;
  height: number;
  /** lon/lat → viewBox coordinates (rounded to 0.1). */
  project: (p: LonLat) => XY;
  /** The land around China, merged. */
  land: string;
  /** China: every province, merged. */
  china: string;
  /** Borders between provinces. */
  borders: string;
  /** Each province by code (CN-SD …). */
  provinces: Record<string, string>;
  /** The centre of each province's largest ring (area-weighted), by code, on the map. */
  centroids: Record<string, XY>;
  /** The spherical centroid of each province (lon/lat), by code, for anchoring lines on any map. */
  centroidsLonLat: Record<string, LonLat>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** China's extent, Hainan included: the overview map's frame. */
export const CHINA_FRAME: readonly [LonLat, LonLat] = [
  [73.5, 18.1],
  [135.1, 53.6],
];

/** The projection used for the map: conic equal-area, 25°/47°, central meridian 105° E. */
export function chinaProjection(): GeoProjection {
  return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
}

/** Twice the signed planar area of a lon/lat ring (positive: anticlockwise). */
function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) a += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return a;
}

/** The area with its rings wound as d3-geo expects (exterior clockwise, holes anticlockwise). */
function rewound(a: Area): Area {
  const wind = (poly: Position[][]) => poly.map((r, i) => (signedArea(r) < 0 === (i === 0) ? r : [...r].reverse()));
  const g = a.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon' ? { type: 'Polygon', coordinates: wind(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(wind) };
  return { ...a, geometry };
}

/**
 * Projects an area and clips it to `extent` in one pass through d3-geo's stream (the
 * projection's clipExtent), collecting the rings it emits. Clipping here, to a rectangle a
 * little larger than the viewBox, keeps Russia's or India's thousands of far-off vertices
 * out of the topology. Returns null when nothing is left. (scripts/map/boundaries.ts uses
 * it with an identity transform to clip the boundary file to its frame.)
 */
export function clipArea(a: Area, projection: Pick<GeoProjection, 'stream'>): Area | null {
  const polygons: Position[][][] = [];
  let rings: Position[][] | null = null;
  let ring: Position[] | null = null;
  const sink = {
    point(x: number, y: number) {
      ring?.push([x, y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring && rings && ring.length > 2) {
        const first = ring[0]!;
        const last = ring[ring.length - 1]!;
        if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0]!, first[1]!]);
        rings.push(ring);
      }
      ring = null;
    },
    polygonStart() {
      rings = [];
    },
    polygonEnd() {
      if (rings && rings.length > 0) polygons.push(rings);
      rings = null;
    },
    sphere() {},
  };
  const stream = projection.stream(sink);
  // d3-geo reads a spherical polygon's exterior ring clockwise and its holes anticlockwise
  // (RFC 7946 GeoJSON has it the other way round): rewind first.
  const g = rewound(a).geometry;
  for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    stream.polygonStart();
    for (const ring of poly) {
      stream.lineStart();
      for (const p of ring) stream.point(p[0]!, p[1]!);
      stream.lineEnd();
    }
    stream.polygonEnd();
  }
  if (polygons.length === 0) return null;
  return { type: 'Feature', properties: a.properties, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

/**
 * Divides the Visvalingam weights of every arc that no province uses (the background land's
 * own borders) by `factor`, so that simplifying drops their points `factor` times sooner.
 * Takes a presimplified topology (the third coordinate of each point is its weight).
 */
export function weighDownBackground(topo: Topology<{ provinces: GeometryCollection<{ code: string }> }>, factor: number): void {
  if (factor === 1) return;
  const used = new Set<number>();
  const collect = (arcs: unknown): void => {
    if (typeof arcs === 'number') used.add(arcs < 0 ? ~arcs : arcs);
    else if (Array.isArray(arcs)) arcs.forEach(collect);
  };
  for (const g of topo.objects.provinces.geometries) collect((g as { arcs?: unknown }).arcs);
  topo.arcs.forEach((arc, i) => {
    if (used.has(i)) return;
    for (const point of arc) if (point[2] !== undefined && Number.isFinite(point[2])) point[2] /= factor;
  });
}

/** Planar area and centroid of one ring (shoelace). */
function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x0, y0] = ring[i]! as [number, number];
    const [x1, y1] = ring[i + 1]! as [number, number];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  a /= 2;
  return a === 0 ? { area: 0, x: ring[0]![0]!, y: ring[0]![1]! } : { area: Math.abs(a), x: cx / (6 * a), y: cy / (6 * a) };
}

function largestRingCentroid(g: Polygon | MultiPolygon): XY {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = { area: -1, x: 0, y: 0 };
  for (const poly of polys) {
    const c = ringCentroid(poly[0]!);
    if (c.area > best.area) best = c;
  }
  return [round1(best.x), round1(best.y)];
}

/**
 * Projects, simplifies and writes the base map. Pure: the same boundaries and options give
 * the same strings.
 */
export function buildBasemap(boundaries: Boundaries, options: BasemapOptions): Basemap {
  const { width, margin, minArea, minRingArea } = options;
  const marginTop = options.marginTop ?? margin;
  const [[w, south], [e, north]] = options.frame ?? CHINA_FRAME;
  const outline: Position[] = [];
  for (let i = 0; i <= 16; i++) {
    const t = i / 16;
    outline.push([w + (e - w) * t, north], [w + (e - w) * t, south], [w, south + (north - south) * t], [e, south + (north - south) * t]);
  }
  const fitTarget: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: outline } };
  const projection = chinaProjection().fitWidth(width - 2 * margin, fitTarget);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(fitTarget);
  const dx = margin - x0;
  const dy = marginTop - y0;
  const height = Math.round(y1 - y0 + marginTop + margin);
  projection.translate([projection.translate()[0] + dx, projection.translate()[1] + dy]);
  const project = (p: [number, number]): [number, number] | null => projection(p);

  // Project and clip to the viewBox plus a border (so that no clip edge shows), with no
  // adaptive resampling (the data is dense enough).
  const pad = 20;
  const clipping = chinaProjection()
    .scale(projection.scale())
    .translate(projection.translate())
    .precision(0)
    .clipExtent([
      [-pad, -pad],
      [width + pad, height + pad],
    ]);
  const keep = (list: Area[]) => list.map((a) => clipArea(a, clipping)).filter((a): a is Area => a !== null);
  const provinces = keep(boundaries.provinces);
  const neighbours = keep(boundaries.neighbours);
  const collection = (features: Area[]): FeatureCollection => ({ type: 'FeatureCollection', features });

  let topo = topology({ provinces: collection(provinces), neighbours: collection(neighbours) }, 1e6) as Topology<{
    provinces: GeometryCollection<{ code: string }>;
    neighbours: GeometryCollection<{ code: string }>;
  }>;
  topo = presimplify(topo, planarTriangleArea);
  // Arcs that no province uses belong to the background land alone: simplified harder.
  weighDownBackground(topo, options.neighbourFactor ?? 1);
  topo = simplify(topo, minArea);
  topo = filter(topo, filterWeight(topo, minRingArea, planarRingArea)) as typeof topo;

  const geo = geoPath(
    geoIdentity().clipExtent([
      [0, 0],
      [width, height],
    ]),
  ).digits(1);
  const path = (object: Parameters<typeof geo>[0]): string => compactPath(geo(object) ?? '');
  // Geometries whose every ring was too small to keep are null after filtering.
  const present = <G extends { type: unknown }>(gs: G[] | undefined) => (gs ?? []).filter((g) => g.type !== null && g.type !== undefined);
  const provinceGeoms = present(topo.objects.provinces.geometries);
  const provinceFeatures = provinceGeoms.map((g) => feature(topo, g as never)) as unknown as Feature<Polygon | MultiPolygon, { code: string }>[];

  const byCode: Record<string, string> = {};
  const centroids: Record<string, XY> = {};
  for (const f of provinceFeatures) {
    byCode[f.properties.code] = path(f);
  }
  for (const a of provinces) centroids[a.properties.code] = largestRingCentroid(a.geometry);

  const centroidsLonLat: Record<string, LonLat> = {};
  for (const a of boundaries.provinces) {
    const [lon, lat] = geoCentroid(rewound(a));
    centroidsLonLat[a.properties.code] = [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
  }

  return {
    width,
    height,
    centroidsLonLat,
    project: (p) => {
      const xy = project([p[0], p[1]]);
      if (!xy) throw new Error(`cannot project ${p.join(',')}`);
      return [round1(xy[0]), round1(xy[1])];
    },
    land: path(merge(topo, present(topo.objects.neighbours.geometries) as never)),
    china: path(merge(topo, provinceGeoms as never)),
    borders: provinceGeoms.length > 1 ? path(mesh(topo, { type: 'GeometryCollection', geometries: provinceGeoms } as never, (a, b) => a !== b)) : '',
    provinces: byCode,
    centroids,
  };
}

const basemapCache = new Map<string, Basemap>();

/** The base map for `options`, built once per build (every page that shows the map gets the same strings). */
export function cachedBasemap(boundaries: Boundaries, options: BasemapOptions): Basemap {
  const key = JSON.stringify(options);
  let map = basemapCache.get(key);
  if (!map) {
    map = buildBasemap(boundaries, options);
    basemapCache.set(key, map);
  }
  return map;
}
