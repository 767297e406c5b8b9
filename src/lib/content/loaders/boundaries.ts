import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { boundarySchema } from '../../../core/schemas/boundary';
import { boundariesFromFile, type BoundaryFile } from '../../charts/boundary-file';
import { parseEntry } from '../errors';

/** The committed boundary file (scripts/map/boundaries.ts writes it; DATA-SOURCES.md says from what). */
export const BOUNDARY_FILE = 'content/map/boundaries.topo.json';

/**
 * The areas of the boundary file by code, unvalidated: China's provinces (CN-XX) and the
 * countries around it.
 */
export async function readBoundaries(root: URL): Promise<{ id: string; data: unknown; file: string }[]> {
  const file = fileURLToPath(new URL(BOUNDARY_FILE, root));
  let parsed: BoundaryFile;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as BoundaryFile;
  } catch (error) {
    throw new Error(`${BOUNDARY_FILE}: cannot be read as JSON (regenerate it with npm run map:boundaries)`, { cause: error });
  }
  const { provinces, neighbours } = boundariesFromFile(parsed, BOUNDARY_FILE);
  return [
    ...provinces.map((a) => ({ id: a.properties.code, file: BOUNDARY_FILE, data: { kind: 'province', geometry: a.geometry } })),
    ...neighbours.map((a) => ({ id: a.properties.code, file: BOUNDARY_FILE, data: { kind: 'neighbour', geometry: a.geometry } })),
  ];
}

/** The `boundaries` collection: what the pairing map draws (src/lib/charts/basemap.ts). */
export function boundaries(): Loader {
  return {
    name: 'archive-boundaries',
    load: async (context) => {
      const { store } = context;
      const found = await readBoundaries(context.config.root);
      const ids = new Set(found.map((b) => b.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const { id, data, file } of found) {
        // Leave an unchanged entry as it is, so the data store is not rewritten.
        const digest = context.generateDigest(JSON.stringify(data));
        if (store.get(id)?.digest === digest) continue;
        store.set({ id, data: parseEntry(boundarySchema, data, file), digest });
      }
    },
  };
}
