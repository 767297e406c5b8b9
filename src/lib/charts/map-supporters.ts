/**
 * Where the pairing map puts each supporter: its province on the base map (by the
 * gazetteer's `mapCode`), the lines' anchor at its centroid, and an overview frame wide
 * enough to show it. A supporter the boundary file lacks stops the build naming the
 * supporter and the map, not with a TypeError in a bundled chunk.
 */
import type { Basemap, LonLat } from './basemap';
import type { Frame } from './map-layout';
import type { MapModel } from './map-model';

/** The province the map outlines for Xinjiang, where every line ends. */
export const XINJIANG_CODE = 'CN-XJ';

const BOUNDARY_FILE = 'content/map/boundaries.topo.json';

/** A province's outline on a base map, or an error naming who needs it. */
export function provincePath(map: Basemap, code: string, who: string): string {
  const d = map.provinces[code];
  if (d === undefined)
    throw new Error(`The pairing map has no outline for ${who}: map code ${code} is not among the provinces of ${BOUNDARY_FILE} drawn in this frame`);
  return d;
}

/** Each supporter's anchor (its province's centroid, lon/lat), by province id. */
export function supporterCentroids(model: MapModel, centroidsLonLat: Readonly<Record<string, LonLat>>): Record<string, LonLat> {
  const out: Record<string, LonLat> = {};
  for (const s of model.supporters) {
    const c = centroidsLonLat[s.province.mapCode];
    if (!c) {
      throw new Error(
        `The pairing map cannot place supporter "${s.province.id}" (${s.province.name}): its mapCode ${s.province.mapCode} (content/gazetteer.json) is not in ${BOUNDARY_FILE}`,
      );
    }
    out[s.province.id] = c;
  }
  return out;
}

/** `frame`, widened where needed so that every point lies at least `margin` degrees inside it. */
export function frameAround(frame: Frame, points: readonly LonLat[], margin = 2): Frame {
  const [[w, s], [e, n]] = frame;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(w, ...lons.map((x) => x - margin)), Math.min(s, ...lats.map((y) => y - margin))],
    [Math.max(e, ...lons.map((x) => x + margin)), Math.max(n, ...lats.map((y) => y + margin))],
  ];
}
