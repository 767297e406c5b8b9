/**
 * How pages and components get the archive's content: from astro:content, checked across
 * files (checks.ts) and assembled (archive.ts) once per build, whichever page asks first.
 * A problem stops the build with one message naming every file and field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleApparatus, type ReportApparatus } from '../apparatus/report';
import { assembleArchive, type Archive, type Collections } from './archive';
import { checkArchive } from './checks';
import { ContentError } from './errors';

export type ReportEntry = CollectionEntry<'reports'>;
export type SiteArchive = Archive<ReportEntry>;

async function load(): Promise<SiteArchive> {
  const [reports, programmes, ledgers, restorations, translations, glossary, changes, gazetteer, sources, boundaries] = await Promise.all([
    getCollection('reports'),
    getCollection('programmes'),
    getCollection('ledgers'),
    getCollection('restorations'),
    getCollection('translations'),
    getCollection('glossary'),
    getCollection('changes'),
    getCollection('gazetteer'),
    getCollection('sources'),
    getCollection('boundaries'),
  ]);
  const collections: Collections<ReportEntry> = { reports, programmes, ledgers, restorations, translations, glossary, changes, gazetteer, sources, boundaries };
  const problems = checkArchive(collections);
  if (problems.length > 0) throw new ContentError(problems);
  return assembleArchive(collections);
}

let loaded: Promise<SiteArchive> | undefined;

/** The archive's content, checked: loaded on the first call of a build, shared by every later one. */
export function archive(): Promise<SiteArchive> {
  loaded ??= load();
  return loaded;
}

const apparatuses = new Map<string, ReportApparatus>();

/**
 * The editorial apparatus of a report (its blocks aligned with its ledger), built once per
 * build. Heading blocks get the ids of the rendered page's headings when `headingIds` is given.
 */
export async function reportApparatus(report: ReportEntry, headingIds?: readonly string[]): Promise<ReportApparatus> {
  const key = [report.id, ...(headingIds ?? [])].join('\u0000');
  const cached = apparatuses.get(key);
  if (cached) return cached;
  const { ledgers } = await archive();
  // archive() has checked that every report has a ledger that matches its body.
  const apparatus = assembleApparatus(report.id, report.data, report.body ?? '', ledgers.get(report.id)!, headingIds);
  apparatuses.set(key, apparatus);
  return apparatus;
}
