/**
 * The archive's content loaded without Astro, for tests: a content folder (the project's,
 * or a small fixture's) read with the same table, schemas and error formatter as
 * src/content.config.ts, checked with the same checks and assembled the same way. So a
 * fixture with one fault produces exactly the message the build would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/core/frontmatter';
import { boundarySchema } from '../../src/core/schemas/boundary';
import type { ReportApparatus } from '../../src/lib/apparatus/report';
import { assembleApparatus } from '../../src/lib/apparatus/report';
import { assembleArchive, type Archive, type Collections, type Entry } from '../../src/lib/content/archive';
import { describeCapture } from '../../src/lib/content/captures';
import { checkArchive } from '../../src/lib/content/checks';
import { COLLECTIONS, singleFile, SOURCES_DIR, type FileCollection } from '../../src/lib/content/collections';
import { ContentError, formatProblem, parseEntry, type ContentProblem } from '../../src/lib/content/errors';
import { readBoundaries } from '../../src/lib/content/loaders/boundaries';
import type { z } from 'zod';
import { isCurated, type CuratedProgramme, type Programme } from '../../src/core/schemas/programme';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The programme, for a test about its curation (period, batch, themes, figures, summary); a programme without it fails the test by name. */
export function curated(p: Programme): CuratedProgramme {
  if (!isCurated(p)) throw new Error(`content/programmes/${p.slug}.json is not curated, and this test reads its curation`);
  return p;
}

/** The files of `dir` under `root` whose names match, sorted, as paths from `root`. */
function filesIn(root: string, dir: string, matches: (name: string) => boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(root, dir));
  } catch {
    return [];
  }
  return names
    .filter(matches)
    .sort()
    .map((n) => `${dir}/${n}`);
}

/** The files of a collection: every file with the pattern's extension, or the one file it names. */
const filesOf = (root: string, c: FileCollection) =>
  filesIn(root, c.dir, c.pattern.startsWith('*') ? (n) => n.endsWith(c.pattern.slice(1)) : (n) => n === c.pattern);

/** One collection's entries, validated; every problem of every file gathered into `problems`. */
function loadFiles<S extends z.ZodType>(root: string, c: FileCollection<S>, problems: ContentProblem[]): Entry<z.output<S>>[] {
  const entries: Entry<z.output<S>>[] = [];
  for (const file of filesOf(root, c)) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const id = path.basename(file).replace(/\.[^.]+$/, '');
    let raw: unknown;
    let body: string | undefined;
    if (file.endsWith('.mdx')) {
      const split = splitFrontmatter(text);
      raw = parseYaml(split.frontmatter ?? '');
      body = split.body.trim();
    } else {
      raw = JSON.parse(text);
    }
    try {
      entries.push({ id, filePath: file, data: parseEntry(c.schema, raw, file), ...(body !== undefined && { body }) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  return entries;
}

/** The raw captures under `root`. */
function loadCaptures(root: string) {
  return filesIn(root, SOURCES_DIR, (n) => n.endsWith('.txt')).map((file) => {
    const data = describeCapture(file, readFileSync(path.join(root, file)));
    return { id: path.basename(file, '.txt'), filePath: file, data };
  });
}

/** The map's boundaries, from the committed boundary file as the `boundaries` collection has them. */
export async function loadBoundaryEntries(): Promise<Collections['boundaries']> {
  const found = await readBoundaries(pathToFileURL(`${ROOT}/`));
  return found.map(({ id, data, file }) => ({ id, data: parseEntry(boundarySchema, data, file) }));
}

export interface LoadOptions {
  /** The changelog instead of content/changes.json, from `root` (as ARCHIVE_CHANGES_FILE). */
  changesFile?: string;
  /** The map's boundaries (loadBoundaryEntries); none by default, as few tests draw the map. */
  boundaries?: Collections['boundaries'];
}

/** Every collection under `root`; throws a ContentError listing every file's schema problems. */
export function loadCollections(root: string, options: LoadOptions = {}): Collections {
  const problems: ContentProblem[] = [];
  const changes = options.changesFile ? singleFile(options.changesFile, COLLECTIONS.changes.schema) : COLLECTIONS.changes;
  const c: Collections = {
    reports: loadFiles(root, COLLECTIONS.reports, problems),
    programmes: loadFiles(root, COLLECTIONS.programmes, problems),
    ledgers: loadFiles(root, COLLECTIONS.ledgers, problems),
    restorations: loadFiles(root, COLLECTIONS.restorations, problems),
    translations: loadFiles(root, COLLECTIONS.translations, problems),
    glossary: loadFiles(root, COLLECTIONS.glossary, problems),
    changes: loadFiles(root, changes, problems),
    gazetteer: loadFiles(root, COLLECTIONS.gazetteer, problems),
    sources: loadCaptures(root),
    boundaries: options.boundaries ?? [],
  };
  if (problems.length > 0) throw new ContentError(problems);
  return c;
}

/** The checked archive under `root` (default: the project's own content), as the site gets it. */
export function loadArchive(root = ROOT, options: LoadOptions = {}): Archive {
  const collections = loadCollections(root, options);
  const problems = checkArchive(collections);
  if (problems.length > 0) throw new ContentError(problems);
  return assembleArchive(collections);
}

/** The message the build would stop with for the content under `root`, or '' when it is sound. */
export function contentErrors(root: string, options: LoadOptions = {}): string {
  try {
    loadArchive(root, options);
    return '';
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
}

/** The messages the build prints when `data` fails `schema` in `file` (at `at` within it), [] when it passes. */
export function schemaProblems(schema: z.ZodType, data: unknown, file: string, at: PropertyKey[] = []): string[] {
  try {
    parseEntry(schema, data, file, at);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map(formatProblem);
  }
}

/** The apparatus of one report of an archive, as reportApparatus (src/lib/content/index.ts) builds it. */
export function apparatusOf(archive: Archive, slug: string, headingIds?: readonly string[]): ReportApparatus {
  const report = archive.reports.find((r) => r.id === slug);
  if (!report) throw new Error(`no report "${slug}"`);
  const ledger = archive.ledgers.get(slug);
  if (!ledger) throw new Error(`no ledger for "${slug}"`);
  return assembleApparatus(slug, report.data, report.body ?? '', ledger, headingIds);
}
