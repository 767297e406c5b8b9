/**
 * The interface wording, in Simplified Chinese: the source every other language follows.
 * Traditional is derived from it (zh-Hant.ts); another language is one more file of this
 * shape (`Dictionary`), registered in index.ts.
 *
 * Functions take what the sentence needs from the data. Their text arguments (names,
 * quotations, wording already in the page's language) are printed as given; they may be
 * interpolated but not inspected, because the Traditional wording is derived around them.
 * A value keyed by script ('zh-Hans', 'zh-Hant') is a choice by the data, not by the page.
 */
import { THEMES } from '../core/schemas/programme';
import { counted, series } from './zh-format';
import { searchResults } from './search-results/zh-Hans';

type Theme = (typeof THEMES)[number];

const siteName = '援疆档案';

/** The page frame: header, navigation, footer, the header's search box. */
const chrome = {
  siteName,
  siteNav: '网站导航',
  skipToContent: '跳至正文',
  reports: '报道',
  provinces: '支援省份',
  regions: '受援地区',
  search: '搜索',
  about: '关于本站',
  footerAbout: '本站存档各篇报道的原始抓取文本，并逐处记录清理与修复。',
  footerRights: '报道版权归原刊发媒体所有；此处仅作存档与研究之用。',
  searchForm: { region: '站内搜索', label: '搜索报道全文', placeholder: '搜索报道', button: '搜索' },
};

