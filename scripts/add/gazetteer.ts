/**
 * The ids `npm run add` accepts, from content/gazetteer.json: a province is one of the
 * nineteen supporters of 对口援疆 (provinces, municipalities and Shenzhen); a region is a
 * prefecture-level unit of the autonomous region or an XPCC division.
 */
import { z } from 'zod';
import { AddError } from './errors';

const names = z.object({ hans: z.string().min(1), hant: z.string().min(1) });
/** Only the fields `npm run add` reads; the gazetteer holds more. */
const gazetteerSchema = z.object({
  supporters: z.array(z.object({ id: z.string(), kind: z.string(), name: names, nineteen: z.boolean().optional() })),
  recipients: z.array(z.object({ id: z.string(), kind: z.string(), name: names })),
});

/** Kinds of recipient that are regions (a programme's `region`), and the programme's recipient kind for each. */
const REGION_KINDS: Record<string, 'prefecture' | 'division'> = {
  'xuar-prefecture': 'prefecture',
  'xuar-autonomous-prefecture': 'prefecture',
  'xuar-prefecture-city': 'prefecture',
  'xpcc-division': 'division',
};

export interface Place {
  id: string;
  name: { hans: string; hant: string };
}
export interface Region extends Place {
  /** The programme file's recipient kind. */
  recipientKind: 'prefecture' | 'division';
}
export interface Gazetteer {
  provinces: Place[];
  regions: Region[];
}

export function readGazetteer(file: string, data: unknown): Gazetteer {
  const parsed = gazetteerSchema.safeParse(data);
  if (!parsed.success) {
    throw new AddError(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  const { supporters, recipients } = parsed.data;
  return {
    provinces: supporters.filter((s) => s.nineteen === true).map(({ id, name }) => ({ id, name })),
    regions: recipients.flatMap(({ id, kind, name }) => {
      const recipientKind = REGION_KINDS[kind];
      return recipientKind === undefined ? [] : [{ id, name, recipientKind }];
    }),
  };
}

const listing = (places: readonly Place[]) => places.map((place) => `${place.id} (${place.name.hans})`).join(', ');

export function findProvince(gazetteer: Gazetteer, id: string): Place {
  const province = gazetteer.provinces.find((place) => place.id === id);
  if (!province) throw new AddError(`--province ${id}: no such province in content/gazetteer.json; known: ${listing(gazetteer.provinces)}`);
  return province;
}

export function findRegions(gazetteer: Gazetteer, ids: readonly string[]): Region[] {
  const unknown = ids.filter((id) => !gazetteer.regions.some((region) => region.id === id));
  if (unknown.length > 0) {
    throw new AddError(
      `${unknown.map((id) => `--recipient ${id}`).join(', ')}: no such region in content/gazetteer.json; known: ${listing(gazetteer.regions)}`,
    );
  }
  return ids.map((id) => gazetteer.regions.find((region) => region.id === id)!);
}
