/**
 * The static paths of the pages with one page per province, region, glossary term, page of
 * the list of all reports or chart group, shared by the Chinese route and its English
 * counterpart (src/pages/… and src/pages/en/…).
 */
import { archive } from './content';
import { inCaptureOrder, REPORTS_PER_PAGE } from './browse';
import { paginate } from '../core/pagination';
import { glossaryUses } from './glossary-uses';
import { COMPARE_COLUMNS, reportGroups } from './charts/groups';
import type { Programme } from '../core/schemas/programme';
import type { Province, Region } from './gazetteer';
import { laterPageFolder, type GroupKind } from './site-paths';

/** A `[...page]` route's parameter for page `n` of a group's chart: none for the first, page/<n> after it. */
const pageParam = (n: number): string | undefined => laterPageFolder(n).replace(/\/$/, '') || undefined;

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

/** Each glossary term's uses, REPORTS_PER_PAGE reports to a page. */
async function glossaryTermPages() {
  const [{ glossary }, uses] = await Promise.all([archive(), glossaryUses()]);
  return glossary.flatMap((term) => {
    const all = uses.get(term.id) ?? [];
    return paginate(all, REPORTS_PER_PAGE).map((listPage) => ({ term, uses: all, listPage }));
  });
}

/** The first page of each term's uses, /glossary/<id>/. */
export async function glossaryTermPaths() {
  return (await glossaryTermPages()).filter((p) => p.listPage.number === 1).map((props) => ({ params: { id: props.term.id }, props }));
}

/** The later pages of a term's uses, /glossary/<id>/page/<n>/, where its reports fill more than one. */
export async function laterGlossaryTermPaths() {
  return (await glossaryTermPages())
    .filter((p) => p.listPage.number > 1)
    .map((props) => ({ params: { id: props.term.id, n: String(props.listPage.number) }, props }));
}

/** The list of all reports in the site's reading order (capture number), page by page. */
export async function reportsListPages() {
  return paginate(inCaptureOrder((await archive()).reports), REPORTS_PER_PAGE);
}

/** The list's pages after the first, which lives at /reports/ (src/pages/reports/index.astro). */
export async function laterReportsListPaths() {
  return (await reportsListPages()).slice(1).map((listPage) => ({ params: { n: String(listPage.number) }, props: { listPage } }));
}

/** Each group of `kind` with reports (its place among `places`), its reports `perPage` to a page. */
function groupPages<P extends { id: string }>(kind: GroupKind, places: readonly P[], programmes: readonly Programme[], perPage: number) {
  return reportGroups(
    kind,
    places.map((x) => x.id),
    programmes,
  ).flatMap((group) => {
    const place = places.find((x) => x.id === group.id)!;
    return paginate(group.programmes, perPage).map((listPage) => ({ group, place, listPage }));
  });
}

/** Every page of every group's comparison: compare/provinces/<id>/, compare/regions/<id>/, and page/2/, page/3/ … beyond COMPARE_COLUMNS reports. */
export async function compareGroupPaths() {
  const { programmes, provinces, regions, places } = await archive();
  const named: Record<GroupKind, readonly (Province | Region)[]> = { provinces, regions: regions.regions };
  return (['provinces', 'regions'] as const).flatMap((kind) =>
    groupPages(kind, named[kind], programmes, COMPARE_COLUMNS).map(({ group, place, listPage }) => {
      // The map's label of a region's own point, where it is a short form of the region's name
      // (第十二师, XPCC 12th Div.), keeps the document's title short.
      const label = places.find((x) => x.id === group.id && place.name.includes(x.label)) ?? null;
      return {
        params: { kind, id: group.id, page: pageParam(listPage.number) },
        props: { kind, place, label, listPage, total: group.programmes.length },
      };
    }),
  );
}

/** The timeline of each supporter's reports: timeline/provinces/<id>/, and page/2/, page/3/ … beyond REPORTS_PER_PAGE reports, as in the list of all reports. */
export async function timelineGroupPaths() {
  const { programmes, provinces } = await archive();
  return groupPages('provinces', provinces, programmes, REPORTS_PER_PAGE).map(({ group, place, listPage }) => ({
    params: { id: group.id, page: pageParam(listPage.number) },
    props: { province: place, listPage, total: group.programmes.length },
  }));
}
