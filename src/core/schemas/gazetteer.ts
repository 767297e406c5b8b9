import { z } from 'zod';

/**
 * content/gazetteer.json: every supporter and every possible recipient of 对口援疆, with
 * the sources of each pairing and each position (its `about` says how it was made).
 *
 * - supporters: the provinces and municipalities (provincial level, `code`/`mapCode`) and the
 *   cities that lead a programme (`parent` is their province) or support on their own (Shenzhen);
 * - recipients: the prefecture-level units of Xinjiang and the XPCC divisions (regions), and
 *   the counties, cities and regiments (places) below them, each kind described in `kinds`.
 *
 * Programmes name a province (a provincial-level supporter) and recipients in regions by
 * these ids; the ids by role are `gazetteerIds()`.
 */

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is kebab-case: xpcc-4th-division');

/** A name in both scripts and in English. */
const namesSchema = z.strictObject({
  hans: z.string().min(1),
  hant: z.string().min(1),
  en: z.string().min(1),
});

/**
 * What a position stands for:
 * - seat: the approximate seat of the government (or division headquarters), within a few km
 * - city: the city a unit is based in, taken for the unit as a whole
 * - rough: a rough position inferred from descriptions, not verified; may be off by tens of km
 */
export const POSITION_PRECISIONS = ['seat', 'city', 'rough'] as const;

const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;
const degrees = (min: number, max: number) => z.number().min(min).max(max).refine(twoDecimals, 'rounded to two decimals (about 1 km)');

/** A point, in decimal degrees (WGS 84), with what it stands for and on what basis. */
const positionSchema = z.strictObject({
  lon: degrees(73, 135),
  lat: degrees(18, 54),
  precision: z.enum(POSITION_PRECISIONS),
  /** How it was placed, in Simplified Chinese, and in English. */
  note: z.string().min(1),
  noteEn: z.string().min(1),
  /** The source of the position, where it is not general reference. */
  source: z.string().min(1).optional(),
  alsoSources: z.array(z.string().min(1)).optional(),
});

/** Which file of the earlier data an entry was copied from, unchanged. */
const carriedFromSchema = z.array(z.enum(['provinces.json', 'regions.json', 'places.json'])).min(1);

/** One pairing: a supporter's recipient, with the source that states it. */
const pairSchema = z.strictObject({
  recipient: idSchema,
  source: z.string().min(1),
  alsoSources: z.array(z.string().min(1)).optional(),
  /** The counties or units of the recipient it takes, where a prefecture is shared. */
  part: z.string().min(1).optional(),
  partEn: z.string().min(1).optional(),
  /** The year it began, only where a source states it. */
  since: z.number().int().min(1990).max(2100).optional(),
  note: z.string().min(1).optional(),
  noteEn: z.string().min(1).optional(),
});

export const SUPPORTER_KINDS = ['province', 'municipality', 'city'] as const;

export const supporterSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(SUPPORTER_KINDS),
    name: namesSchema,
    /** ISO 3166-2 (Natural Earth's iso_3166_2), for a provincial-level supporter. */
    code: z
      .string()
      .regex(/^CN-[A-Z]{2}$/)
      .optional(),
    /** Its key in content/map/boundaries.topo.json (Natural Earth's HASC code): look it up on the map by this, never by `code`. */
    mapCode: z
      .string()
      .regex(/^CN-[A-Z]{2}$/)
      .optional(),
    /** A city's province. */
    parent: idSchema.optional(),
    /** A city's position (a province is drawn by its boundary). */
    point: positionSchema.optional(),
    /** One of the nineteen supporters of the 2010 scheme. */
    nineteen: z.boolean(),
    description: z.string().min(1).optional(),
    descriptionEn: z.string().min(1).optional(),
    carriedFrom: carriedFromSchema.optional(),
    pairs: z.array(pairSchema),
  })
  .superRefine((s, ctx) => {
    const provincial = s.kind !== 'city';
    if (provincial && (s.mapCode === undefined || s.code === undefined)) {
      ctx.addIssue({ code: 'custom', message: `a ${s.kind} has a code and a mapCode`, path: ['mapCode'] });
    }
    if (!provincial && s.point === undefined) ctx.addIssue({ code: 'custom', message: 'a city has a point', path: ['point'] });
  });

export const recipientEntrySchema = z.strictObject({
  id: idSchema,
  /** A key of `kinds`. */
  kind: z.string().min(1),
  /** The finer form of a prefecture-level unit of the autonomous region. */
  form: z.enum(['prefecture', 'autonomous-prefecture', 'prefecture-city']).optional(),
  name: namesSchema,
  /** The short label the map and lists show. */
  label: namesSchema,
  /** Other names, exactly as reports print them, that this entry stands for. */
  aliases: z.array(z.string().min(1)).optional(),
  /** The region (prefecture or division) a place belongs to. */
  parent: idSchema.optional(),
  /** The prefecture that administers a prefecture listed on its own (Tacheng, Altay → Ili). */
  administeredBy: idSchema.optional(),
  /** The city a division runs (师市合一). */
  city: idSchema.optional(),
  description: z.string().min(1).optional(),
  descriptionEn: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  noteEn: z.string().min(1).optional(),
  seat: positionSchema,
  carriedFrom: carriedFromSchema.optional(),
});

/** What a kind of recipient is, and how it groups. */
export const recipientKindSchema = z.strictObject({
  name: z.string().min(1),
  nameEn: z.string().min(1),
  description: z.string().min(1).optional(),
  descriptionEn: z.string().min(1).optional(),
  /** The autonomous region's administration, or the XPCC's. */
  group: z.enum(['xuar', 'xpcc']),
  /** prefecture: a region of the archive; county: a place within one. */
  level: z.enum(['prefecture', 'county']),
  /** The kind it groups with: a region kind, or `place`. */
  mapsTo: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  carriedFrom: carriedFromSchema.optional(),
});

