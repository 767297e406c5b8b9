/**
 * Results by report, without loading them: the lookup file lists each report's records
 * by Pagefind id in reading order (records.ts, buildLookup), so the ids and scores a
 * search returns are enough to group the hits by report, count them, choose the best
 * passages to load, and place every hit along its report's text (the distribution).
 * Pure: the search page (src/client/) and the unit tests run it.
 */
import { kindOfAnchor, LOOKUP_PATH, type Lookup, type RecordKind } from './shared';

/** Where a record is: its report, its element, and its place in the report's text. */
export interface Place {
  slug: string;
  anchor: string;
  kind: RecordKind;
  /** Its index in the report's text (0 the title), or null for the summary panel. */
  block: number | null;
}

/** Every record of the lookup file, by Pagefind id. */
export function recordPlaces(lookup: Lookup): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const [slug, report] of Object.entries(lookup.reports)) {
    report.records.forEach(([id, anchor], i) => {
      places.set(id, { slug, anchor, kind: kindOfAnchor(anchor), block: i < report.text ? i : null });
    });
  }
  return places;
}

/** A search result, as the search returns it before anything is loaded. */
interface Scored {
  id: string;
  score: number;
}

export type Located<T extends Scored> = Place & { item: T };

export interface ReportGroup<T extends Scored> {
  slug: string;
  /** The report's hits, best first. */
  hits: Located<T>[];
  /** How many records the report's text has: the length of its distribution. */
  blocks: number;
}

/**
 * The hits of a search, by report: the report with most hits first (then the one with
 * the best hit), each report's hits best first. A hit the lookup file does not know
 * means the index and the lookup file are not from the same build: an error.
 */
export function groupByReport<T extends Scored>(items: readonly T[], lookup: Lookup, places = recordPlaces(lookup)): ReportGroup<T>[] {
  const bySlug = new Map<string, Located<T>[]>();
  for (const item of items) {
    const place = places.get(item.id);
    if (!place) throw new Error(`search: result ${item.id} is not in ${LOOKUP_PATH} (index and lookup file from different builds?)`);
    const list = bySlug.get(place.slug) ?? [];
    list.push({ ...place, item });
    bySlug.set(place.slug, list);
  }
  const best = (hits: Located<T>[]) => hits[0]!.item.score;
  return [...bySlug]
    .map(([slug, hits]) => ({ slug, hits: [...hits].sort((a, b) => b.item.score - a.item.score), blocks: lookup.reports[slug]!.text }))
    .sort((a, b) => b.hits.length - a.hits.length || best(b.hits) - best(a.hits));
}

/** How many of a report's hits are shown with their passage at first: the best two (each is one request). */
export const shownAtFirst = (count: number): number => Math.min(count, 2);

/** The hits of a group that are not shown at first, in reading order (the summary panel's last). */
export function restInReadingOrder<T extends Scored>(group: ReportGroup<T>): Located<T>[] {
  const order = (h: Located<T>) => h.block ?? Infinity;
  return group.hits.slice(shownAtFirst(group.hits.length)).sort((a, b) => order(a) - order(b));
}

/** Where a report's hits fall. */
export interface Distribution {
  /** Hits in all, text and summary panel. */
  total: number;
  /** One per hit in the text, in reading order: its block, of `blocks`. */
  ticks: { block: number; anchor: string; kind: RecordKind }[];
  blocks: number;
  /** Hits in paragraphs: how many, and the first and last paragraph's number (pN); null if none. */
  paragraphs: { count: number; first: number; last: number } | null;
  /** Hits in the title, headings and captions. */
  otherText: number;
  /** Hits in the summary panel (figures, editorial summary). */
  panel: number;
}

export function distribution(group: Pick<ReportGroup<Scored>, 'hits' | 'blocks'>): Distribution {
  const inText = group.hits.filter((h) => h.block !== null).sort((a, b) => a.block! - b.block!);
  const numbers = inText.filter((h) => h.kind === 'paragraph').map((h) => Number(h.anchor.slice(1)));
  return {
    total: group.hits.length,
    ticks: inText.map((h) => ({ block: h.block!, anchor: h.anchor, kind: h.kind })),
    blocks: group.blocks,
    paragraphs: numbers.length > 0 ? { count: numbers.length, first: Math.min(...numbers), last: Math.max(...numbers) } : null,
    otherText: inText.length - numbers.length,
    panel: group.hits.length - inText.length,
  };
}
