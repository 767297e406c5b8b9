/**
 * The pairing map's model: who supports whom, as the programme data states it, with every
 * pair tied to the paragraph that names the recipient, and the pairs gathered into
 * pairings (a supporter and a place: one line on the map, one row of its table, however
 * many reports name it). Pure: programmes, places, provinces and regions in, marks out; the
 * map's SVG and its table are both drawn from this one model, so they cannot disagree.
 */
import type { Script } from '../../i18n';
import type { Programme } from '../../core/schemas/programme';
import { placesByName, type Place, type Province, type Region } from '../gazetteer';

/** A province's id in content/gazetteer.json. */
export type ProvinceId = string;

/** One supporter → recipient pair: one recipient of one programme. */
interface MapPair {
  /** `<slug>/<recipient index>`, unique. */
  key: string;
  slug: string;
  /** Our title of the programme (Simplified). */
  title: string;
  province: ProvinceId;
  /** The leading city as printed (东营市 / 東營市), or null when the province leads. */
  city: string | null;
  /** Its English name (Dongying), or null. */
  cityEn: string | null;
  /** The recipient as printed in the report. */
  recipient: string;
  /** Its English name (Shule County). */
  recipientEn: string;
  /** The script the report is printed in (for lang on printed names and quotes). */
  script: Script;
  place: string;
  region: Region['id'];
  /** true when the report is first of all about this pairing. */
  primary: boolean;
  anchor: string;
  quote: string;
  /** Site-relative link to the paragraph naming the recipient: reports/<slug>/#pN. */
  href: string;
}

/** A supporter (a province, or one of its cities) and a place that its reports name: one line on the map. */
interface MapPairing {
  /** `<province>/<city's English name>→<place>`, unique. */
  key: string;
  province: ProvinceId;
  /** The leading city as the first report prints it, or null when the province leads. */
  city: string | null;
  cityEn: string | null;
  place: string;
  region: Region['id'];
  /** true when any report is first of all about this pairing. */
  primary: boolean;
  /** Keys of its pairs, in the order of `pairs`. */
  pairs: string[];
  /** The reports naming it, each once. */
  slugs: string[];
  /**
   * Where its line and its row link: named by one report, that report's pair (the paragraph
   * naming the recipient); by several, its region's comparison, which sets them side by side.
   */
  leadsTo: { pair: string } | { comparison: Region['id'] };
}

interface MapPlace {
  place: Place;
  region: Region;
  /** regions/<id>/ */
  href: string;
  /** Provinces whose programmes name this place, in the order of `provinces`. */
  supporters: ProvinceId[];
  /** Keys of the pairs that end here. */
  pairs: string[];
  /** The reports naming it, each once. */
  slugs: string[];
}

interface MapSupporter {
  province: Province;
  /** provinces/<id>/ */
  href: string;
  /** Leading cities as printed, each once, with the script they are printed in and the English name. */
  cities: { name: string; nameEn: string; script: Script }[];
  pairs: string[];
}

export interface MapModel {
  supporters: MapSupporter[];
  places: MapPlace[];
  pairs: MapPair[];
  pairings: MapPairing[];
}

interface MapInput {
  programmes: readonly Programme[];
  places: readonly Place[];
  /** The supporting provinces, in the order the map lists them. */
  provinces: readonly Province[];
  regions: readonly Region[];
  /** The script of each report, by slug; zh-Hans where missing. */
  scripts?: Readonly<Record<string, Script>>;
}

/**
 * Builds the model. Throws when a recipient has no place, or when its place lies in another
 * region than the programme data says: the map must never draw a pair it cannot place.
 */
