/**
 * Where the pairing map's marks go, given a projection: the lines from each supporting
 * province to each recipient, the recipients' points and their labels. Pure: the same
 * model and projection give the same geometry (numbers rounded to 0.1).
 */
import type { LonLat, XY } from './basemap';
import type { MapModel, ProvinceId } from './map-model';

type TextAnchor = 'start' | 'middle' | 'end';

/** A label's offset from its point, in viewBox units, and its alignment. */
export interface LabelSpec {
  dx: number;
  dy: number;
  anchor: TextAnchor;
}

interface LineMark {
  key: string;
  province: ProvinceId;
  primary: boolean;
  /** SVG path data: a quadratic curve from the supporter to the recipient. */
  d: string;
  from: XY;
  to: XY;
}

interface PointMark {
  place: string;
  x: number;
  y: number;
  /** null: drawn without a label (e.g. inside a cluster shown in a detail panel). */
  label: { x: number; y: number; anchor: TextAnchor } | null;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A gentle arc from `from` to `to`, bowing away from the chord by `bulge` × its length,
 * always towards the top of the map (north), so lines from the east to Xinjiang read as
 * arcs over the land.
 */
export function arcPath(from: XY, to: XY, bulge: number): string {
  const [sx, sy] = from;
  const [tx, ty] = to;
  const dx = tx - sx;
  const dy = ty - sy;
  const len = Math.hypot(dx, dy);
  if (len === 0) return `M${r1(sx)},${r1(sy)}`;
  let nx = dy / len;
  let ny = -dx / len;
  if (ny > 0 || (ny === 0 && nx > 0)) {
    nx = -nx;
    ny = -ny;
  }
  const cx = (sx + tx) / 2 + nx * len * bulge;
  const cy = (sy + ty) / 2 + ny * len * bulge;
  return `M${r1(sx)},${r1(sy)}Q${r1(cx)},${r1(cy)} ${r1(tx)},${r1(ty)}`;
}

/**
 * One line per pairing, from the supporter's anchor to the recipient's point. Two pairings
 * between the same province and the same place (two cities of one province supporting one
 * recipient) get different bulges so that both stay visible.
 */
export function layoutLines(model: MapModel, project: (p: LonLat) => XY, anchors: Readonly<Record<string, XY>>, bulge = 0.16, step = 0.07): LineMark[] {
  const seen = new Map<string, number>();
  const placeById = new Map(model.places.map((p) => [p.place.id, p.place] as const));
  return model.pairings.map((pairing) => {
    const place = placeById.get(pairing.place);
    if (!place) throw new Error(`pairing ${pairing.key}: no place "${pairing.place}"`);
    const from = anchors[pairing.province];
    if (!from) throw new Error(`pairing ${pairing.key}: no anchor for province "${pairing.province}"`);
    const to = project([place.lon, place.lat]);
    const k = `${pairing.province}→${pairing.place}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return { key: pairing.key, province: pairing.province, primary: pairing.primary, d: arcPath(from, to, bulge + n * step), from, to };
  });
}

/** Points for the places, labelled where `labels` gives a spec for them. */
export function layoutPoints(
  model: MapModel,
  project: (p: LonLat) => XY,
  labels: Readonly<Record<string, LabelSpec | null | undefined>>,
  only?: (lonLat: LonLat) => boolean,
): PointMark[] {
  return model.places
    .filter((p) => !only || only([p.place.lon, p.place.lat]))
    .map((p) => {
      const [x, y] = project([p.place.lon, p.place.lat]);
      const spec = labels[p.place.id];
      return {
        place: p.place.id,
        x,
        y,
        label: spec ? { x: r1(x + spec.dx), y: r1(y + spec.dy), anchor: spec.anchor } : null,
      };
    });
}

/** A label beside its point, on the side facing the middle of the map, so it stays inside. */
export function besidePoint(x: number, width: number): LabelSpec {
  return x < width / 2 ? { dx: 7, dy: 4, anchor: 'start' } : { dx: -7, dy: 4, anchor: 'end' };
}

/**
 * Every drawn place's label: the hand-tuned one where `tuned` gives it (map-config.ts),
 * else one placed beside the point; none for the places `unlabelled` picks (those a detail
 * panel shows).
 */
export function placeLabels(
  model: MapModel,
  project: (p: LonLat) => XY,
  width: number,
  tuned: Readonly<Record<string, LabelSpec>>,
  unlabelled: (lonLat: LonLat) => boolean = () => false,
): Record<string, LabelSpec | null> {
  return Object.fromEntries(
    model.places.map(({ place }) => {
      const at: LonLat = [place.lon, place.lat];
      return [place.id, tuned[place.id] ?? (unlabelled(at) ? null : besidePoint(project(at)[0], width))];
    }),
  );
}

/** A lon/lat frame: [[west, south], [east, north]]. */
export type Frame = readonly [LonLat, LonLat];

export function inFrame(frame: Frame): (p: LonLat) => boolean {
  const [[w, s], [e, n]] = frame;
  return ([lon, lat]) => lon >= w && lon <= e && lat >= s && lat <= n;
}

/** The outline of a lon/lat frame on the map, as a closed path (its edges sampled, so parallels curve). */
export function framePath(frame: Frame, project: (p: LonLat) => XY, samples = 8): string {
  const [[w, s], [e, n]] = frame;
  const pts: LonLat[] = [];
  for (let i = 0; i <= samples; i++) pts.push([w + ((e - w) * i) / samples, n]);
  for (let i = 0; i <= samples; i++) pts.push([e, n - ((n - s) * i) / samples]);
  for (let i = 0; i <= samples; i++) pts.push([e - ((e - w) * i) / samples, s]);
  for (let i = 0; i <= samples; i++) pts.push([w, s + ((n - s) * i) / samples]);
  return `M${pts.map((p) => project(p).map(r1).join(',')).join('L')}Z`;
}

/**
 * A scale bar of a round length near `around` (km): the distance along the parallel at
 * `at` converted to viewBox units through the projection.
 */
export function scaleBar(project: (p: LonLat) => XY, at: LonLat, km: number): number {
  const dLon = km / (111.32 * Math.cos((at[1] * Math.PI) / 180));
  const a = project(at);
  const b = project([at[0] + dLon, at[1]]);
  return r1(Math.hypot(b[0] - a[0], b[1] - a[1]));
}
