/**
 * The ids `npm run add` accepts, from content/gazetteer.json (src/core/schemas/gazetteer.ts):
 * a province is a provincial-level supporter, a region a prefecture-level recipient (a
 * prefecture or prefecture-level city of the autonomous region, or an XPCC division); a lead
 * city one of a province's cities, named as printed in either script.
 */
import { gazetteerIds, gazetteerSchema } from '../../src/core/schemas/gazetteer';
import { issueSummary } from '../../src/core/zod-issues';
import { AddError } from './errors';

export interface Place {
  id: string;
  name: { hans: string; hant: string; en: string };
}
/** A city that leads a programme for its province (`parent`). */
export interface City extends Place {
  parent: string;
}
export interface Region extends Place {
  /** The programme file's recipient kind. */
  recipientKind: 'prefecture' | 'division';
}
export interface KnownPlaces {
  provinces: Place[];
  regions: Region[];
  cities: City[];
}

export function readGazetteer(file: string, data: unknown): KnownPlaces {
  const parsed = gazetteerSchema.safeParse(data);
  if (!parsed.success) {
    throw new AddError(`${file}: ${issueSummary(parsed.error)}`);
  }
  const gazetteer = parsed.data;
  const ids = gazetteerIds(gazetteer);
  const byId = <T extends { id: string }>(entries: readonly T[], id: string) => entries.find((entry) => entry.id === id)!;
  return {
    provinces: ids.provinces.map((id) => byId(gazetteer.supporters, id)).map(({ id, name }) => ({ id, name })),
    regions: ids.regions
      .map((id) => byId(gazetteer.recipients, id))
      .map(({ id, name, kind }) => ({ id, name, recipientKind: kind === 'xpcc-division' ? 'division' : 'prefecture' })),
    cities: gazetteer.supporters.flatMap(({ id, name, kind, parent }) => (kind === 'city' && parent !== undefined ? [{ id, name, parent }] : [])),
  };
}

const listing = (places: readonly Place[]) => places.map((place) => `${place.id} (${place.name.hans})`).join(', ');

export function findProvince(places: KnownPlaces, id: string): Place {
  const province = places.provinces.find((place) => place.id === id);
  if (!province) throw new AddError(`--province ${id}: no such province in content/gazetteer.json; known: ${listing(places.provinces)}`);
  return province;
}

export function findRegions(places: KnownPlaces, ids: readonly string[]): Region[] {
  const unknown = ids.filter((id) => !places.regions.some((region) => region.id === id));
  if (unknown.length > 0) {
    throw new AddError(
      `${unknown.map((id) => `--recipient ${id}`).join(', ')}: no such region in content/gazetteer.json; known: ${listing(places.regions)}`,
    );
  }
  return ids.map((id) => places.regions.find((region) => region.id === id)!);
}

/** The city of `province` printed as `printed` (东营市 or 東營市). */
export function findCity(places: KnownPlaces, province: Place, printed: string): City {
  const ofProvince = places.cities.filter((city) => city.parent === province.id);
  const city = ofProvince.find(({ name }) => name.hans === printed || name.hant === printed);
  if (!city) {
    const known = ofProvince.length > 0 ? `known: ${listing(ofProvince)}` : 'it has none yet';
    throw new AddError(
      `--city ${printed}: no city of ${province.id} by that name in content/gazetteer.json (${known}); add the city there, with its English name, or leave --city out`,
    );
  }
  return city;
}
