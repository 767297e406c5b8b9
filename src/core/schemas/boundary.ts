import type { MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';

/**
 * The land the pairing map draws (src/lib/charts/basemap.ts): Natural Earth's admin-1
 * units of China (code CN-XX) and the countries around China (ISO 3166-1 alpha-2), as
 * committed in content/map/boundaries.topo.json (see DATA-SOURCES.md). The `boundaries`
 * collection holds one entry per unit, its id the code.
 */

/**
 * Countries drawn as the land around China (merged into one shape, no borders between
 * them): every country whose territory reaches into the frame.
 */
// prettier-ignore
export const NEIGHBOUR_CODES = [
  'AF', 'BD', 'BT', 'HK', 'IN', 'JP', 'KG', 'KP', 'KR', 'KZ', 'LA', 'MM', 'MN', 'MO', 'NP',
  'PH', 'PK', 'RU', 'TH', 'TJ', 'TW', 'UZ', 'VN',
] as const;

const isPolygonal = (g: unknown): g is Polygon | MultiPolygon =>
  g !== null &&
  typeof g === 'object' &&
  ((g as { type?: unknown }).type === 'Polygon' || (g as { type?: unknown }).type === 'MultiPolygon') &&
  Array.isArray((g as { coordinates?: unknown }).coordinates);

export const boundarySchema = z.strictObject({
  /** A province of China, or a country around it. */
  kind: z.enum(['province', 'neighbour']),
  geometry: z.custom<Polygon | MultiPolygon>(isPolygonal, 'expected a Polygon or MultiPolygon geometry'),
});

export type Boundary = z.infer<typeof boundarySchema>;
