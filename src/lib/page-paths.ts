/**
 * The static paths of the pages with one page per province, region, glossary term or page
 * of the list of all reports, shared by the Chinese route and its English counterpart
 * (src/pages/… and src/pages/en/…).
 */
import { archive } from './content';
import { inCaptureOrder, REPORTS_PER_PAGE } from './browse';
import { paginate } from '../core/pagination';
import { glossaryUses } from './glossary-uses';

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
