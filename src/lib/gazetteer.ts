/**
 * The gazetteer (content/gazetteer.json) as the site uses it: the provinces, regions and
 * places the programmes name, with the names, descriptions and map positions the pages
 * show. Pure: the loaded gazetteer and programmes in, plain records out.
 *
 * Order: provinces in the order the archive first covers them (the capture number of each
 * province's first report), which also gives each its colour on the charts; regions and
 * places in the gazetteer's own (official) order.
 */
import type { Gazetteer, Position, RecipientEntry } from '../core/schemas/gazetteer';
import type { Programme } from '../core/schemas/programme';
import { programmesInCaptureOrder } from './browse';

/** The two kinds of region: prefecture-level units of the autonomous region, and XPCC divisions. */
export const REGION_KINDS = ['xuar-prefecture', 'xpcc-division'] as const;
export type RegionKindId = (typeof REGION_KINDS)[number];

/** What a kind of region is, shown with the regions. */
export interface RegionKind {
  name: string;
  nameEn: string;
  description?: string | undefined;
  descriptionEn?: string | undefined;
}

/** A supporting province or municipality that a programme names. */
export interface Province {
  id: string;
  /** Simplified, e.g. 山东省. */
  name: string;
  nameHant: string;
  nameEn: string;
  description?: string | undefined;
  descriptionEn?: string | undefined;
  /** Its key among the map's boundaries. */
  mapCode: string;
}

/** A receiving region: a prefecture-level unit of Xinjiang or an XPCC division. */
export interface Region {
  id: string;
  name: string;
  nameHant: string;
  nameEn: string;
  kind: RegionKindId;
  description?: string | undefined;
  descriptionEn?: string | undefined;
}

/** A point on the pairing map: a recipient entry of the gazetteer, in its region. */
export interface Place {
  id: string;
  /** Our short label in Simplified Chinese. */
  label: string;
  labelHant: string;
  labelEn: string;
  /** Every name a report may print for it: its names, labels and aliases. */
  names: string[];
  region: string;
  lon: number;
  lat: number;
  precision: Position['precision'];
  /** How it was placed, in Simplified Chinese and in English. */
  note: { zh: string; en: string };
}

export interface Regions {
  kinds: Record<RegionKindId, RegionKind>;
  regions: Region[];
}

const isRegionKind = (kind: string): kind is RegionKindId => (REGION_KINDS as readonly string[]).includes(kind);

/** The region kind a recipient kind groups with (xuar-autonomous-prefecture → xuar-prefecture), or null for a place. */
function regionKindOf(g: Gazetteer, kind: string): RegionKindId | null {
  const k = g.kinds[kind];
  if (!k || k.level !== 'prefecture') return null;
  const to = k.mapsTo ?? kind;
  if (!isRegionKind(to)) throw new Error(`content/gazetteer.json: kinds.${kind}: a region kind maps to one of ${REGION_KINDS.join(', ')}`);
  return to;
}

/** The region a recipient entry lies in: itself for a region, its parent for a place. */
export function regionOfEntry(g: Gazetteer, entry: RecipientEntry): string {
  return regionKindOf(g, entry.kind) === null ? (entry.parent ?? entry.id) : entry.id;
}

/** Every recipient entry as a map point. */
export function gazetteerPlaces(g: Gazetteer): Place[] {
  return g.recipients.map((r) => ({
    id: r.id,
    label: r.label.hans,
    labelHant: r.label.hant,
    labelEn: r.label.en,
    names: [...new Set([...(r.aliases ?? []), r.name.hans, r.name.hant, r.label.hans, r.label.hant])],
    region: regionOfEntry(g, r),
    lon: r.seat.lon,
    lat: r.seat.lat,
    precision: r.seat.precision,
    note: { zh: r.seat.note, en: r.seat.noteEn },
  }));
}

/** Each name a report may print, to its place (the first place listing it). */
export function placesByName(places: readonly Place[]): Map<string, Place> {
  const byName = new Map<string, Place>();
  for (const place of places) for (const name of place.names) if (!byName.has(name)) byName.set(name, place);
  return byName;
}

/** The regions the programmes name, with the two region kinds. */
export function gazetteerRegions(g: Gazetteer, programmes: readonly Programme[]): Regions {
  const named = new Set(programmes.flatMap((p) => p.recipients.map((r) => r.region)));
  const kinds = Object.fromEntries(
    REGION_KINDS.map((id) => {
      const k = g.kinds[id];
      if (!k) throw new Error(`content/gazetteer.json: kinds.${id} is missing`);
      return [id, { name: k.name, nameEn: k.nameEn, description: k.description, descriptionEn: k.descriptionEn }];
    }),
  ) as Record<RegionKindId, RegionKind>;
  const regions = g.recipients.flatMap((r) => {
    const kind = regionKindOf(g, r.kind);
    if (kind === null || !named.has(r.id)) return [];
    return [{ id: r.id, name: r.name.hans, nameHant: r.name.hant, nameEn: r.name.en, kind, description: r.description, descriptionEn: r.descriptionEn }];
  });
  return { kinds, regions };
}

/** The provinces the programmes name, in the order the archive first covers them. */
export function gazetteerProvinces(g: Gazetteer, programmes: readonly Programme[]): Province[] {
  const order = [...new Set(programmesInCaptureOrder(programmes).map((p) => p.province))];
  return order.map((id) => {
    const s = g.supporters.find((x) => x.id === id);
    // The content checks refuse a programme whose province is not a provincial-level supporter, and the schema gives each of those a mapCode.
    if (!s?.mapCode)
      throw new Error(
        `content/gazetteer.json: supporters: "${id}" is named as a province by a programme but has no provincial-level entry with a mapCode`,
      );
    return {
      id,
      name: s.name.hans,
      nameHant: s.name.hant,
      nameEn: s.name.en,
      description: s.description,
      descriptionEn: s.descriptionEn,
      mapCode: s.mapCode,
    };
  });
}
