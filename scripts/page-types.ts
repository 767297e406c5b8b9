/** One page of each kind, as the bench weighs them and `npm run compare:styles` reports CSS bytes: type → path under the site's root. */
export const PAGE_TYPES: Readonly<Record<string, string>> = {
  home: '',
  report: 'reports/dongying-shule/',
  'report/hans': 'reports/dongying-shule/hans/',
  captured: 'reports/dongying-shule/captured/',
  interventions: 'reports/dongying-shule/interventions/',
  province: 'provinces/zhejiang/',
  region: 'regions/xpcc-12th-division/',
  about: 'about/',
  glossary: 'glossary/',
  search: 'search/',
  map: 'map/',
  timeline: 'timeline/',
  compare: 'compare/',
};
