/**
 * The static paths of the pages with one page per province or region (and the charts' pages
 * per group), shared by the Chinese route and its English counterpart (src/pages/… and
 * src/pages/en/…).
 */
import { archive } from './content';
import { COMPARE_COLUMNS, inPages, reportGroups } from './charts/groups';

export async function provincePaths() {
  const { provinces, programmes, reports } = await archive();
  return provinces.map((province) => ({ params: { id: province.id }, props: { province, provinces, programmes, reports } }));
}

export async function regionPaths() {
  const { programmes, provinces, reports, regions: regionsFile } = await archive();
  const { kinds, regions } = regionsFile;
  return regions.map((region) => ({
    params: { id: region.id },
    props: {
      region,
      kind: kinds[region.kind],
      otherKind: kinds[region.kind === 'xpcc-division' ? 'xuar-prefecture' : 'xpcc-division'],
      others: regions.filter((r) => r.kind !== region.kind),
      programmes,
      provinces,
      reports,
    },
  }));
}

/** Every page of every group's comparison: compare/provinces/<id>/, compare/regions/<id>/, and /2/, /3/ … beyond COMPARE_COLUMNS reports. */
export async function compareGroupPaths() {
  const { programmes, provinces, regions, places } = await archive();
  const named = { provinces, regions: regions.regions };
  return (['provinces', 'regions'] as const).flatMap((kind) =>
    reportGroups(
      kind,
      named[kind].map((x) => x.id),
      programmes,
    ).flatMap((group) => {
      const place = named[kind].find((x) => x.id === group.id)!;
      // The map's label of a region's own point, where it is a short form of the region's name
      // (第十二师, XPCC 12th Div.), keeps the document's title short.
      const label = places.find((x) => x.id === group.id && place.name.includes(x.label)) ?? null;
      const pages = inPages(group.programmes, COMPARE_COLUMNS);
      return pages.map((page, i) => ({
        params: { kind, id: group.id, page: i === 0 ? undefined : String(i + 1) },
        props: { kind, place, label, programmes: page, total: group.programmes.length, page: i + 1, pages: pages.length },
      }));
    }),
  );
}

/** The timeline of each supporter's reports: timeline/provinces/<id>/. */
export async function timelineGroupPaths() {
  const { programmes, provinces } = await archive();
  return reportGroups(
    'provinces',
    provinces.map((p) => p.id),
    programmes,
  ).map((group) => ({
    params: { id: group.id },
    props: { province: provinces.find((p) => p.id === group.id)!, programmes: group.programmes },
  }));
}
