/**
 * What the search page's script says (src/client/): the live region, the results, the
 * distribution, what to try when nothing matched, the way to the other language's search.
 * A namespace of the dictionaries (`searchResults` in zh-Hans.ts and en.ts) kept in a
 * file of its own, so the script loads only this and not the whole dictionary.
 */
export const searchResults = {
  /** The page's title, `site` the archive's name (which stays Chinese on the English site). */
  pageTitle: (site: string) => `搜索 · ${site}`,
  pageTitleFor: (q: string, site: string) => `搜索：${q} · ${site}`,
  searching: (q: string) => `正在搜索“${q}”……`,
  failed: '搜索出错了，请刷新页面再试。',
  nothing: (q: string) => `没有找到与“${q}”匹配的内容。`,
  found: (q: string, exact: number, reports: number) => `“${q}”：找到 ${exact} 处完全匹配，在 ${reports} 篇报道中`,
  alsoPartial: (partial: number) => `；另有 ${partial} 处部分匹配`,
  foundEnd: '。',
  onlyPartial: (q: string, partial: number) => `“${q}”：没有完全匹配；有 ${partial} 处部分匹配。`,
  distributionCaption: (q: string) => `“${q}”在各篇报道中的分布`,
  columns: { report: '报道', count: '处数', where: '在全文中的位置（从标题到文末）' },
  hitCount: (n: number) => `${n} 处`,
  /** A report's matches in words: how many, then where (the pieces below). */
  distribution: (count: string, where: readonly string[]) => `${count}，${where.join('，')}`,
  inParagraph: (n: number) => `在第 ${n} 段`,
  inParagraphs: (first: number, last: number) => `分布于第 ${first}–${last} 段`,
  inParagraphsOf: (n: number) => `（${n} 处）`,
  inOtherText: (n: number) => `标题、小标题或图片说明中 ${n} 处`,
  inPanel: (n: number) => `项目概要中 ${n} 处`,
  rest: (n: number) => `其余 ${n} 处`,
  exactHeading: '完全匹配',
  partialHeading: '部分匹配',
  partialNote: (q: string) => `这些地方出现了“${q}”的每一个字或词，但没有连在一起。`,
  where: {
    paragraph: (n: string) => `第 ${n} 段`,
    heading: '小标题',
    caption: '图片说明',
    title: '标题',
    figure: '项目概要 · 关键数字',
    summary: '项目概要 · 编者摘要（本站撰写，非报道原文）',
  },
  /** Where a partial match is, after its report's title (read by screen readers only). */
  whereAside: (where: string) => `（${where}）`,
  /** The link from a result to the same passage in the report's own language (English results only). */
  original: '中文原文',
  noMatchIntro: (q: string) => `没有找到与“${q}”匹配的报道文字或项目概要。可以试试：`,
  tips: {
    fewerWords: '少用几个字词：',
    only: (q: string) => `只搜“${q}”`,
    count: (n: number) => `（${n} 处）`,
    dropFilters: '去掉筛选条件：',
    withoutFilters: (q: string) => `不加筛选再搜“${q}”`,
    alsoNothing: '（也没有结果）',
    shorter: '换一个更短或更常见的说法，例如只保留地名或机构名。',
    scripts: '换一种字形也不必：简体和繁体会自动互相匹配（医疗＝醫療、骆驼＝駱駝）。若用了异体字、别字或外文写法，请改用报道里的常见写法。',
  },
  /**
   * The other language's search, offered for a query in its language: here, a query in
   * Latin letters that the Chinese text does not hold, offered to the English translations.
   */
  otherSearch: {
    lead: '中文报道里没有这个外文词。',
    before: '在英文译文中搜索“',
    after: '”',
  },
};

export type SearchResultsWording = typeof searchResults;
