/**
 * Builds the search index after `astro build` (hook astro:build:done), so `npm run build`
 * (and every other `astro build`, such as the e2e suite's BASE_PATH=/archive/ build)
 * produces it:
 *
 *   <outDir>/pagefind/…            Pagefind's bundle: one custom record per paragraph,
 *                                   heading, caption, title, figure and summary
 *                                   (src/lib/search/records.ts), language 'und'
 *   <outDir>/search/lookup.json    the Traditional→Simplified character map the browser
 *                                   folds queries with (src/lib/search/fold-map.ts), and
 *                                   each report's title, programme and figure labels, and
 *                                   its records by Pagefind id in reading order
 *   <outDir>/search/index.html     its preload attribute filled with the Pagefind files a
 *                                   search loads first (namePreloads)
 *   <outDir>/en/search/lookup.json,  the same for the English search: its records are those of
 *   <outDir>/en/search/index.html    src/lib/search/english.ts (the translations, the English
 *                                   summary panel), language 'en', in a Pagefind index of their own
 *
 * It never indexes built HTML, so nothing but the report text and the programme summary
 * can be found: the records come from the content, which the site writes into the build
 * (src/pages/search/index-input.json.ts, src/lib/search/input.ts) and which is read here and
 * removed. From the built pages it takes only the heading ids, and it checks that every
 * record links to an element that exists on its report page, failing the build if one does not.
 *
 * This is the one module under src/ that reads files by path: the built output.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import * as pagefind from 'pagefind';
import { buildEnglishEntries, buildEnglishLookup, ENGLISH_LANGUAGE, translatedReports } from '../lib/search/english';
import { buildFoldMap } from '../lib/search/fold-map';
import { SEARCH_INPUT_PATH, type SearchInput } from '../lib/search/input';
import { buildEntries, buildLookup, corpusTexts, toPagefindRecord, type IndexEntry, type SourceReport } from '../lib/search/records';
import { ENGLISH_LOOKUP_PATH, LOOKUP_PATH, PRELOAD_ATTRIBUTE, RECORD_LANGUAGE } from '../lib/search/shared';

const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** Word locations per index chunk (see PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE below). */
const INDEX_CHUNK_SIZE = 2000;

/** The index's input the site wrote into the build; removed once read, so it is never published. */
async function takeSearchInput(outDir: string): Promise<SearchInput> {
  const file = path.join(outDir, ...SEARCH_INPUT_PATH.split('/'));
  const input = JSON.parse(await readFile(file, 'utf8')) as SearchInput;
  await rm(file);
  return input;
}

/** Text of a node of a page's tree: its text descendants, joined. */
const textOf = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

const HEADING = /^h[2-6]$/;

/** Element ids of a built page, and its headings (h2–h6 with an id) in order, read from the page's hast tree. */
export function pageIds(html: string): { ids: Set<string>; headings: { id: string; text: string }[] } {
  const ids = new Set<string>();
  const headings: { id: string; text: string }[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'element' && typeof node.properties.id === 'string') {
      ids.add(node.properties.id);
      if (HEADING.test(node.tagName)) headings.push({ id: node.properties.id, text: textOf(node).trim() });
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(fromHtml(html));
  return { ids, headings };
}

/** The built report pages' element ids (under `dir`: the English ones are under en/reports), and a heading's id by its text. */
export async function builtPages(outDir: string, reports: SourceReport[], dir = 'reports') {
  const pages = new Map<string, ReturnType<typeof pageIds>>();
  for (const r of reports) {
    const file = path.join(outDir, ...dir.split('/'), r.slug, 'index.html');
    pages.set(r.slug, pageIds(await readFile(file, 'utf8')));
  }
  const headingId = (slug: string, text: string): string => {
    const byText = pages.get(slug)!.headings.filter((h) => h.text === text);
    if (byText.length === 1) return byText[0]!.id;
    throw new Error(`search index: reports/${slug}/: cannot find the id of the heading "${text}" in the built page`);
  };
  return { pages, headingId };
}

/** Pagefind's fragment files start, once unzipped, with this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * The id Pagefind gave each record (its fragment's file name, which search results
 * carry as `id`), by the record's URL, read from the fragments of a written bundle.
 */
export async function pagefindIds(bundle: string): Promise<Map<string, string>> {
  const dir = path.join(bundle, 'fragment');
  const ids = new Map<string, string>();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.pf_fragment')).sort()) {
    const data = gunzipSync(await readFile(path.join(dir, file))).toString('utf8');
    if (!data.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`search index: ${path.join(dir, file)}: not a Pagefind fragment`);
    const { url } = JSON.parse(data.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown };
    if (typeof url !== 'string') throw new Error(`search index: ${path.join(dir, file)}: no url`);
    ids.set(url, file.slice(0, -'.pf_fragment'.length));
  }
  return ids;
}

/** A record's Pagefind id, from pagefindIds(); a record Pagefind did not write is an error. */
export function idOfRecord(ids: ReadonlyMap<string, string>): (url: string) => string {
  return (url) => {
    const id = ids.get(url);
    if (!id) throw new Error(`search index: Pagefind wrote no fragment for ${url}`);
    return id;
  };
}

/**
 * The files pagefind.js loads for our records' language once it has read the entry file
 * (Pagefind 1.6: pagefind.<hash>.pf_meta and wasm.<wasm or "unknown">.pagefind), as paths
 * under the site's base. A later Pagefind that names them otherwise only makes the page's
 * early requests for them miss.
 */
