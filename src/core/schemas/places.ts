/**
 * content/places.json: approximate point locations of the recipients the reports name,
 * for the pairing map. Each place says what its point stands for (`precision`) and on
 * what basis (`note`); `about` says what the points are. That every recipient has a
 * place is checked by src/lib/content/checks.ts.
 */
import { z } from 'zod';
import { REGION_IDS } from './programme';

/**
 * What a point stands for:
 * - seat: the approximate seat of the county or city government (or division headquarters), within a few km
 * - city: the city a unit is based in, taken for the unit as a whole
 * - rough: a rough position inferred from descriptions, not verified; may be off by tens of km
 */
export const PLACE_PRECISIONS = ['seat', 'city', 'rough'] as const;

export const placeSchema = z.strictObject({
  /** kebab-case, unique. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Our short label in Simplified Chinese. */
  label: z.string().min(1).max(10),
  /** The same in Traditional Chinese. */
  labelHant: z.string().min(1).max(10),
  /** Every recipient name, exactly as a report prints it, that this point stands for. */
  names: z.array(z.string().min(1)).min(1),
  region: z.enum(REGION_IDS),
  /** Decimal degrees east, at most two decimals. */
  lon: z.number().min(73).max(97),
  /** Decimal degrees north, at most two decimals. */
  lat: z.number().min(34).max(50),
  precision: z.enum(PLACE_PRECISIONS),
  /** What the point stands for and how it was placed, in Simplified Chinese. */
  note: z.string().min(1),
});

const twoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;

export const placesFileSchema = z
  .strictObject({
    about: z.string().min(1),
    places: z.array(placeSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const ids = new Map<string, number>();
    const names = new Map<string, number>();
    file.places.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', message: `place id "${p.id}" is used twice`, path: ['places', i, 'id'] });
      ids.set(p.id, i);
      for (const n of p.names) {
        if (names.has(n)) ctx.addIssue({ code: 'custom', message: `name "${n}" belongs to two places`, path: ['places', i, 'names'] });
        names.set(n, i);
      }
      if (!twoDecimals(p.lon) || !twoDecimals(p.lat)) {
        ctx.addIssue({ code: 'custom', message: 'coordinates are rounded to two decimals (about 1 km)', path: ['places', i] });
      }
    });
  });

export type Place = z.infer<typeof placeSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
