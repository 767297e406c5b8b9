/**
 * The archive's content as the site uses it, assembled from the loaded collections
 * (index.ts gets them from astro:content; the unit tests from fixture folders). Pure: it
 * orders and indexes what was loaded and reads nothing.
 */
import type { Boundary } from '../../core/schemas/boundary';
import type { Capture } from '../../core/schemas/source';
import type { Change } from '../../core/schemas/changes';
import type { Gazetteer } from '../../core/schemas/gazetteer';
import type { GlossaryTerm } from '../../core/schemas/glossary';
import type { Ledger } from '../../core/schemas/ledger';
import type { Programme } from '../../core/schemas/programme';
import type { Report } from '../../core/schemas/report';
import type { Restoration } from '../../core/schemas/restoration';
import type { Translation } from '../../core/schemas/translation';
import type { ChangeEntry } from '../apparatus/changes';
import { boundariesOf, type Boundaries } from '../charts/basemap';
import { gazetteerPlaces, gazetteerProvinces, gazetteerRegions, type Place, type Province, type Regions } from '../gazetteer';

/** One loaded entry: what getCollection() gives for it (an Astro entry has more). */
export interface Entry<T> {
  id: string;
  data: T;
  /** The file, relative to the project root. */
  filePath?: string | undefined;
  /** An .mdx entry's body: the text after the frontmatter. */
  body?: string | undefined;
}

export type ReportEntryLike = Entry<Report>;

/**
 * Every collection of src/content.config.ts, as loaded: one entry per file, so the
 * glossary, the changelog and the gazetteer have one each.
 */
export interface Collections<R extends ReportEntryLike = ReportEntryLike> {
  reports: readonly R[];
  programmes: readonly Entry<Programme>[];
  ledgers: readonly Entry<Ledger>[];
  restorations: readonly Entry<Restoration[]>[];
  translations: readonly Entry<Translation>[];
  glossary: readonly Entry<GlossaryTerm[]>[];
  changes: readonly Entry<Change[]>[];
  gazetteer: readonly Entry<Gazetteer>[];
  sources: readonly Entry<Capture>[];
  boundaries: readonly Entry<Boundary>[];
}

export interface Archive<R extends ReportEntryLike = ReportEntryLike> {
  /** Newest first (an estimated date sorts by the start of its estimate). */
  reports: R[];
  /** In capture order (000 first). */
  programmes: Programme[];
  /** Each report's ledger, by slug. */
  ledgers: ReadonlyMap<string, Ledger>;
  /** Each report's English translation, by slug (checkArchive: one per report, aligned with it). */
  translations: ReadonlyMap<string, Translation>;
  glossary: GlossaryTerm[];
  /** Newest first, ties in file order. */
  changes: ChangeEntry[];
  /** The regions the programmes name (content/gazetteer.json), with the two region kinds. */
  regions: Regions;
  /** The provinces the programmes name, in the order the archive first covers them. */
  provinces: Province[];
  /** Every recipient of the gazetteer as a point on the map. */
  places: Place[];
  /** The raw captures, by path (content/sources/002_….txt, as a report's source.file names it). */
  captures: ReadonlyMap<string, Capture>;
  boundaries: Boundaries;
}

/** A sortable key: the stated date, or the start of the estimate. */
function dateKey(published: Report['published']): string {
  return published.stated ? published.date : (published.estimate.split('/')[0] ?? '');
}

/** The data of a collection of one file (checkArchive has found the file). */
const only = <T>(entries: readonly Entry<T>[]): T => entries[0]!.data;

/** The archive from collections that passed checkArchive (checks.ts). */
export function assembleArchive<R extends ReportEntryLike>(c: Collections<R>): Archive<R> {
  const programmes = c.programmes.map((p) => p.data);
  return {
    reports: [...c.reports].sort((a, b) => dateKey(b.data.published).localeCompare(dateKey(a.data.published)) || a.id.localeCompare(b.id)),
    programmes: c.programmes.map((p) => p.data).sort((a, b) => a.source.localeCompare(b.source)),
    ledgers: new Map(c.ledgers.map((l) => [l.id, l.data])),
    translations: new Map(c.translations.map((t) => [t.id, t.data])),
    glossary: only(c.glossary),
    changes: only(c.changes)
      .map((change, i) => ({ change: { ...change, id: `change-${i + 1}` }, i }))
      .sort((x, y) => y.change.date.localeCompare(x.change.date) || x.i - y.i)
      .map(({ change }) => change),
    regions: gazetteerRegions(only(c.gazetteer), programmes),
    provinces: gazetteerProvinces(only(c.gazetteer), programmes),
    places: gazetteerPlaces(only(c.gazetteer)),
    captures: new Map(c.sources.map((s) => [s.data.file, s.data])),
    boundaries: boundariesOf(c.boundaries),
  };
}