export const gazetteerSourceSchema = z.strictObject({
  /** kebab-case; the archive's own reports are `report:<slug>`. */
  id: z.string().regex(/^(report:)?[a-z0-9]+(-[a-z0-9]+)*$/),
  kind: z.enum(['web', 'data', 'archive']),
  title: z.string().min(1),
  url: z.string().min(1),
  accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  what: z.string().min(1),
});

type Ctx = z.core.$RefinementCtx;

/** Ids unique within a list; returns them. */
function uniqueIds(list: readonly { id: string }[], at: string, ctx: Ctx): Set<string> {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', message: `id "${entry.id}" is listed twice`, path: [at, i, 'id'] });
    seen.add(entry.id);
  });
  return seen;
}

export const gazetteerSchema = z
  .strictObject({
    about: z.string().min(1),
    sources: z.array(gazetteerSourceSchema),
    kinds: z.record(z.string(), recipientKindSchema),
    supporters: z.array(supporterSchema).min(1),
    recipients: z.array(recipientEntrySchema).min(1),
  })
  .superRefine((g, ctx) => {
    const sources = uniqueIds(g.sources, 'sources', ctx);
    const supporters = uniqueIds(g.supporters, 'supporters', ctx);
    const recipients = uniqueIds(g.recipients, 'recipients', ctx);
    const kinds = new Set(Object.keys(g.kinds));
    const known = (ids: Set<string>, id: string | undefined, what: string, path: (string | number)[]) => {
      if (id !== undefined && !ids.has(id)) ctx.addIssue({ code: 'custom', message: `"${id}" is not a ${what} of the gazetteer`, path });
    };
    const translated = (n: { note?: string | undefined; noteEn?: string | undefined }, path: (string | number)[]) => {
      if (n.note !== undefined && n.noteEn === undefined) ctx.addIssue({ code: 'custom', message: 'required beside note', path: [...path, 'noteEn'] });
    };
    const sourced = (p: { source?: string | undefined; alsoSources?: string[] | undefined }, path: (string | number)[]) => {
      known(sources, p.source, 'source', [...path, 'source']);
      p.alsoSources?.forEach((s, i) => known(sources, s, 'source', [...path, 'alsoSources', i]));
    };
    for (const [id, kind] of Object.entries(g.kinds)) {
      if (kind.mapsTo !== undefined && kind.mapsTo !== 'place') known(kinds, kind.mapsTo, 'kind', ['kinds', id, 'mapsTo']);
    }
    g.supporters.forEach((s, i) => {
      known(supporters, s.parent, 'supporter', ['supporters', i, 'parent']);
      if (s.point) sourced(s.point, ['supporters', i, 'point']);
      s.pairs.forEach((p, j) => {
        known(recipients, p.recipient, 'recipient', ['supporters', i, 'pairs', j, 'recipient']);
        sourced(p, ['supporters', i, 'pairs', j]);
        translated(p, ['supporters', i, 'pairs', j]);
      });
    });
    const names = new Map<string, string>();
    g.recipients.forEach((r, i) => {
      known(kinds, r.kind, 'kind', ['recipients', i, 'kind']);
      known(recipients, r.parent, 'recipient', ['recipients', i, 'parent']);
      known(recipients, r.administeredBy, 'recipient', ['recipients', i, 'administeredBy']);
      known(recipients, r.city, 'recipient', ['recipients', i, 'city']);
      sourced(r.seat, ['recipients', i, 'seat']);
      translated(r, ['recipients', i]);
      r.aliases?.forEach((alias, j) => {
        const other = names.get(alias);
        if (other !== undefined)
          ctx.addIssue({ code: 'custom', message: `"${alias}" is already an alias of ${other}`, path: ['recipients', i, 'aliases', j] });
        names.set(alias, r.id);
      });
      if (g.kinds[r.kind]?.level === 'county' && r.parent === undefined) {
        ctx.addIssue({ code: 'custom', message: `a ${r.kind} has a parent (its region)`, path: ['recipients', i, 'parent'] });
      }
    });
  });

export type GazetteerNames = z.infer<typeof namesSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Pair = z.infer<typeof pairSchema>;
export type Supporter = z.infer<typeof supporterSchema>;
export type RecipientEntry = z.infer<typeof recipientEntrySchema>;
export type RecipientKind = z.infer<typeof recipientKindSchema>;
export type GazetteerSource = z.infer<typeof gazetteerSourceSchema>;
export type Gazetteer = z.infer<typeof gazetteerSchema>;

/** The gazetteer's ids by the role they play in a programme file. */
export interface GazetteerIds {
  /** Every supporter: provinces, municipalities and cities. */
  supporters: string[];
  /** The provincial-level supporters: what a programme's `province` names. */
  provinces: string[];
  /** The prefecture-level recipients (prefectures, prefecture-level cities, XPCC divisions): what a programme recipient's `region` names. */
  regions: string[];
  /** The recipients below a region (counties, cities, regiments): points within a region. */
  places: string[];
}

/** The recipients of a level, in the gazetteer's order. */
const recipientsAt = (g: Gazetteer, level: RecipientKind['level']) => g.recipients.filter((r) => g.kinds[r.kind]?.level === level).map((r) => r.id);

/** The gazetteer's ids by role, each list in the gazetteer's order. */
export function gazetteerIds(g: Gazetteer): GazetteerIds {
  return {
    supporters: g.supporters.map((s) => s.id),
    provinces: g.supporters.filter((s) => s.kind !== 'city').map((s) => s.id),
    regions: recipientsAt(g, 'prefecture'),
    places: recipientsAt(g, 'county'),
  };
}
