import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { FileCollection } from '../collections';
import { ContentError, parseEntry, type ContentProblem } from '../errors';

/**
 * One entry per file of a collection (Astro's glob() loader), its id the file name
 * without the extension, each file validated with the collection's schema and reported
 * the one way (errors.ts): every bad field of every file, named, in one error.
 */
export function files(collection: FileCollection): Loader {
  const inner = glob({
    pattern: collection.pattern,
    base: `./${collection.dir}`,
    generateId: ({ entry }) => entry.replace(/\.[^.]+$/, ''),
  });
  return {
    name: 'archive-files',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const relative = (filePath: string | undefined) => path.relative(root, filePath ?? '').split(path.sep).join('/');
      let problems: ContentProblem[] | null = [];
      // Astro skips files whose text has not changed since the last sync, and its digest does
      // not cover the schemas: start empty, so every file is validated on every sync.
      context.store.clear();
      await inner.load({
        ...context,
        parseData: (({ data, filePath }) => {
          try {
            return Promise.resolve(parseEntry(collection.schema, data, relative(filePath)));
          } catch (error) {
            // While loading, gather every file's problems; a file edited later (dev) fails alone.
            if (!(error instanceof ContentError) || problems === null) throw error;
            problems.push(...error.problems);
            return Promise.resolve(data);
          }
        }) as LoaderContext['parseData'],
      });
      const found = problems;
      problems = null;
      if (found.length > 0) {
        context.store.clear();
        throw new ContentError(found);
      }
    },
  };
}
