/**
 * The interface wording in English, written by hand with the same shape as zh-Hans.ts
 * (tests/unit/i18n.test.ts checks every key). The terms follow the archive's translations
 * and glossary: pairing assistance, the Xinjiang Production and Construction Corps (XPCC),
 * division, regiment. The archive's name stays Chinese: it is the work's title.
 */
import type { Dictionary } from './zh-Hans';
import { counted, numberWord, series } from './en-format';
import { searchResults } from './search-results/en';

const siteName = '援疆档案';

const chrome: Dictionary['chrome'] = {
  siteName,
  siteNav: 'Site navigation',
  skipToContent: 'Skip to content',
  reports: 'Reports',
  provinces: 'Supporting provinces',
  regions: 'Receiving regions',
  search: 'Search',
  about: 'About',
  footerAbout: 'This site keeps the raw web capture of each report and records every step of its cleaning and repair.',
  footerRights: 'The reports are the copyright of the outlets that first published them; they are kept here for archiving and research only.',
  searchForm: { region: 'Site search', label: 'Search the reports', placeholder: 'Search the reports', button: 'Search' },
};

const report: Dictionary['report'] = {
  colon: ': ',
  /** Between two words (none in Chinese). */
  wordSep: ' ',
  listSep: '; ',
  inParens: (text: string) => ` (${text})`,
  restorationNotes: 'Restoration notes',
  provenance: 'Source and processing',
  draftConfiguration:
    'The cleaning configuration of this report is a generated draft that no one has reviewed yet: where the text starts and ends, and which lines were dropped, may be wrong.',
  outlet: 'First published by',
  via: 'Republished via',
  capturedFrom: 'Captured from',
  published: 'Published',
  notStated: 'not stated in the original',
  estimate: 'estimate',
  rangeTo: ' to ',
  estimated: (when: string) => ` (estimated ${when})`,
  evidence: 'Evidence',
  line: (n: number) => `line ${n}`,
  authors: 'Authors',
  roleInferred: ' (inferred)',
  editors: 'Editors',
  script: 'Script of the original',
  scriptName: { 'zh-Hans': 'Simplified (as published)', 'zh-Hant': 'Traditional (as published)' },
  sha256: 'SHA-256',
  rawCapture: 'Raw capture',
  lines: (n: number) => (n === 1 ? '1 line' : `${n} lines`),
  cleaning: 'Cleaning',
  cleaningLabels: {
    articleLines: 'Text lines',
    metadataLines: 'Metadata lines',
    droppedLines: 'Dropped lines',
    pinyinAnnotationsRemoved: 'Pinyin annotations removed',
    punctuationRestored: 'Punctuation restored',
    duplicateTitleLines: 'Repeated title lines',
  },
  garbled: 'Garbled original',
  restored: 'Restored as',
  unrecoverable: 'Unrecoverable',
  certainty: 'Certainty',
  certaintyName: { certain: 'certain', inferred: 'inferred', supplied: 'supplied', unrecoverable: 'unrecoverable' },
  kindName: {
    'gbk-realigned': 'GBK bytes realigned',
    'lost-character': 'lost character',
    'html-residue': 'HTML residue',
    gap: 'gap',
  },
  basis: 'Basis',
  backToText: 'Back to the text',
  restoredMark: (id: string) => `restoration ${id}, see the restoration notes`,
  gapMark: (id: string) => `text lost here and unrecoverable, see restoration note ${id}`,
  gapGlyph: '[lost]',
  lostImage: 'image not archived',
  heading: 'Heading',
  headingQuoted: (text: string) => `heading “${text}”`,
  noRestorations: 'Nothing in this report needed restoring.',
  titleNote: 'Note on the title',
  paragraph: (n: string) => `paragraph ${n}`,
  onThisPage: 'On this page',
  text: 'Text',
  cleaningUnits: {
    articleLines: 'lines',
    metadataLines: 'lines',
    droppedLines: 'lines',
    pinyinAnnotationsRemoved: 'places',
    punctuationRestored: 'places',
    duplicateTitleLines: 'lines',
  },
  cleaningExplained:
    'Dropped lines are the web page’s furniture (navigation, sharing buttons, copyright lines, advertisements, blank lines and so on); the cleaning ledger gives the reason line by line.',
  restorationsLabel: 'Garbled text repaired',
  restorationCount: (restored: number, gaps: number) => (gaps > 0 ? `${restored} restored, ${gaps} unrecoverable` : `${restored} restored`),
  ledger: 'Cleaning ledger',
  ledgerLink: 'Line-by-line cleaning ledger (JSON)',
  programme: 'Programme summary',
  programmeNote: 'Programme data compiled by the archive; the quotations are from the report.',
  supporter: 'Supporter',
  provinceLeads: 'Province',
  recipients: 'Recipients',
  primaryRecipient: 'Main recipient',
  secondaryRecipient: 'Also mentioned',
  period: 'Period',
  batch: 'Batch',
  noBatch: 'no batch mentioned',
  themes: 'Themes',
  themeName: {
    民生: 'living standards',
    产业: 'industry',
    教育: 'education',
    医疗: 'health care',
    人才: 'skilled personnel',
    就业: 'employment',
    文化: 'culture',
    党建: 'Party building',
    科技: 'science and technology',
    旅游: 'tourism',
    消费: 'consumption',
    招商: 'investment promotion',
    乡村振兴: 'rural revitalisation',
    交往交流交融: 'interethnic contact, exchange and integration',
  },
  keyFigures: 'Key figures',
  allFigures: (n: number) => `All ${n} figures with their sentences`,
  programmeData: 'Programme data',
  figureMark: 'Fig.',
  figureMarkLabel: (label: string, value: string) => `Fig.: ${label} ${value}, see the programme data`,
  provenanceLine: 'Source',
  interventionCount: (n: number) => (n === 1 ? '1 intervention' : `${n} interventions`),
  seeParagraph: (n: string) => `see paragraph ${n}`,
  paragraphLink: (n: string) => `paragraph ${n} of the original`,
  editorialSummary: 'Editors’ summary',
  editorialNote: 'Written by the archive’s editors, not part of the report',
  summaryPending: 'The summary of this report has not been written yet, nor have its period, themes and key figures been compiled.',
  recipientKind: {
    prefecture: 'prefecture',
    county: 'county',
    city: 'county-level city',
    division: 'XPCC division',
    regiment: 'XPCC regiment',
    township: 'township',
  },
  regionKind: { 'xuar-prefecture': 'prefecture of the autonomous region', 'xpcc-division': 'XPCC division' },
  cite: 'Cite this',
  permalink: 'Permalink',
  gbt: 'GB/T 7714-2015',
  gbtNote:
    'Format for a contribution: the report is the contribution, the archive the collection containing it (after “//”) and its publisher; the outlet that first published it follows the URL (“originally in”)',
  gbtEtAl: 'et al.',
  gbtOriginally: 'originally in',
  chicago: 'Chicago style',
  chicagoNote: 'The Chicago Manual of Style, 17th edition, notes and bibliography, bibliography entry',
  accessedNote: (date: string) => `The access date cited is the date this site was built, ${date} (UTC): what you cite is the text of that build.`,
  estimatedNote:
    'The original does not state its date of publication; the date in square brackets is the archive’s estimate (the evidence is under “Source and processing”).',
  dateEstimated: 'date of publication not stated in the original; estimated',
  pager: 'Previous and next report (by capture number)',
  previous: 'Previous',
  next: 'Next',
  captureNo: (n: string) => `capture ${n}`,
};