/** A report page: provenance, restorations and their marks, the summary panel, citation, previous/next. */
const report = {
  /** Between a label and its value, and between the parts of a note's summary. */
  colon: '：',
  /** Between two words (none in Chinese). */
  wordSep: '',
  listSep: '；',
  inParens: (text: string) => `（${text}）`,
  restorationNotes: '修复说明',
  provenance: '来源与处理',
  draftConfiguration: '本篇的清理配置是自动生成的草稿，尚未经人工审核：正文起止和删除的行都可能有误。',
  outlet: '首发媒体',
  via: '转载途径',
  capturedFrom: '抓取来源',
  published: '发布日期',
  notStated: '原文未注明',
  estimate: '估计',
  evidence: '依据',
  line: (n: number) => `第 ${n} 行`,
  authors: '作者',
  roleInferred: '（推断）',
  editors: '编辑',
  script: '原文字形',
  scriptName: { 'zh-Hans': '简体（按原样）', 'zh-Hant': '繁体（按原样）' },
  sha256: 'SHA-256',
  rawCapture: '原始抓取文本',
  lines: (n: number) => `${n} 行`,
  cleaning: '清理统计',
  cleaningLabels: {
    articleLines: '正文行',
    metadataLines: '元数据行',
    droppedLines: '删除行',
    pinyinAnnotationsRemoved: '删除拼音注音',
    punctuationRestored: '恢复标点',
    duplicateTitleLines: '重复标题行',
  },
  garbled: '原文乱码',
  restored: '修复为',
  unrecoverable: '无法恢复',
  certainty: '可信度',
  certaintyName: { certain: '确定', inferred: '推断', supplied: '补入', unrecoverable: '无法恢复' },
  kindName: {
    'gbk-realigned': 'GBK 错位重解',
    'lost-character': '缺失字符',
    'html-residue': 'HTML 残留',
    gap: '缺文',
  },
  basis: '依据',
  backToText: '返回正文',
  restoredMark: (id: string) => `修复处 ${id}，见修复说明`,
  gapMark: (id: string) => `此处原文缺失，无法恢复，见修复说明 ${id}`,
  gapGlyph: '〔缺〕',
  lostImage: '图片未存档',
  heading: '小标题',
  headingQuoted: (text: string) => `小标题「${text}」`,
  noRestorations: '本篇无修复。',
  titleNote: '标题说明',
  paragraph: (n: string) => `第 ${n} 段`,
  onThisPage: '本页',
  text: '正文',
  cleaningUnits: {
    articleLines: '行',
    metadataLines: '行',
    droppedLines: '行',
    pinyinAnnotationsRemoved: '处',
    punctuationRestored: '处',
    duplicateTitleLines: '行',
  },
  cleaningExplained: '删除行是网页框架（导航、分享、版权、广告、空行等），逐行理由见清理记录。',
  restorationsLabel: '乱码修复',
  restorationCount: (restored: number, gaps: number) => (gaps > 0 ? `修复 ${restored} 处，无法恢复 ${gaps} 处` : `修复 ${restored} 处`),
  ledger: '清理记录',
  ledgerLink: '逐行清理记录（JSON）',
  // ——— Programme summary panel ———
  programme: '项目概要',
  programmeNote: '据本档案整理的项目数据；引文出自报道原文。',
  supporter: '支援方',
  provinceLeads: '省级',
  recipients: '受援方',
  primaryRecipient: '主要受援方',
  secondaryRecipient: '报道另述',
  period: '时段',
  batch: '批次',
  noBatch: '报道未提批次',
  themes: '主题',
  /** Each theme's name (the data keeps themes in Simplified, by these names). */
  themeName: Object.fromEntries(THEMES.map((theme) => [theme, theme])) as Record<Theme, string>,
  keyFigures: '关键数字',
  /** The key figures above the text: a few of the programme's figures, and where all of them are. */
  allFigures: (n: number) => `全部 ${n} 项数字及原句`,
  programmeData: '项目数据',
  /** A figure's mark after the sentence it is printed in, and the mark's accessible name (which begins with the mark). */
  figureMark: '数',
  figureMarkLabel: (label: string, value: string) => `数字：${label} ${value}，见项目数据`,
  /** The one line of provenance above the text; the full record is in 来源与处理 after it. */
  provenanceLine: '来源',
  interventionCount: (n: number) => `校勘 ${n} 处`,
  seeParagraph: (n: string) => `见第 ${n} 段`,
  paragraphLink: (n: string) => `原文第 ${n} 段`,
  editorialSummary: '编者摘要',
  editorialNote: '本档案编者所写，并非报道原文',
  summaryPending: '本篇摘要尚未编写，时段、主题与关键数字也尚待整理。',
  recipientKind: {
    prefecture: '地州',
    county: '县',
    city: '县级市',
    division: '兵团师',
    regiment: '兵团团场',
    township: '乡镇',
  },
  regionKind: { 'xuar-prefecture': '自治区地州', 'xpcc-division': '兵团师' },
  // ——— Cite this, and the citation files ———
  cite: '引用本文',
  permalink: '永久链接',
  gbt: 'GB/T 7714-2015',
  gbtNote: '析出文献格式：报道为析出文献，本档案为其所在汇编（“//”之后）及出版者；首发媒体注于网址之后（“原载”）',
  gbtEtAl: '等',
  gbtOriginally: '原载',
  chicago: 'Chicago 格式',
  chicagoNote: '《芝加哥格式手册》第 17 版，注释—书目体，书目条目',
  accessedNote: (date: string) => `引用日期（访问日期）取本站构建日期 ${date}（UTC）：所引即此次构建的文本。`,
  estimatedNote: '原文未注明发布日期，方括号内为本档案的估计（依据见“来源与处理”）。',
  dateEstimated: '发布日期原文未注明，估计',
  // ——— Previous / next ———
  pager: '上一篇与下一篇（按抓取编号）',
  previous: '上一篇',
  next: '下一篇',
  captureNo: (n: string) => `抓取 ${n}`,
};

