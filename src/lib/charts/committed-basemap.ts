/**
 * The base maps the site draws, from the committed boundary file
 * (content/map/boundaries.topo.json): parsed once, each map built once per build, so every
 * page that shows a map gets the same strings.
 */
// Imported as text: type-checking a 370 kB JSON literal would slow every check down.
import boundaryFileText from '../../../content/map/boundaries.topo.json?raw';
import { buildBasemap, type Basemap, type BasemapOptions, type Boundaries } from './basemap';
import { boundariesFromFile, type BoundaryFile } from './boundary-file';

let boundaries: Boundaries | undefined;
const basemaps = new Map<string, Basemap>();

export function cachedBasemap(options: BasemapOptions): Basemap {
  const key = JSON.stringify(options);
  let map = basemaps.get(key);
  if (!map) {
    boundaries ??= boundariesFromFile(JSON.parse(boundaryFileText) as BoundaryFile);
    map = buildBasemap(boundaries, options);
    basemaps.set(key, map);
  }
  return map;
}