const apparatus: Dictionary['apparatus'] = {
  views: 'Editions and views',
  scriptGroup: 'Script',
  viewGroup: 'View',
  scriptLabel: { 'zh-Hans': 'Simplified', 'zh-Hant': 'Traditional' },
  asCaptured: 'script of the original',
  machine: 'Machine conversion',
  capturedScript: { 'zh-Hans': 'captured in Simplified script', 'zh-Hant': 'captured in Traditional script' },
  reading: 'As restored',
  captured: 'As captured',
  interventions: 'Interventions',
  key: 'Key to the marks',
  /** Names the Leiden conventions before a mark's Leiden form in the key (MarkCodes). */
  leiden: 'Leiden',
  keyTo: {
    certain: 'Restored, certain: every character left bytes in the capture, and the GBK code table fixes the rest without ambiguity.',
    inferred:
      'Restored, inferred: at least one character was supplied from a single surviving byte and the context, or from the context alone; the reading is uncertain.',
    supplied: 'Supplied: the original character cannot be known; the editors supplied one by convention.',
    gap: 'Gap: the original is damaged beyond recovery.',
    noteRef: 'Number of the restoration note, which gives the garbled original, the restoration and its basis.',
    punctuation: 'Punctuation normalised: the full-width forms of , : ; ! ? ( ), which the capture had turned into half-width ones, are restored.',
    pinyinRemoved: 'Pinyin added by the website has been removed; the restored text does not mark each place, see the raw capture and the interventions.',
    term: 'Term: its first use in each report links to the glossary.',
    marginLinks: 'Links beside a paragraph: the same paragraph in the other script, and its lines in the raw capture.',
    garbled: 'Garbled text: restored or marked as a gap, with a link to the restoration note.',
    pinyin: 'Pinyin annotation: removed in cleaning.',
    asciiPunctuation: 'Half-width punctuation: restored to full width in cleaning.',
  },
  conversionNotice: (from: string, to: string) =>
    `This page is a ${to} version machine-converted from the ${from} (OpenCC, phrase by phrase), for reading only; cite and check against the original. Paragraph numbers, restoration marks and restoration notes are the same as in the original.`,
  conversionTool: (from: string, to: string) => `OpenCC (opencc-js), from '${from}' to '${to}'`,
  originalIn: { 'zh-Hans': 'Simplified original', 'zh-Hant': 'Traditional original' },
  viewOriginalIn: { 'zh-Hans': 'View the Simplified original', 'zh-Hant': 'View the Traditional original' },
  paraInOther: {
    'zh-Hans': (n: string) => `paragraph ${n} in Simplified`,
    'zh-Hant': (n: string) => `paragraph ${n} in Traditional`,
  },
  paraInOriginal: (n: string) => `paragraph ${n} of the original`,
  lineInCapture: (n: number) => `line ${n} of the raw capture`,
  captureIntro: (lines: number, total: number) =>
    `Below, line by line, are the ${lines} lines of the raw capture that belong to the text (of ${total} lines in all), exactly as captured: the website’s pinyin, the half-width punctuation and the garbled text are all kept. The line numbers are those of the raw capture.`,
  omitted: (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`),
  omittedWhy: 'not part of the text (metadata or dropped), see the cleaning ledger',
  dropReason: {
    spam: 'spam',
    breadcrumb: 'breadcrumb trail',
    navigation: 'site navigation',
    siteWidget: 'site widget',
    relatedArticles: 'related articles',
    nextArticle: 'title of the next article',
    advertisements: 'advertisement',
    comments: 'comments section',
    copyright: 'copyright notice',
    licence: 'licence and registration numbers',
    siteFooter: 'site footer',
    legalNotice: 'disclaimer and reprint terms',
    separator: 'layout separator',
    blank: 'blank line',
    duplicateTitle: 'duplicate of the title',
    unreviewed: 'outside the text, not yet reviewed',
  },
  interventionsIntro:
    'Every change that cleaning and restoration made to the raw capture, in the order of the capture’s lines: repairs of garbled text (with their basis), pinyin annotations removed and full-width punctuation restored. Each links to the same place in the restored text and in the raw capture.',
  pinyinRemoved: 'Pinyin annotation removed',
  punctRestored: 'Full-width punctuation restored',
  trimmed: 'Leading and trailing white space removed',
  restoration: 'Restoration',
  gap: 'Gap',
  none: 'This line is unchanged.',
  totals: 'Totals',
  glossary: 'Glossary',
  changes: 'Changes',
  errata: 'Errata and changes',
  changeBefore: 'Was',
  errataCount: (n: number, latest: string) => `${n === 1 ? '1 entry' : `${n} entries`}, the latest ${latest}`,
  changeAfter: 'Now',
  changeNone: '(none)',
  noChanges: 'The text and data of the report have not changed since first publication.',
  exports: 'Export the citation',
  originalForm: 'Original',
};

const charts: Dictionary['charts'] = {
  nav: { map: 'Pairing map', timeline: 'Timeline', compare: 'Figures compared' },
  chartsNav: 'Charts',
  aside: (text: string) => ` (${text})`,
  sep: ', ',
  period: { since: 'onwards', wholeYear: (year: number) => String(year) },
  groups: {
    byProvince: 'By supporting province',
    byRegion: 'By receiving region',
    count: (n: number) => counted(n, 'report'),
    pages: 'Pages',
    page: (n: number) => `Page ${n}`,
    range: (first: number, last: number, total: number) => `In order of capture; this page holds reports ${first}–${last} of ${total}.`,
  },
  map: {
    title: 'Pairing map',
    description: (provinces: readonly string[]) =>
      `A map of the pairing-assistance partnerships between ${series(provinces)} and the places they support in Xinjiang; each line links to the paragraph of the report that names the recipient.`,
    lede: (reports: number) =>
      `Every pairing in the archive’s ${counted(reports, 'report')}: a line from the supporting province to each recipient in Xinjiang that a report names. Select a province for its reports, a line for the paragraph that names the recipient, and a place for the region it lies in.`,
    svgTitle: (provinces: readonly string[]) => `Pairing assistance: ${series(provinces)} and the places they support in Xinjiang`,
    supporterCity: (province: string, city: string) => `${city}, ${province}`,
    supporterLabel: (province: string, n: number) => `${province}: ${counted(n, 'pairing')} in this archive, see the province’s page`,
    lineLabel: (supporter: string, recipient: string, paragraph: string, primary: boolean) =>
      `${supporter} → ${recipient}${primary ? '' : ' (also mentioned)'}: paragraph ${paragraph} of the report`,
    pointLabel: (place: string, region: string, supporters: readonly string[], precision: string) =>
      `${place}, in ${region}; supported by ${series(supporters)} (position: ${precision}). See the region`,
    detailNorth: 'Detail: around Ürümqi',
    detailSouth: 'Detail: Kashgar, Aksu and Alar',
    frameLabel: ' (see the detail)',
    legendHeading: 'Key',
    legendSecondary: 'Dashed line: a recipient the report also mentions',
    legendRough: 'Dashed circle: a rough position',
    precision: { seat: 'near the seat', city: 'at the city', rough: 'rough, not verified' },
    km: (n: number) => `${n} km`,
    note: 'A schematic map, not a precise one. Provincial and national borders after Natural Earth 1:10m (public domain, lines of actual control), simplified, implying no position on any border; the recipients’ points are approximate, see ',
    notePlaces: 'the notes on the points',
    noteEnd: '.',
    clusterLabel: 'Around Ürümqi',
    seeAll: 'The full map, its details and the list of pairings',
    tableHeading: 'All pairings',
    tableCaption: 'Every line on the map (supporter → recipient) and the number of reports naming it, by supporting province',
    colSupporter: 'Supporter',
    colRecipient: 'Recipient (as the report names it)',
    colRegion: 'Region',
    colSource: 'Source',
    colReports: 'Reports',
    pairingLabel: (supporter: string, place: string, reports: number, region: string) =>
      `${supporter} → ${place}: named in ${counted(reports, 'report')}; see the figures compared for ${region}`,
    compareRegion: (region: string) => `Figures compared for ${region}`,
    primary: 'main subject',
    secondary: 'also mentioned',
    paragraphLink: (n: string) => `paragraph ${n}`,
    placesHeading: 'Notes on the points',
    placesIntro: 'A point on the map shows only a rough position; its coordinates are approximate, entered by hand (to about 0.01°).',
    colPlace: 'Point',
    colCoords: 'Coordinates (approximate)',
    colPrecision: 'Precision',
    colBasis: 'Note',
  },
  timeline: {
    title: 'Timeline',
    description: (reports: number) =>
      `The periods of pairing assistance, the batches of cadres and the dates of publication of the archive’s ${counted(reports, 'report')}.`,
    lede: 'Each row is a programme (supporter → recipient), and on it the period each of its reports covers (bars) and the date each was published (dots). A bar links to the paragraph that states the period. Periods are labelled in the report’s own words; the years and months are the archive’s reading of them.',
    svgTitle: 'The period each report covers, and its date of publication',
    barLabel: (title: string, period: string, tag: string, paragraph: string) => `${title}: ${tag} (paragraph ${paragraph} of the report)`,
    pubLabel: (title: string, date: string) => `${title}: published ${date}`,
    legendPeriod: 'Period the report covers',
    legendOpen: 'Period with no stated end (“since”), drawn to the date of publication',
    legendStated: 'Date of publication (stated in the original)',
    legendEstimate: 'Date of publication not stated: the archive’s estimate (hollow dot; the dashed line is the range of the estimate)',
    tableHeading: 'Periods and dates of publication',
    colReport: 'Report',
    reports: (n: number) => counted(n, 'report'),
    chooseHeading: 'The timeline of each supporting province',
    chooseIntro: (reports: number, limit: number) =>
      `The archive holds ${counted(reports, 'report')}, more than one table lists (${limit}), so the figure above shows the overall picture only; the period, batch and date of publication of each report are listed on the timeline of its supporting province, where each bar and dot links to its report.`,
    chooseMore: 'Each supporting province has a page of its own, drawing only its programmes and listing each of its reports:',
    groupTitle: (province: string) => `Timeline: ${province}`,
    groupDescription: (province: string, reports: number) =>
      `The periods of pairing assistance, the batches of cadres and the dates of publication of the ${counted(reports, 'report')} on assistance from ${province}.`,
    groupLede: (province: string, reports: number) =>
      `The ${counted(reports, 'report')} on assistance from ${province}: each row is a programme, and on it the period each of its reports covers (bars) and the date each was published (dots). A bar links to the paragraph that states the period.`,
    colPeriod: 'Period (the report’s words)',
    colSpan: 'From–to (compiled)',
    colBatch: 'Batch (the report’s words)',
    colPublished: 'Published',
    noBatch: 'no batch mentioned',
    notCurated: 'not yet compiled',
    yearOnly: 'year only',
    notStated: 'not stated in the original',
    estimate: (range: string) => `estimated ${range}`,
    paragraphLink: (n: string) => `paragraph ${n}`,
  },
  compare: {
    title: 'Figures compared',
    description: (reports: number) =>
      `The figures for funds, people, projects, health care, education, employment and more that the archive’s ${counted(reports, 'report')} give, side by side, with amounts converted to yuan; each figure links to its sentence.`,
    lede: (reports: number) =>
      `The figures that the archive’s ${counted(reports, 'report')} give, side by side by category. Amounts are converted to yuan (from the original’s units of ten thousand and a hundred million yuan). Every figure links to its sentence in the report; hover over it to read the sentence in full.`,
    caution:
      'These figures should not be compared or added up as they stand: the reports cover different periods (from half a year to ten years), different scopes (a whole province, one city, one project) and different measures (funds invested, investment attracted, sales and so on); figures the original qualifies with “over”, “more than”, “nearly” or “about” are approximate. Each cell notes these differences.',
    tableCaption: 'The reports’ figures, by category (rows) and report (columns)',
    category: {
      money: 'Funds and investment',
      people: 'People',
      projects: 'Projects and enterprises',
      health: 'Health care',
      education: 'Education',
      jobs: 'Employment',
      results: 'Other results',
      culture: 'Culture',
    },
    categoryNote: {
      money: 'mixes different measures: assistance funds invested, investment attracted, private capital drawn in, sales and output value',
      people: 'mixes cadres and professionals sent with people trained or on study visits; the units are persons and person-times',
      projects: 'assistance projects, investment projects, enterprises established and innovation platforms, counted in different ways',
      health: 'doctors sent, operations, outpatient visits and patient-times, in different units',
      education: 'teachers sent, paired schools, pupils supported and the like',
      jobs: 'jobs provided or created, and people employed',
      results: 'throughput, model villages and other results',
      culture: 'cultural events and their audiences',
    },
    period: 'Period',
    none: 'The report gives no figure of this kind',
    notCurated: 'The figures of this report are not yet compiled',
    approx: () => 'approximate',
    mixedUnits: () => 'the units differ',
    quoteTitle: (quote: string) => `The sentence: ${quote}`,
    paragraphLink: (n: string) => `paragraph ${n}`,
    chooseHeading: 'Figures compared by group',
    chooseIntro: (limit: number) =>
      `Each supporting province and each receiving region has a page setting its reports side by side; beyond ${limit} reports it is split into pages of ${limit}.`,
    tooMany: (reports: number, limit: number) =>
      `The archive holds ${counted(reports, 'report')}, more than one table sets side by side (${limit}). Choose a supporting province or a receiving region to compare its reports.`,
    groupTitle: (name: string) => `Figures compared: ${name}`,
    groupDescription: (name: string, reports: number) =>
      `The figures of the ${counted(reports, 'report')} of ${name}, side by side, with amounts converted to yuan; each figure links to its sentence.`,
    groupLede: {
      provinces: (name: string, reports: number) =>
        `The figures that the ${counted(reports, 'report')} on assistance from ${name} give, side by side by category. Amounts are converted to yuan; every figure links to its sentence in the report.`,
      regions: (name: string, reports: number) =>
        `The figures that the ${counted(reports, 'report')} naming ${name} as a recipient give, side by side by category (all of each report’s figures, not only those about ${name}). Amounts are converted to yuan; every figure links to its sentence in the report.`,
    },
    otherGroups: 'Other provinces and regions compared',
  },
};

const browse: Dictionary['browse'] = {
  supports: 'supports',
  outletNotStated: 'outlet not stated',
  scriptShort: { 'zh-Hans': 'Simplified', 'zh-Hant': 'Traditional' },
  period: (range: string) => `period ${range}`,
};

const reportsCount = (n: number) => (n === 1 ? '1 report' : `${n} reports`);

const pages: Dictionary['pages'] = {
  crumbs: 'Breadcrumb',
  groupCharts: { before: 'For the reports on this page, see also ', compare: 'the figures compared', timeline: 'the timeline', and: ' and ', after: '.' },
  list: (items: readonly string[]) => series(items),
  home: {
    description: (reports: number) =>
      `An archive of ${counted(reports, 'Chinese news report')} on pairing assistance to Xinjiang: the raw web captures, the cleaned texts with English translations, and every repair explained.`,
    tagline: 'An archive of news reports on pairing assistance to Xinjiang',
    intro: (reports: number, provinces: readonly string[], cities: readonly string[]) =>
      `This archive holds ${counted(reports, 'Chinese news report')} on the pairing assistance that ${series(provinces)} and their cities of ${series(cities)} give to prefectures of Xinjiang and to divisions of the Xinjiang Production and Construction Corps (XPCC). Each report is kept as the raw text captured from the web, and as a reading text cleaned in the script of the original (Simplified or Traditional): the page furniture and pinyin annotations removed, full-width punctuation restored, garbled text repaired from the surviving bytes or the context with its certainty stated, and what could not be repaired marked as a gap; every change is recorded and can be checked against the raw capture. Each report comes with the archive’s own English translation, aligned paragraph by paragraph, and a summary of the programme with its key figures, each linked to the sentence that prints it. `,
    introLink: 'How the texts were prepared is explained under “About”',
    introEnd: '.',
    programmesTitle: (shown: number, total: number) =>
      shown === total ? `The ${counted(total, 'programme')} at a glance` : `The ${counted(shown, 'newest report')}`,
    programmesNote: (first: string, last: string) =>
      `In the order of their capture numbers, ${first}–${last}; the periods and figures are taken from the reports.`,
    allReports: (n: number) => `All ${counted(n, 'report')}`,
    browse: 'Browse',
    byProvince: 'By supporting province',
    byRegion: 'By receiving region',
    more: 'More',
    count: reportsCount,
    search: 'Search the texts',
    about: 'About the archive and its methods',
    programmesJson: 'Programme data (JSON)',
    figuresCsv: 'Key figures (CSV)',
  },
  reportsList: {
    title: 'All reports',
    description: (reports: number) =>
      `All ${counted(reports, 'report')} in the archive on pairing assistance to Xinjiang, in the order of their capture numbers, each with its supporting province and receiving regions.`,
    lede: (reports: number, perPage: number) =>
      `The archive holds ${counted(reports, 'report')}, listed in the order of their capture numbers, ${perPage} to a page, each with its supporting province and receiving regions.`,
    alsoBefore: 'Or browse them ',
    alsoOr: ' or ',
    alsoAfter: '.',
    range: (first: number, last: number, total: number) => `Reports ${first}–${last} of ${total}`,
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    page: (n: number) => `Page ${n}`,
    title: (title: string, page: number, pages: number) => (pages > 1 ? `${title} (page ${page} of ${pages})` : title),
  },
  provinces: {
    description: (provinces: readonly string[]) => `The archive’s reports by supporting province: ${series(provinces)}.`,
    lede: (reports: number, provinces: number) =>
      `The archive’s ${counted(reports, 'report')} come from ${counted(provinces, 'supporting province')}. Some programmes are run by the province itself, others led by one of its cities; a province’s page groups its reports by the city that leads.`,
    count: reportsCount,
    provinceLevel: 'province-level',
    cities: (names: readonly string[]) => ` (${series(names)})`,
  },
  province: {
    description: (name: string, n: number) => `Reports on ${name}’s pairing assistance to Xinjiang (${reportsCount(n)}).`,
    countBefore: 'This archive holds ',
    countAfter: { one: ' report, grouped by the unit that leads the work.', other: ' reports, grouped by the unit that leads the work.' },
    provinceLeads: 'organised by the province',
    cityLeads: 'led by the city',
    printedBefore: '; the report prints “',
    printedAfter: '”',
  },
  regions: {
    description:
      'The archive’s reports by receiving region: the prefectures of the Xinjiang Uyghur Autonomous Region and the divisions of the Xinjiang Production and Construction Corps (XPCC).',
    lede: (regions: number, prefectures: number, divisions: number) =>
      `The archive’s reports concern ${counted(regions, 'receiving region')}: ${numberWord(prefectures)} in the system of prefectures of the Xinjiang Uyghur Autonomous Region, and ${numberWord(divisions)} among the divisions of the Xinjiang Production and Construction Corps (XPCC). The two are separate systems of administration, and pairing assistance pairs them separately. A report may name several regions; each region’s page lists every report that names it as a recipient, whether as the main recipient or one the report also mentions.`,
    count: reportsCount,
  },
  region: {
    description: (name: string, n: number) => `${name}: the reports in this archive that name it as a recipient (${reportsCount(n)}).`,
    kindNoteTitle: { 'xuar-prefecture': 'What a prefecture of the autonomous region is', 'xpcc-division': 'What a division of the XPCC is' },
    otherKind: (name: string) => `The other kind is the ${name} (`,
    otherKindIn: 'in this archive: ',
    otherKindNone: 'none in this archive yet',
    otherKindAfter: {
      'xuar-prefecture': '), which form a system of their own, outside the prefectures of the autonomous region.',
      'xpcc-division': '), which belong to the administration of the autonomous region.',
    },
    mentions: 'Reports that name it as a recipient',
    count: reportsCount,
    none: 'No report in this archive names it as a recipient yet.',
  },
  glossary: {
    title: 'Glossary',
    description:
      'The recurring terms of the reports on pairing assistance to Xinjiang: Simplified and Traditional forms, pinyin, an English gloss, and where each report uses them.',
    intro: (reports: number) =>
      `The reports on pairing assistance to Xinjiang use a recurring vocabulary of administration and policy; this glossary is for readers who do not know it. Each entry gives the term in Simplified and Traditional script, its pinyin and a short English gloss, counts the paragraphs (¶) and headings (§) of the ${counted(reports, 'report')} that use it, with the first few; every use is on the term’s own page (found when the site is built, by searching each report in both scripts). In the reports, each term links here on its first use in a paragraph; the paragraph links here lead to the English translation, which has the same paragraph numbers.`,
    index: 'Index of terms',
    group: { programme: 'The programme', corps: 'The Production and Construction Corps', forms: 'Forms of assistance', policy: 'Policy vocabulary' },
    variants: 'Related terms: ',
    variantHant: (text: string) => ` (${text})`,
    none: (reports: number) => `Not used in the text of the ${counted(reports, 'report')}.`,
    usesSep: ': ',
    usage: (reports: number, paragraphs: number, headings: number) =>
      `Used in ${counted(paragraphs, 'paragraph')}${headings > 0 ? ` and ${counted(headings, 'heading')}` : ''} of ${counted(reports, 'report')}.`,
    allUses: (n: number) => `All ${counted(n, 'use')}`,
    termTitle: (pinyin: string) => `Glossary: ${pinyin}`,
    termDescription: (pinyin: string, _hans: string, reports: number) =>
      `Every paragraph (¶) and heading (§) of the archive’s ${counted(reports, 'report')} that uses the term ${pinyin}.`,
    termLede: (reports: number) =>
      `Found when the site is built, by searching the ${counted(reports, 'report')} in both scripts; the use in bold is where the report links the term here.`,
    headingUse: (n: number, count: number, text: string) =>
      `§${n}${count > 1 ? `×${count}` : ''}: heading ${n}, “${text}”${count > 1 ? ` (${count} times)` : ''}`,
    paragraphUse: (n: string, count: number, paragraph: string, first: boolean) =>
      `¶${n}${count > 1 ? `×${count}` : ''}: ${paragraph}${count > 1 ? ` (${count} times)` : ''}${first ? ', first use' : ''}`,
  },
  changes: {
    title: 'Changelog',
    description: 'Every change to the text or data of a report after its first publication: the date, the place, what changed and why.',
    intro:
      'Every change made to a report’s record (its metadata, notes, restorations or programme data) after its first publication is listed here: the date, the report and the place or field concerned, the value before and after, and the reason. Each change also shows as an erratum on the page of the report it touches.',
    reason: 'Reason: ',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address.',
    home: 'Back to the home page',
  },
};

const about: Dictionary['about'] = {
  title: 'About',
  description: 'What this archive is, what a raw capture is, and how each report was cleaned and repaired, step by step.',
  toc: {
    what: 'What this archive is',
    captures: 'The raw captures',
    pipeline: 'How the texts are cleaned',
    certainty: 'How certain a repair is',
    editorial: 'The editors’ words and the original',
    data: 'Data and citation',
    search: 'Search',
  },
  what: {
    p1: (site: string, reports: number, provinces: readonly string[], cities: readonly string[]) =>
      `${site} holds ${counted(reports, 'Chinese news report')} on pairing assistance to Xinjiang: the support that ${series(provinces)} (and their cities of ${series(cities)}) give to prefectures, counties and cities of the Xinjiang Uyghur Autonomous Region and to divisions and regiments of the Xinjiang Production and Construction Corps (XPCC). The reports were captured from the web, and the captured text came mixed with the pages’ navigation, advertisements and copyright lines; one website had added pinyin annotations, a few passages had turned into garbled characters through an encoding error, and the capture tool had replaced the full-width punctuation with half-width forms.`,
    p2: 'The archive keeps each report three ways: the raw capture (unchanged, with its SHA-256 checksum); a cleaned reading text in the script of the original (Simplified or Traditional); and a record of what cleaning removed, what it changed, what it repaired and where repair failed. Every repair is marked on the report’s page, and opening it shows the garbled original and the basis of the repair. Each report also comes with a summary of the programme compiled from it and its key figures, each linked to the sentence of the report that prints it.',
    translations:
      'The English edition adds the archive’s own translation of each report, made from the edition as published and aligned with it paragraph by paragraph, so that a paragraph has the same number in both languages. It is not an official translation; each report’s translator’s note says what was hard to render.',
    rights: 'The reports are the copyright of the outlets that first published them; they are kept here for archiving and research only.',
  },
  captures: {
    p1: (first: string, last: string) =>
      `Each report comes from one plain-text file: the text of the web page as a capture tool saved it, numbered in the order of capture, ${first}–${last} (the archive orders its reports, and “previous” and “next”, by these numbers). The files are kept and offered for download exactly as they are, byte for byte; each report’s “Source and processing” gives the file’s number of lines and its SHA-256, and the tests check the bytes served. The cleaning ledger says where every line of the file went: into the text (as a paragraph, a heading or a caption), into the metadata (title, date, authors, editors, source), or out, as page furniture (with the reason).`,
    caption: 'The raw captures and the cleaning ledgers',
    colNo: 'No.',
    colReport: 'Report',
    colCapture: 'Raw capture',
    colLedger: 'Cleaning ledger',
    colLines: 'Lines',
    ledgerJson: 'line by line, JSON',
  },
  pipeline: {
    intro: (reports: number, dropped: number, metadata: number, pinyin: number, punctuation: number, restorations: number) =>
      `Cleaning is done by a program (in the repository, {}), and every step is an explicit rule; wherever the rules cannot decide, the program stops with an error and leaves the case to a person. Across the ${counted(reports, 'report')}, it dropped ${dropped} lines of page furniture, moved ${metadata} lines into the metadata, removed ${pinyin} pinyin annotations, restored ${punctuation} full-width punctuation marks, and repaired or marked ${restorations} stretches of garbled text.`,
    chromeTitle: 'Sorting the lines, and the cleaning ledger',
    chrome:
      'Each capture has its own reviewed rules: the line where the text begins and the line where it ends, and which lines are page furniture (breadcrumbs, share buttons, related articles, advertisements, copyright and registration notices, spam keywords and so on). Every line is filed as text, metadata or dropped, and a dropped line must have a reason; a line outside the text that no rule claims makes the program fail, so no line is lost silently. The result is written to the cleaning ledger ({}, which the site also offers for download).',
    metadataTitle: 'Metadata',
    metadata: (undated: number, numbers: string) =>
      `The title, subtitle, date and time of publication, reporters and correspondents, editors and proofreaders, the outlet that first published the report, the channel it was republished through and the capture’s source are read from their lines and moved to the report’s “Source and processing”, in the original’s order and wording. If one item is written two ways in two places, the program fails. For the ${counted(undated, 'report')} whose original states no date (capture ${numbers}), the archive gives an estimated range, with the evidence listed item by item (the line, and the reasoning); `,
    untitled: (untitled: number, numbers: string) =>
      `for the ${counted(untitled, 'report')} with no title in the original (capture ${numbers}), it says where the title was taken from.`,
    mojibakeTitle: 'Repairing garbled text (GBK bytes realigned)',
    mojibake: (damaged: number, numbers: string) =>
      `In ${counted(damaged, 'report')} (capture ${numbers}) part of the text was mis-decoded on the website: GBK-encoded text was read starting one byte off, so that each character shown is made of the second half of one character and the first half of the next, and means nothing. To repair it, the garbled stretch is encoded back into GBK bytes, the edge bytes that survive elsewhere are put back, and the bytes are decoded strictly from the right position (always through the GBK / code page 936 table of iconv-lite, never a hand-made table). Where a character has only one byte left, or none, the context or the website’s pinyin annotation decides the character, and the certainty is marked “inferred”; where the original character cannot be known, one is supplied by convention and marked “supplied”. Every case is checked byte by byte by a person and written up as a restoration record ({}) with the garbled original, the restoration, its certainty and its basis; the program only applies reviewed records to the text, and refuses any capture that still contains unreviewed garbled text. This step comes before the pinyin is removed, because some garbled stretches run straight into the website’s pinyin.`,
    pinyinTitle: 'Pinyin annotations',
    pinyin:
      'One website added pinyin in brackets after Chinese characters, as in {}. The program removes only brackets that directly follow a Chinese character and consist of complete pinyin syllables, so genuine brackets such as “(km)” or “(app)” are left alone.',
    punctuationTitle: 'Full-width punctuation',
    punctuation:
      'The capture tool turned full-width punctuation into half-width forms (commas, colons, brackets and so on). The program restores the full-width forms in Chinese context: only where the nearest non-space characters on either side of a mark are Chinese, so that marks between two numbers (as in “09:10” or “1,000”) stay as they are; brackets are handled in pairs.',
    structureTitle: 'Structure',
    structure:
      'Each line of the text becomes a paragraph, a heading or a caption. A heading is a short line that opens a section and has no closing punctuation; captions are recognised by each capture’s own rules. The pictures of the original pages were not saved; the page shows an “image not archived” box in their place, with the caption as printed.',
    safetyTitle: 'Escaping',
    safety:
      'The text is stored as MDX. ASCII characters of the original that could be read as markup or code (angle brackets, braces, asterisks, underscores, square brackets and so on) are all escaped, and shown as the original characters: the page shows exactly what the capture has, nothing is executed as markup, and nothing is lost. Report pages carry no scripts.',
    anchorsTitle: 'Paragraph anchors',
    anchors:
      'Paragraphs are numbered in reading order, p1, p2 and so on (pictures f1, f2 …), and the numbers are written into the text file, so they change only if the text itself does. The small number beside a paragraph is its permalink (such as {}), and the figures of the programme summary link to these anchors; the English translation uses the same numbers. Running the cleaning again checks that its output matches the archive, and any change needs a person’s review.',
    last: 'Finally, automated tests compare the text shown on each page with the cleaning’s output, paragraph by paragraph, so that not one space, quotation mark or dash between Chinese and Latin text is added or lost.',
  },
  certainty: {
    intro:
      'Each repair is marked where it stands in the text: the repaired words are shaded and underlined, with a superscript number that links to the note of that number in the “Restoration notes” at the end, which gives the garbled original, the restoration, its certainty and its basis. The style of the underline, not only its colour, tells the certainty.',
    count: (n: number) => ` (${n})`,
    certain:
      'The rule: every restored character has at least one byte left in the capture, and the GBK table fixes the other bytes without ambiguity (where the website’s pinyin helps, it fits only one candidate character); no appeal to meaning or context. Dotted underline.',
    inferred:
      'Not certain by that rule: at least one character rests on a single surviving byte and the context, or on the context alone, such as the same word elsewhere in the report or a parallel phrase; or the website’s pinyin it relies on may not be the standard reading. The basis says which bytes are certain and which rest on the context. Dashed underline.',
    supplied:
      'The original character cannot be known; the editors supplied a sign by convention, such as the middle dot in a transliterated name. Marked 〔 〕 in the text. Dashed underline.',
    unrecoverable: 'Unrecoverable: the bytes are lost and the context cannot decide. Marked as a gap in the text; the archive does not guess.',
  },
  editorial: {
    lead: 'The capture is the authority for the text.',
    p1: 'Only page furniture and pinyin annotations were removed, and only the width of punctuation was changed; every repair states its basis (the bytes, the bytes and the context, or the context alone) and its certainty, signs the editors supplied by convention are marked “supplied”, and what could not be repaired is marked as a gap. Where the original gives no date or title, the archive does not supply one; it gives an estimate under “Source and processing”, with its evidence.',
    p2: 'The “Programme summary” of each report is data compiled by the archive: the supporter and the recipients, the period, the batch, the themes and the key figures. The quoted sentences, values, place names and periods in it are taken word for word from the report, and the build checks each one against the paragraph it links to; the names of the figures (such as “total assistance funds invested”), the themes and the “Editors’ summary” are written by the archive’s editors, marked {} on the page, and are not part of the report.',
    tag: 'Editors’ summary · editorial',
  },
  data: {
    programmes: 'Programme data (JSON)',
    programmesNote: ': the programme summary of each report, with the quotations, paragraph anchors and permalinks.',
    figures: 'Key figures (CSV)',
    figuresNote: ': one line per figure, with the value as printed, the converted value, the sentence and the paragraph link.',
    captures: 'The raw capture and cleaning ledger of each report: see the table under “The raw captures” above.',
    cite: 'At the end of each report’s page, “Cite this” gives a permalink and two citation styles (GB/T 7714-2015 and Chicago notes and bibliography). The access date cited is the date the site was built: what you cite is the text that build shows. Where the original states no date, the date in the citation is in square brackets, as an estimate. In the GB/T 7714 style the archive is both the collection containing the report (after “//”) and its publisher; the outlet that first published the report follows the URL (“originally in”), and is left out where the original does not name it. The English translations are cited as works of the archive, with the original report as their source.',
  },
  search: {
    title: 'How search works',
    note: 'The English search finds words in the archive’s English translations and in the English programme summaries, with English stemming (a search for “hospital” also finds “hospitals”); each result links to the paragraph, which has the same number in the Chinese text. The search runs in the browser, from an index built with the site; nothing is sent to a server. To search the Chinese text, use the Chinese search page, which needs no word segmentation and finds Simplified and Traditional forms alike.',
    placeholder: '',
  },
};

const translation: Dictionary['translation'] = {
  englishTranslation: 'English translation',
  parallelView: 'Chinese and English side by side',
  originalText: 'Chinese original',
  otherEdition: { 'zh-Hans': 'Simplified Chinese (machine-converted)', 'zh-Hant': 'Traditional Chinese (machine-converted)' },
  languages: 'Other languages',
  ownTranslation: (edition: string) => `The archive’s own translation, not an official one, of the ${edition} text`,
  editionName: { 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese' },
  publishedBy: ' first published by ',
  publishedOn: (date: string | null) => (date === null ? '.' : ` on ${date}.`),
  /** How the GB/T 7714 citation of a translation is built. */
  gbtNote:
    'Format for a translation: the archive is the translator (“trans.”) and publisher; after the date of translation come the original report, its outlet and date (“Original”)',
  translatorNote: 'Translator’s note',
  translated: (date: string) => `Translated ${date}`,
  chinese: 'Chinese',
  english: 'English translation',
  parallelTitle: (title: string) => `${title}: Chinese and English`,
  parallelNote:
    'The Chinese as published on the left, the archive’s English translation on the right, block by block; on a narrow screen the Chinese comes first.',
};

const search: Dictionary['search'] = {
  title: 'Search',
  description: (reports: number) => `Search the English translations of the ${counted(reports, 'report')} and their programme summaries.`,
  label: 'Search the translated reports and programme summaries',
  button: 'Search',
  hintBefore: 'Any form of a word finds the others: ',
  hintExample: 'hospital',
  hintExampleLang: 'en',
  hintAfter: ' also finds hospitals. Names are in pinyin, such as Shule or Alar; a search in Chinese characters leads to the search of the Chinese text.',
  filters: 'Filters (can be combined)',
  province: 'Province',
  allProvinces: 'All provinces',
  region: 'Receiving region',
  allRegions: 'All regions',
  theme: 'Theme',
  allThemes: 'All themes',
  year: 'Year published',
  allYears: 'All years',
  yearOption: (year) => `${year}`,
  clearFilters: 'Clear filters',
  noScriptBefore: 'Showing search results needs JavaScript. The reports themselves do not: you can read them one by one from ',
  noScriptLink: 'the list of reports',
  noScriptAfter: '.',
  aboutBefore: 'How search treats Chinese scripts and ranks results: see ',
  aboutLink: 'About · How search works',
  aboutAfter: '.',
};

export const en: Dictionary = { chrome, report, apparatus, charts, browse, pages, about, translation, search, searchResults };