export async function pagefindPreloads(bundle: string, languageKey = RECORD_LANGUAGE): Promise<string[]> {
  const file = path.join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(file, 'utf8')) as { languages?: Record<string, { hash?: string; wasm?: string | null }> };
  const language = entry.languages?.[languageKey];
  if (!language?.hash) throw new Error(`search index: ${file}: no index for language "${languageKey}"`);
  return [`pagefind/pagefind.${language.hash}.pf_meta`, `pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`];
}

/** Fills the search page's empty preload attribute (PRELOAD_ATTRIBUTE) with `files`; the page must have it exactly once. */
export async function namePreloads(searchPage: string, files: string[]): Promise<void> {
  const html = await readFile(searchPage, 'utf8');
  const empty = `${PRELOAD_ATTRIBUTE}=""`;
  const at = html.indexOf(empty);
  if (at < 0 || html.indexOf(empty, at + 1) >= 0) throw new Error(`search index: ${searchPage}: expected one empty ${PRELOAD_ATTRIBUTE} attribute`);
  await writeFile(searchPage, `${html.slice(0, at)}${PRELOAD_ATTRIBUTE}="${files.join(' ')}"${html.slice(at + empty.length)}`);
}

async function writeLookup(outDir: string, file: string, lookup: unknown): Promise<void> {
  const to = path.join(outDir, ...file.split('/'));
  await mkdir(path.dirname(to), { recursive: true });
  await writeFile(to, `${JSON.stringify(lookup)}\n`);
}

export interface SearchIndexResult {
  entries: IndexEntry[];
  /** The English records (src/lib/search/english.ts). */
  english: IndexEntry[];
  foldMapEntries: number;
}

/** Records whose element is not on their built page. */
function brokenLinks(entries: IndexEntry[], pages: Map<string, { ids: Set<string> }>, dir: string): string[] {
  return entries
    .filter((e) => e.anchor !== '' && !pages.get(e.slug)!.ids.has(e.anchor))
    .map((e) => `${e.url}: no element with id "${e.anchor}" on ${dir}/${e.slug}/`);
}

/**
 * Builds the records for the site in `outDir` (already built, under `base`) and writes
 * the Pagefind bundle and the fold map there.
 */
export async function writeSearchIndex(options: {
  outDir: string;
  base: string;
  logger?: Pick<AstroIntegrationLogger, 'info' | 'warn'>;
}): Promise<SearchIndexResult> {
  const { outDir, base } = options;
  const started = performance.now();
  const { reports, programmes, translations } = await takeSearchInput(outDir);

  const { pages, headingId } = await builtPages(outDir, reports);

  const map = buildFoldMap(corpusTexts({ reports, programmes }));
  const entries = buildEntries({ reports, programmes, base, headingId }, map);
  const english = buildEnglishEntries({ reports, programmes, translations, base });

  // Every record must land on something that exists.
  const problems = brokenLinks(entries, pages, 'reports');
  const englishPages = await builtPages(
    outDir,
    translatedReports({ reports, translations }).map((t) => t.report),
    'en/reports',
  );
  problems.push(...brokenLinks(english, englishPages.pages, 'en/reports'));
  if (problems.length > 0) throw new Error(`search index: ${problems.length} broken link(s):\n  ${problems.join('\n  ')}`);

  // Pagefind splits its word index into chunks of about this many word locations and a
  // query loads only the chunks its terms fall in. Its default (20000) makes chunks of
  // ~40 KB for this archive; smaller chunks keep the first query light. The variable is
  // marked unstable by Pagefind (1.6); if a later version ignores it, only size changes.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  await rm(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: Pagefind: ${errors.join('; ')}`);
  try {
    const records = [...entries.map((e) => toPagefindRecord(e)), ...english.map((e) => toPagefindRecord(e, ENGLISH_LANGUAGE))];
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`search index: ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`search index: Pagefind: ${written.errors.join('; ')}`);
    // The search page uses Pagefind's JS API on the main thread: its ready-made UIs,
    // highlighter and web worker are never loaded, so they are not published.
    for (const unused of UNUSED_PAGEFIND_FILES) await rm(path.join(outDir, 'pagefind', unused), { force: true });
  } finally {
    await pagefind.close();
  }

  const bundle = path.join(outDir, 'pagefind');
  const idOf = idOfRecord(await pagefindIds(bundle));
  await writeLookup(outDir, LOOKUP_PATH, buildLookup({ reports, programmes }, map, { entries, idOf }));
  await namePreloads(path.join(outDir, 'search', 'index.html'), await pagefindPreloads(bundle));
  await writeLookup(outDir, ENGLISH_LOOKUP_PATH, buildEnglishLookup({ reports, programmes, translations }, { entries: english, idOf }));
  // With no translation yet there is no English index, and nothing for the page to load early.
  await namePreloads(path.join(outDir, 'en', 'search', 'index.html'), english.length > 0 ? await pagefindPreloads(bundle, ENGLISH_LANGUAGE) : []);

  // `npm run bench` reads the time from this line to split the build time.
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  options.logger?.info(
    `indexed ${entries.length} records from ${reports.length} reports and ${english.length} English records; fold map ${map.size} characters; ${seconds} s`,
  );
  return { entries, english, foldMapEntries: map.size };
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndex({ outDir: fileURLToPath(dir), base, logger });
      },
    },
  };
}
