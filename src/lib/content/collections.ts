/**
 * Where each kind of content lives and the schema it follows. Every collection holds one
 * entry per file, its id the file name without the extension: a folder of reports is
 * one collection of many entries, content/glossary.json one collection of one entry. The
 * file is what a problem names, and a list keeps the order its editors gave it.
 * src/content.config.ts builds the Astro collections from this table; the unit tests load
 * fixture folders with the same table, so the site and the tests cannot disagree on a
 * path, an id or a schema.
 */
import type { z } from 'zod';
import { changesFileSchema } from '../../core/schemas/changes';
import { gazetteerSchema } from '../../core/schemas/gazetteer';
import { glossaryFileSchema } from '../../core/schemas/glossary';
import { ledgerSchema } from '../../core/schemas/ledger';
import { programmeSchema } from '../../core/schemas/programme';
import { reportSchema } from '../../core/schemas/report';
import { restorationFileSchema } from '../../core/schemas/restoration';
import { translationSchema } from '../../core/schemas/translation';

export interface FileCollection<S extends z.ZodType = z.ZodType> {
  /** The folder, from the project root. */
  dir: string;
  /** Its files: every `*.json`, or one file by name. */
  pattern: `*.${'mdx' | 'json'}` | `${string}.json`;
  schema: S;
}

const collection = <S extends z.ZodType>(dir: string, pattern: FileCollection['pattern'], schema: S): FileCollection<S> => ({ dir, pattern, schema });

/** A collection of one file, given by its path from the project root. */
export const singleFile = <S extends z.ZodType>(file: string, schema: S): FileCollection<S> => {
  const slash = file.lastIndexOf('/');
  return collection(file.slice(0, slash), file.slice(slash + 1) as `${string}.json`, schema);
};

export const COLLECTIONS = {
  /** content/reports/<slug>.mdx, written by the cleaning pipeline. */
  reports: collection('content/reports', '*.mdx', reportSchema),
  /** content/programmes/<slug>.json: what each report says about its programme, tied to its words. */
  programmes: collection('content/programmes', '*.json', programmeSchema),
  /** content/ledgers/<slug>.json: what cleaning did with each capture line. */
  ledgers: collection('content/ledgers', '*.json', ledgerSchema),
  /** content/restorations/<slug>.json: the reviewed repairs the pipeline applied. */
  restorations: collection('content/restorations', '*.json', restorationFileSchema),
  /** content/translations/en/<slug>.json: the archive's English translation of a report, block by block. */
  translations: collection('content/translations/en', '*.json', translationSchema),
  glossary: singleFile('content/glossary.json', glossaryFileSchema),
  changes: singleFile('content/changes.json', changesFileSchema),
  /** Every supporter and recipient of 对口援疆, with sources: the ids programmes name. */
  gazetteer: singleFile('content/gazetteer.json', gazetteerSchema),
};

/** The raw captures: content/sources/<id>.txt (loaders/captures.ts). */
export const SOURCES_DIR = 'content/sources';

/** The file of an entry: content/reports/<id>.mdx, or the collection's one file. */
export function entryFile(c: FileCollection, id: string): string {
  return c.pattern.startsWith('*') ? `${c.dir}/${id}${c.pattern.slice(1)}` : `${c.dir}/${c.pattern}`;
}
