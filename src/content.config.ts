/**
 * Every kind of content the site is built from, as Astro collections: where it lives and
 * the schema it follows (src/lib/content/collections.ts), and the loader that reads it
 * (src/lib/content/loaders/). Loading validates each file and names the file and field of
 * every problem; the checks across files run once per build, when the site first asks for
 * its content (src/lib/content/index.ts). Nothing else under src/ reads content.
 */
import { defineCollection } from 'astro:content';
import { boundarySchema } from './core/schemas/boundary';
import { captureSchema } from './core/schemas/source';
import { COLLECTIONS, singleFile, type FileCollection } from './lib/content/collections';
import { boundaries } from './lib/content/loaders/boundaries';
import { captures } from './lib/content/loaders/captures';
import { files } from './lib/content/loaders/files';
import type { z } from 'zod';

const fromFiles = <S extends z.ZodType>(collection: FileCollection<S>) => defineCollection({ loader: files(collection), schema: collection.schema });

// The e2e suite's second build reads a fixture changelog (see playwright.config.ts).
const changes = process.env.ARCHIVE_CHANGES_FILE ? singleFile(process.env.ARCHIVE_CHANGES_FILE, COLLECTIONS.changes.schema) : COLLECTIONS.changes;

export const collections = {
  reports: fromFiles(COLLECTIONS.reports),
  programmes: fromFiles(COLLECTIONS.programmes),
  ledgers: fromFiles(COLLECTIONS.ledgers),
  restorations: fromFiles(COLLECTIONS.restorations),
  translations: fromFiles(COLLECTIONS.translations),
  glossary: fromFiles(COLLECTIONS.glossary),
  changes: fromFiles(changes),
  gazetteer: fromFiles(COLLECTIONS.gazetteer),
  /** content/sources/<id>.txt: the raw captures. */
  sources: defineCollection({ loader: captures(), schema: captureSchema }),
  /** The land the pairing map draws, from the committed boundary file (content/map/). */
  boundaries: defineCollection({ loader: boundaries(), schema: boundarySchema }),
};