/** The editorial apparatus: editions and views, the key to the marks, interventions, errata. */
const apparatus = {
  views: '版本与视图',
  scriptGroup: '字形',
  viewGroup: '视图',
  /** Each script's name in that script, on every page. */
  scriptLabel: { 'zh-Hans': '简体', 'zh-Hant': '繁體' },
  asCaptured: '原文字形',
  machine: '机器转换',
  capturedScript: { 'zh-Hans': '原文为简体字', 'zh-Hant': '原文为繁体字' },
  capturedScriptEn: { 'zh-Hans': 'captured in Simplified script', 'zh-Hant': 'captured in Traditional script' },
  reading: '整理本',
  readingEn: 'as restored',
  captured: '原始抓取',
  capturedEn: 'as captured',
  interventions: '校勘记',
  interventionsEn: 'interventions',
  key: '符号说明',
  keyEn: 'key to the marks',
  keyTo: {
    certain: '修复，确定：每个字都有字节留在抓取中，其余字节由 GBK 码表唯一确定。',
    inferred: '修复，推断：至少有一个字依据残存的一个字节加上下文，或仅凭上下文补出，读法不确定。',
    supplied: '补入：原字无从得知，编者按惯例补入。',
    gap: '缺文：原文已损，无法恢复。',
    noteRef: '修复说明的编号：列出原文乱码、修复结果与依据。',
    punctuation: '标点规范：抓取时被改成半角的 , : ; ! ? ( ) 恢复为全角。',
    pinyinRemoved: '网站加注的拼音已删除；整理本中不逐处标出，见原始抓取与校勘记。',
    term: '术语：每篇首次出现处链接到术语表。',
    marginLinks: '段旁链接：同一段的另一字形版本、原始抓取中的行。',
    garbled: '乱码：经修复或标为缺文，链接到修复说明。',
    pinyin: '拼音注音：整理时删除。',
    asciiPunctuation: '半角标点：整理时恢复为全角。',
  },
  conversionNotice: (from: string, to: string) =>
    `本页是由${from}机器转换而成的${to}版本（OpenCC，词组级转换），仅供阅读；引用与核对请以原文为准。段落编号、修复标记与修复说明与原文一致。`,
  /** The original a converted edition comes from, by its script. */
  originalIn: { 'zh-Hans': '简体原文', 'zh-Hant': '繁体原文' },
  viewOriginalIn: { 'zh-Hans': '查看简体原文', 'zh-Hant': '查看繁体原文' },
  paraInOther: { 'zh-Hans': (n: string) => `简体版第 ${n} 段`, 'zh-Hant': (n: string) => `繁体版第 ${n} 段` },
  paraInOriginal: (n: string) => `原文第 ${n} 段`,
  lineInCapture: (n: number) => `原始抓取第 ${n} 行`,
  captureIntro: (lines: number, total: number) =>
    `下面逐行列出原始抓取中属于正文的 ${lines} 行（全文共 ${total} 行），文字与抓取完全一致：网站加注的拼音、半角标点和乱码都原样保留。行号即原始抓取的行号。`,
  omitted: (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`),
  omittedWhy: '不属正文（元数据或删除），见清理记录',
  interventionsIntro:
    '清理与修复对原始抓取所做的每一处改动，按抓取行排列：乱码修复（附依据）、删除的拼音注音、恢复的全角标点。每条都链接到整理本和原始抓取的同一位置。',
  pinyinRemoved: '删除拼音注音',
  punctRestored: '恢复全角标点',
  trimmed: '去除行首行尾空白',
  restoration: '修复',
  gap: '缺文',
  none: '此行未改动。',
  totals: '合计',
  glossary: '术语表',
  changes: '更改记录',
  errata: '勘误与更改',
  changeBefore: '原为',
  errataCount: (n: number, latest: string) => `${n} 条，最近一条 ${latest}`,
  changeAfter: '改为',
  changeNone: '（无）',
  noChanges: '首次发布以来，报道的文字与数据尚无更改。',
  exports: '导出引用',
  originalForm: '原文',
};

/** The pairing map, the timeline and the comparison (src/components/charts). */
const charts = {
  nav: { map: '结对地图', timeline: '时间线', compare: '数字对比' },
  chartsNav: '图表',
  map: {
    title: '结对地图',
    description: (provinces: readonly string[]) =>
      `${series(provinces)}${counted(provinces.length, '省')}与新疆受援地的对口支援结对关系地图，连线链接到报道中点名受援方的段落。`,
    lede: (reports: number) =>
      `${counted(reports, '篇')}报道中的每一组结对：从支援省份到报道点名的每一个新疆受援方各画一条线。点击省份查看该省的报道，点击连线转到报道中点名受援方的那一段，点击受援地点查看所属地区。`,
    svgTitle: (provinces: readonly string[]) => `对口支援结对示意图：${series(provinces)}${counted(provinces.length, '省')}与新疆的受援方`,
    supporterLabel: (province: string, n: number) => `${province}：本档案中 ${n} 对结对，查看省份页面`,
    lineLabel: (supporter: string, recipient: string, paragraph: string, primary: boolean) =>
      `${supporter} → ${recipient}${primary ? '' : '（报道另述）'}：报道第 ${paragraph} 段`,
    pointLabel: (place: string, region: string, supporters: readonly string[], precision: string) =>
      `${place}，属${region}；支援方：${series(supporters)}（点位：${precision}）。查看该地区`,
    detailNorth: '放大图：乌鲁木齐周边',
    detailSouth: '放大图：喀什—阿克苏—阿拉尔',
    frameLabel: '（见放大图）',
    legendHeading: '图例',
    legendSecondary: '虚线：报道另述的受援方',
    legendRough: '虚线圈：位置为粗略示意',
    precision: { seat: '驻地近似位置', city: '取所在城市', rough: '粗略示意，未经核实' } as Record<'seat' | 'city' | 'rough', string>,
    km: (n: number) => `${n} 公里`,
    note: '示意图，非精确地图。省界与国界据 Natural Earth 1:10m 数据（公有领域，实际控制线），经简化，不代表对任何边界的立场；受援方点位为近似位置，见',
    notePlaces: '点位说明',
    clusterLabel: '乌鲁木齐周边',
    seeAll: '完整地图、放大图与结对列表',
    tableHeading: '结对一览',
    tableCaption: '地图上的每一条连线（支援方 → 受援方），按支援省份排列',
    colSupporter: '支援方',
    colRecipient: '受援方（报道原文）',
    colRegion: '所属地区',
    colSource: '出处',
    primary: '主要讲述',
    secondary: '另述',
    paragraphLink: (n: string) => `第 ${n} 段`,
    placesHeading: '点位说明',
    placesIntro: '地图上的点只表示大致位置，坐标为手工录入的近似值（约 0.01°）。',
    colPlace: '点位',
    colCoords: '坐标（近似）',
    colPrecision: '精度',
    colBasis: '说明',
  },
  timeline: {
    title: '时间线',
    description: (reports: number) => `${counted(reports, '篇')}报道所述的援疆时段、干部批次与各篇的发表日期。`,
    lede: '每篇报道讲述的时段（横条）与报道的发表日期（圆点）。横条链接到报道中写明时段的段落。时段按报道原话标出，年月由本档案据原话整理。',
    svgTitle: '各篇报道所述时段与发表日期',
    barLabel: (title: string, period: string, paragraph: string) => `${title}：${period}（报道第 ${paragraph} 段）`,
    pubLabel: (title: string, date: string) => `${title}：发表日期 ${date}`,
    legendPeriod: '报道所述时段',
    legendOpen: '时段未写明止于何时（“以来”），画至报道发表',
    legendStated: '发表日期（原文注明）',
    legendEstimate: '发表日期未注明：本档案的估计（空心点，虚线为估计范围）',
    tableHeading: '时段与发表日期一览',
    colReport: '报道',
    colPeriod: '时段（报道原话）',
    colSpan: '起止（整理）',
    colBatch: '批次（报道原话）',
    colPublished: '发表日期',
    noBatch: '报道未提批次',
    notCurated: '尚待整理',
    yearOnly: '仅有年份',
    notStated: '原文未注明',
    estimate: (range: string) => `估计 ${range}`,
    paragraphLink: (n: string) => `第 ${n} 段`,
  },
  compare: {
    title: '数字对比',
    description: (reports: number) =>
      `${counted(reports, '篇')}报道给出的资金、人员、项目、医疗、教育、就业等数字并列对照，金额统一折算为元，每个数字链接到原句。`,
    lede: (reports: number) =>
      `把${counted(reports, '篇')}报道给出的数字按类别并列。金额统一折算为“元”（据原文的万元、亿元换算）。每个数字都链接到报道中的原句；鼠标悬停可看原句全文。`,
    caution:
      '这些数字不宜直接比较或相加：各篇报道讲述的时段不同（从半年到十年），范围不同（全省、一个市、一个项目），口径也不同（投入资金、招商引资、销售额……）；带“余”“多”“超”“近”“约”的是约数。每一格都注明这些差别。',
    tableCaption: '各篇报道的数字，按类别（行）与报道（列）',
    category: {
      money: '资金与投资',
      people: '人员',
      projects: '项目与企业',
      health: '医疗',
      education: '教育',
      jobs: '就业',
      results: '其他成果',
      culture: '文化',
    } as Record<string, string>,
    categoryNote: {
      money: '包括援疆资金投入、招商引资、带动的社会资金、销售额和产值等不同口径',
      people: '选派的干部人才与培训、考察的人数混在一起，单位有“名”与“人次”',
      projects: '援疆项目、招商项目、落户企业与创新平台，计数口径不同',
      health: '选派医生、手术、门诊与诊疗人次，单位各异',
      education: '选派教师、结对学校与受助学生等',
      jobs: '提供或带动的就业岗位与就业人数',
      results: '吞吐量、示范村等其他成果',
      culture: '文化活动与观众',
    } as Record<string, string>,
    period: '时段',
    none: '报道未给出此类数字',
    notCurated: '本篇数字尚待整理',
    approx: (q: string) => `约数（原文作“${q}”）`,
    mixedUnits: (units: readonly string[]) => `单位不同：${series(units)}`,
    quoteTitle: (quote: string) => `原句：${quote}`,
    paragraphLink: (n: string) => `第 ${n} 段`,
    openEnd: '起',
  },
};

/** A report in a list (home, province and region pages). */
const browse = {
  supports: '支援',
  outletNotStated: '首发媒体未注明',
  scriptShort: { 'zh-Hans': '简体', 'zh-Hant': '繁体' },
  period: (range: string) => `时段 ${range}`,
};

/** The archive's English translation of a report: the links between the languages, and the words around the translation. */
const translation = {
  /** The link from a Chinese report page to its English translation. */
  englishTranslation: '英文译文',
  /** The link to Chinese and English side by side. */
  parallelView: '中英对照',
  /** The link from the translation to the text it renders, in the report's own script and in the other. */
  originalText: '中文原文',
  otherEdition: { 'zh-Hans': '简体版（机器转换）', 'zh-Hant': '繁体版（机器转换）' },
  languages: '其他语言',
  /** The label above the translation; the outlet follows in its own script, then the date. */
  ownTranslation: (edition: string) => `本档案自译，非官方译本。译自${edition}原文`,
  editionName: { 'zh-Hans': '简体中文', 'zh-Hant': '繁体中文' },
  publishedBy: '，首发于',
  publishedOn: (date: string | null) => (date === null ? '。' : `，${date}。`),
  /** How the GB/T 7714 citation of a translation is built. */
  gbtNote: '译作格式：本档案为译者（trans.）及出版者，译文日期之后为原报道、首发媒体及日期（Original）',
  translatorNote: '译者说明',
  translated: (date: string) => `译于 ${date}`,
  chinese: '中文',
  english: '英文',
  parallelTitle: (title: string) => `${title}（中英对照）`,
  parallelNote: '左栏中文原文，右栏本档案英文译文，逐段对照；窄屏上中文在前、英文在后。',
};

/** The search page (src/components/SearchPage.astro); what its script says is `searchResults` (search-results/). */
const search = {
  title: '搜索',
  description: (reports: number) => `在${counted(reports, '篇')}援疆报道的全文和项目概要中搜索，简体、繁体均可。`,
  label: '搜索报道全文和项目概要',
  button: '搜索',
  /** The hint under the box, around an example in another script (or language), shown with its lang. */
  hintBefore: '简体、繁体都能找到对方（医疗＝',
  hintExample: '醫療',
  hintExampleLang: 'zh-Hant',
  hintAfter: '），也可以搜地名、机构和数字，如 疏勒、台州骨伤医院、13.56亿元。',
  filters: '筛选（可组合）',
  province: '省份',
  allProvinces: '全部省份',
  region: '受援地区',
  allRegions: '全部地区',
  theme: '主题',
  allThemes: '全部主题',
  year: '发布年份',
  allYears: '全部年份',
  yearOption: (year: string) => `${year}年`,
  clearFilters: '清除筛选',
  noScriptBefore: '显示搜索结果需要浏览器启用 JavaScript。报道本身不需要：可以从',
  noScriptLink: '报道列表',
  noScriptAfter: '逐篇阅读。',
  aboutBefore: '搜索怎样处理简繁字形、怎样排序：见',
  aboutLink: '关于本站 · 搜索如何工作',
  aboutAfter: '。',
};

export const zhHans = { chrome, report, apparatus, charts, browse, translation, search, searchResults };

/** The shape every language's wording has. */
export type Dictionary = typeof zhHans;
