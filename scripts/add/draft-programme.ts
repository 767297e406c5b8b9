/**
 * The programme file a new report starts with: its province, lead city and recipients,
 * each recipient tied to the paragraph and sentence that name it, and no figures, period,
 * themes or summary yet: a maintainer adds those, each figure with the sentence that
 * prints it (README, “Adding a report”). The English title, city and recipient names come
 * from the gazetteer's English names, as a draft the maintainer reviews.
 */
import type { City, Place, Region } from './gazetteer';
import type { Script } from './options';
import { AddError } from './errors';

export interface Paragraph {
  anchor: string;
  text: string;
}

export interface DraftProgramme {
  slug: string;
  title: string;
  titleEn: string;
  province: string;
  city: string | null;
  cityEn: string | null;
  recipients: { name: string; nameEn: string; region: string; kind: Region['recipientKind']; primary: boolean; anchor: string; quote: string }[];
  source: string;
}

const TITLE_MAX = 30;
const TITLE_EN_MAX = 100;
const XPCC = '新疆生产建设兵团';
/** Endings a report may leave off a region's name: 和田地区 is often just 和田. */
const SUFFIXES = ['哈萨克自治州', '蒙古自治州', '柯尔克孜自治州', '回族自治州', '自治州', '地区', '市'];

/** The forms of a region's name a report may print, longest first, in the report's script. */
export function nameForms(region: Region, script: Script): string[] {
  const full = script === 'zh-Hans' ? region.name.hans : region.name.hant;
  const hans = region.name.hans;
  const forms = new Set([full]);
  if (hans.startsWith(XPCC)) {
    const division = full.slice(XPCC.length);
    forms.add(`兵团${division}`);
    forms.add(division);
  }
  const suffix = SUFFIXES.find((ending) => hans.endsWith(ending) && hans.length > ending.length);
  if (suffix) forms.add(full.slice(0, full.length - suffix.length));
  return [...forms];
}

/** The first sentence of the report that names the region in its fullest form, with that form. */
function firstMention(region: Region, script: Script, paragraphs: readonly Paragraph[], slug: string) {
  const forms = nameForms(region, script);
  const sentences = paragraphs.flatMap(({ anchor, text }) =>
    (text.match(/[^。！？]+[。！？]*[”’」』）]*/gu) ?? []).map((sentence) => ({ anchor, sentence })),
  );
  for (const name of forms) {
    const found = sentences.find(({ sentence }) => sentence.includes(name));
    if (found) return { name, anchor: found.anchor, quote: found.sentence.trim() };
  }
  throw new AddError(
    `--recipient ${region.id}: the report never names it (looked for ${forms.join(', ')}); check the id, or the proposed article bounds of ${slug}`,
  );
}

export function draftProgramme(input: {
  slug: string;
  province: Place;
  /** The lead city as printed, and its gazetteer entry. */
  city?: { printed: string; entry: City };
  regions: readonly Region[];
  script: Script;
  source: string;
  paragraphs: readonly Paragraph[];
}): DraftProgramme {
  const recipients = input.regions.map((region, index) => ({
    ...firstMention(region, input.script, input.paragraphs, input.slug),
    nameEn: region.name.en,
    region: region.id,
    kind: region.recipientKind,
    primary: index === 0,
  }));
  const supporter = input.city?.printed ?? input.province.name.hans;
  const full = `${supporter}对口支援${input.regions.map((region) => region.name.hans).join('、')}`;
  const supporterEn = input.city ? `${input.city.entry.name.en}, ${input.province.name.en},` : input.province.name.en;
  const fullEn = `Pairing assistance from ${supporterEn} to ${input.regions.map((region) => region.name.en).join(' and ')}`;
  return {
    slug: input.slug,
    title: full.length <= TITLE_MAX ? full : `${supporter}对口支援${input.regions[0]!.name.hans}`,
    titleEn: fullEn.length <= TITLE_EN_MAX ? fullEn : `Pairing assistance from ${supporterEn} to ${input.regions[0]!.name.en}`,
    province: input.province.id,
    city: input.city?.printed ?? null,
    cityEn: input.city?.entry.name.en ?? null,
    recipients: recipients.map(({ name, nameEn, region, kind, primary, anchor, quote }) => ({ name, nameEn, region, kind, primary, anchor, quote })),
    source: input.source,
  };
}
