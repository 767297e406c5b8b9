import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { describeCapture } from '../captures';
import { SOURCES_DIR } from '../collections';
import { ContentError } from '../errors';

/**
 * The raw captures, content/sources/<id>.txt: for each its path, line count, SHA-256
 * and text (describeCapture). Read on every sync: they are small, and a capture that
 * changed on disk must never be served from a cache.
 */
export function captures(): Loader {
  const dir = SOURCES_DIR;
  return {
    name: 'archive-captures',
    load: async ({ config, store }) => {
      const base = new URL(`${dir}/`, config.root);
      let names: string[];
      try {
        names = (await readdir(base)).filter((name) => name.endsWith('.txt')).sort();
      } catch {
        throw new ContentError([{ file: dir, path: [], message: 'is missing' }]);
      }
      const entries = await Promise.all(names.map(async (name) => describeCapture(`${dir}/${name}`, await readFile(new URL(name, base)))));
      store.clear();
      for (const capture of entries) {
        store.set({ id: capture.file.slice(dir.length + 1, -'.txt'.length), data: capture, filePath: capture.file });
      }
    },
  };
}