export function pairingMapModel(input: MapInput): MapModel {
  const placeByName = placesByName(input.places);
  const provinceIds = input.provinces.map((p) => p.id);
  const regionById = new Map(input.regions.map((r) => [r.id, r] as const));
  const provinceById = new Map(input.provinces.map((p) => [p.id, p] as const));

  const ordered = [...input.programmes].sort(
    (a, b) => provinceIds.indexOf(a.province) - provinceIds.indexOf(b.province) || a.source.localeCompare(b.source),
  );
  const problems: string[] = [];
  const pairs: MapPair[] = [];
  for (const p of ordered) {
    const script = input.scripts?.[p.slug] ?? 'zh-Hans';
    p.recipients.forEach((r, i) => {
      const place = placeByName.get(r.name);
      if (!place) {
        problems.push(`${p.slug}: recipient "${r.name}" has no place in content/gazetteer.json (add it to a recipient's "aliases")`);
        return;
      }
      if (place.region !== r.region) {
        problems.push(`${p.slug}: recipient "${r.name}" is in region "${r.region}", but place "${place.id}" is in "${place.region}"`);
        return;
      }
      pairs.push({
        key: `${p.slug}/${i}`,
        slug: p.slug,
        title: p.title,
        province: p.province,
        city: p.city,
        cityEn: p.cityEn,
        recipient: r.name,
        recipientEn: r.nameEn,
        script,
        place: place.id,
        region: r.region,
        primary: r.primary,
        anchor: r.anchor,
        quote: r.quote,
        href: `reports/${p.slug}/#${r.anchor}`,
      });
    });
  }
  if (problems.length > 0) throw new Error(`The pairing map cannot place every recipient:\n${problems.join('\n')}`);

  const places: MapPlace[] = [];
  for (const place of input.places) {
    const here = pairs.filter((x) => x.place === place.id);
    if (here.length === 0) continue; // a place no report names is not drawn
    const region = regionById.get(place.region);
    if (!region) throw new Error(`place "${place.id}": no region "${place.region}" among the regions the programmes name (content/gazetteer.json)`);
    places.push({
      place,
      region,
      href: `regions/${region.id}/`,
      supporters: provinceIds.filter((id) => here.some((x) => x.province === id)),
      pairs: here.map((x) => x.key),
      slugs: [...new Set(here.map((x) => x.slug))],
    });
  }

  const supporters: MapSupporter[] = [];
  for (const p of ordered) {
    if (!provinceById.has(p.province))
      throw new Error(`${p.slug}: no province "${p.province}" among the provinces given to the map (content/gazetteer.json)`);
  }
  for (const province of input.provinces) {
    const id = province.id;
    const mine = pairs.filter((x) => x.province === id);
    if (mine.length === 0) continue;
    const cities: MapSupporter['cities'] = [];
    for (const x of mine) {
      if (x.city !== null && x.cityEn !== null && !cities.some((c) => c.name === x.city))
        cities.push({ name: x.city, nameEn: x.cityEn, script: x.script });
    }
    supporters.push({ province, href: `provinces/${id}/`, cities, pairs: mine.map((x) => x.key) });
  }

  return { supporters, places, pairs, pairings: pairingsOf(pairs) };
}

/** The pairs gathered by supporter (province and city) and place, in the order of their first pair. */
function pairingsOf(pairs: readonly MapPair[]): MapPairing[] {
  const byKey = new Map<string, Omit<MapPairing, 'leadsTo'>>();
  for (const pair of pairs) {
    const key = `${pair.province}/${pair.cityEn ?? ''}→${pair.place}`;
    const pairing = byKey.get(key) ?? {
      key,
      province: pair.province,
      city: pair.city,
      cityEn: pair.cityEn,
      place: pair.place,
      region: pair.region,
      primary: false,
      pairs: [],
      slugs: [],
    };
    pairing.primary ||= pair.primary;
    pairing.pairs.push(pair.key);
    if (!pairing.slugs.includes(pair.slug)) pairing.slugs.push(pair.slug);
    byKey.set(key, pairing);
  }
  return [...byKey.values()].map((p) => ({ ...p, leadsTo: p.slugs.length === 1 ? { pair: p.pairs[0]! } : { comparison: p.region } }));
}
