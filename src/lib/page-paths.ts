/**
 * The static paths of the pages with one page per province or region, shared by the
 * Chinese route and its English counterpart (src/pages/… and src/pages/en/…).
 */
import { archive } from './content';

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
