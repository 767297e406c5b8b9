/** The search page script's wording in English (see zh-Hans.ts in this folder). */
import type { SearchResultsWording } from './zh-Hans';

const matches = (n: number) => (n === 1 ? '1 match' : `${n} matches`);

export const searchResults: SearchResultsWording = {
  pageTitle: (site) => `Search · ${site}`,
  pageTitleFor: (q, site) => `Search: ${q} · ${site}`,
  searching: (q) => `Searching for “${q}”…`,
  failed: 'The search failed. Please reload the page and try again.',
  nothing: (q) => `Nothing matches “${q}”.`,
  found: (q, exact, reports) => `“${q}”: ${matches(exact)} in ${reports === 1 ? '1 report' : `${reports} reports`}`,
  alsoPartial: (partial) => `; also ${partial === 1 ? '1 partial match' : `${partial} partial matches`}`,
  foundEnd: '.',
  onlyPartial: (q, partial) => `“${q}”: no exact match; ${partial === 1 ? '1 partial match' : `${partial} partial matches`}.`,
  distributionCaption: (q) => `Where “${q}” occurs, report by report`,
  columns: { report: 'Report', count: 'Matches', where: 'Where in the text (from title to end)' },
  hitCount: matches,
  distribution: (count, where) => `${count}: ${where.join('; ')}`,
  inParagraph: (n) => `in paragraph ${n}`,
  inParagraphs: (first, last) => `in paragraphs ${first}–${last}`,
  inParagraphsOf: (n) => ` (${matches(n)})`,
  inOtherText: (n) => `${n} in the title, headings or captions`,
  inPanel: (n) => `${n} in the programme summary`,
  rest: (n) => (n === 1 ? 'One more match' : `${n} more matches`),
  exactHeading: 'Matches',
  partialHeading: 'Partial matches',
  partialNote: (q) => `Each word of “${q}” occurs in these passages, but not together.`,
  where: {
    paragraph: (n) => `Paragraph ${n}`,
    heading: 'Heading',
    caption: 'Image caption',
    title: 'Title',
    figure: 'Programme summary · key figure',
    summary: 'Programme summary · editor’s summary (the archive’s own, not the report’s text)',
  },
  whereAside: (where) => ` (${where})`,
  original: 'The same passage in Chinese',
  noMatchIntro: (q) => `No report text or programme summary matches “${q}”. You could try:`,
  tips: {
    fewerWords: 'Fewer words: ',
    only: (q) => `search for “${q}” only`,
    count: (n) => ` (${matches(n)})`,
    dropFilters: 'Without the filters: ',
    withoutFilters: (q) => `search for “${q}” in every report`,
    alsoNothing: ' (nothing either)',
    shorter: 'A shorter or more common wording, such as a place or an organisation alone.',
    scripts:
      'Forms of a word match each other (hospital finds hospitals). The translations spell names in pinyin without tones (Shule, Alar, Kalpin); try that spelling.',
  },
  otherSearch: {
    lead: 'This search is in Chinese characters, which the translations give only beside a name or phrase on its first use.',
    before: 'Search the Chinese text for ',
    after: '',
  },
};
