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
import type { DropReason } from '../core/schemas/capture';
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
  /** Between the two ends of an estimated date: 2022-10 至 2023-06. */
  rangeTo: ' 至 ',
  /** After “not stated”: the archive's estimate of the date. */
  estimated: (when: string) => `（估计 ${when}）`,
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
  reading: '整理本',
  captured: '原始抓取',
  interventions: '校勘记',
  key: '符号说明',
  /** Names the Leiden conventions before a mark's Leiden form in the key (MarkCodes). */
  leiden: '莱顿体例',
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
  /** The converter and its locales (codes of opencc-js), under the notice. */
  conversionTool: (from: string, to: string) => `OpenCC（opencc-js），由 ${from} 转为 ${to}`,
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
  /** Why cleaning dropped a line, by the ledger's reason. */
  dropReason: {
    spam: '垃圾信息',
    breadcrumb: '页面位置导航',
    navigation: '网站导航',
    siteWidget: '网页功能按钮',
    relatedArticles: '相关文章列表',
    nextArticle: '下一篇文章的标题',
    advertisements: '广告',
    comments: '评论区',
    copyright: '版权声明',
    licence: '备案号与许可证号',
    siteFooter: '网站页脚',
    legalNotice: '免责与转载声明',
    separator: '排版留下的分隔符',
    blank: '空行',
    duplicateTitle: '重复的标题',
    unreviewed: '尚未审阅的正文外内容',
  } satisfies Record<DropReason, string>,
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
  /** A word or two set beside a name or a value: 东营市（山东）. */
  aside: (text: string) => `（${text}）`,
  /** Between the items of a list of links. */
  sep: '、',
  /** The words of a period's short tag (src/lib/charts/time.ts): 2020.3 起, 2023年. */
  period: { since: '起', wholeYear: (year: number) => `${year}年` },
  /** The groups of reports the comparison and the timeline are split into (src/lib/charts/groups.ts). */
  groups: {
    byProvince: '按支援省份',
    byRegion: '按受援地区',
    count: (n: number) => `${n} 篇`,
    pages: '分页',
    page: (n: number) => `第 ${n} 页`,
    range: (first: number, last: number, total: number) => `按抓取编号排列，本页为第 ${first}–${last} 篇，共 ${total} 篇。`,
  },
  map: {
    title: '结对地图',
    description: (provinces: readonly string[]) =>
      `${series(provinces)}${counted(provinces.length, '省')}与新疆受援地的对口支援结对关系地图，连线链接到报道中点名受援方的段落。`,
    lede: (reports: number) =>
      `${counted(reports, '篇')}报道中的每一组结对：从支援省份到报道点名的每一个新疆受援方各画一条线。点击省份查看该省的报道，点击连线转到报道中点名受援方的那一段，点击受援地点查看所属地区。`,
    svgTitle: (provinces: readonly string[]) => `对口支援结对示意图：${series(provinces)}${counted(provinces.length, '省')}与新疆的受援方`,
    /** A supporter that is a province's city: 山东省东营市. */
    supporterCity: (province: string, city: string) => `${province}${city}`,
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
    noteEnd: '。',
    clusterLabel: '乌鲁木齐周边',
    seeAll: '完整地图、放大图与结对列表',
    tableHeading: '结对一览',
    tableCaption: '地图上的每一条连线（支援方 → 受援方）与点名它的报道数，按支援省份排列',
    colSupporter: '支援方',
    colRecipient: '受援方（报道原文）',
    colRegion: '所属地区',
    colSource: '出处',
    colReports: '报道数',
    /** A line that several reports name. */
    pairingLabel: (supporter: string, place: string, reports: number, region: string) =>
      `${supporter} → ${place}：${reports} 篇报道点名，查看${region}的数字对比`,
    compareRegion: (region: string) => `${region}的数字对比`,
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
    lede: '每一行是一个援疆项目（支援方 → 受援方），行上是它各篇报道讲述的时段（横条）与发表日期（圆点）。横条链接到报道中写明时段的段落。时段按报道原话标出，年月由本档案据原话整理。',
    svgTitle: '各篇报道所述时段与发表日期',
    /** A period's bar: the period in the report's words (period) or as our tag (tag), whichever the language quotes. */
    barLabel: (title: string, period: string, tag: string, paragraph: string) => `${title}：${period}（报道第 ${paragraph} 段）`,
    pubLabel: (title: string, date: string) => `${title}：发表日期 ${date}`,
    legendPeriod: '报道所述时段',
    legendOpen: '时段未写明止于何时（“以来”），画至报道发表',
    legendStated: '发表日期（原文注明）',
    legendEstimate: '发表日期未注明：本档案的估计（空心点，虚线为估计范围）',
    tableHeading: '时段与发表日期一览',
    colReport: '报道',
    /** A programme's row that holds several reports: its tag. */
    reports: (n: number) => `${n} 篇报道`,
    chooseHeading: '各支援省份的时间线',
    chooseIntro: (reports: number, limit: number) =>
      `本档案有${counted(reports, '篇')}报道，多于一张表能列出的 ${limit} 篇，上图只画出全貌；每篇的时段、批次与发表日期列在各支援省份的时间线页面上，那里的每个横条和圆点都链接到报道。`,
    chooseMore: '每个支援省份另有一页，只画它的项目，并列出其各篇报道：',
    groupTitle: (province: string) => `时间线：${province}`,
    groupDescription: (province: string, reports: number) => `${province}支援的${counted(reports, '篇')}报道所述的援疆时段、干部批次与各篇的发表日期。`,
    groupLede: (province: string, reports: number) =>
      `${province}支援的${counted(reports, '篇')}报道：每一行是一个援疆项目，行上是它各篇报道讲述的时段（横条）与发表日期（圆点）。横条链接到报道中写明时段的段落。`,
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
    chooseHeading: '分组对比',
    chooseIntro: (limit: number) => `每个支援省份、每个受援地区各有一页，把它的报道并列对比；超过 ${limit} 篇时分页，每页 ${limit} 篇。`,
    tooMany: (reports: number, limit: number) =>
      `本档案有${counted(reports, '篇')}报道，多于一张表能并列的 ${limit} 篇。请按支援省份或受援地区选择一组报道来对比。`,
    groupTitle: (name: string) => `数字对比：${name}`,
    groupDescription: (name: string, reports: number) =>
      `${name}的${counted(reports, '篇')}报道给出的数字并列对照，金额统一折算为元，每个数字链接到原句。`,
    groupLede: {
      provinces: (name: string, reports: number) =>
        `${name}支援的${counted(reports, '篇')}报道给出的数字，按类别并列。金额统一折算为“元”；每个数字都链接到报道中的原句。`,
      regions: (name: string, reports: number) =>
        `点名${name}为受援方的${counted(reports, '篇')}报道给出的数字，按类别并列（报道的全部数字，不只关于${name}的）。金额统一折算为“元”；每个数字都链接到报道中的原句。`,
    } as Record<'provinces' | 'regions', (name: string, reports: number) => string>,
    otherGroups: '其他省份与地区的对比',
  },
};

/** A report in a list (home, province and region pages). */
const browse = {
  supports: '支援',
  outletNotStated: '首发媒体未注明',
  scriptShort: { 'zh-Hans': '简体', 'zh-Hant': '繁体' },
  period: (range: string) => `时段 ${range}`,
};

/** The archive's own pages: home, provinces, regions, glossary, changes, 404 (the about page has its own namespace). */
const pages = {
  crumbs: '位置',
  /** On a province's or a region's page: its reports' comparison (and, for a province, timeline). */
  groupCharts: { before: '本页报道另见', compare: '数字对比', timeline: '时间线', and: '与', after: '。' },
  /** A list in a sentence of ours: 山东、浙江、山西. */
  list: (items: readonly string[]) => series(items),
  home: {
    description: (reports: number) => `${counted(reports, '篇')}关于对口援疆的新闻报道：原始抓取文本、清理后的正文与逐处修复说明。`,
    tagline: '对口援疆新闻报道存档',
    intro: (reports: number, provinces: readonly string[], cities: readonly string[]) =>
      `本站收录${counted(reports, '篇')}报道，记述${series(provinces)}${counted(provinces.length, '省')}及其${series(cities)}等市对口支援新疆各地州和新疆生产建设兵团各师的工作。每篇都保留网页抓取下来的原始文本，按原文字形（简体或繁体）整理出正文：删去网页框架和拼音注音，恢复全角标点，乱码依据原始字节或上下文修复并标明可信度，修不回来的如实标为缺文；每一处改动都有记录，可随时对照原始抓取核查。每篇另附据报道整理的项目概要和关键数字，数字都链接到报道中的原句。`,
    introLink: '整理方法详见“关于本站”',
    introEnd: '。',
    /** Over the newest reports: every programme while they all fit, else the newest `shown`. */
    programmesTitle: (shown: number, total: number) => (shown === total ? `${counted(total, '个')}援疆项目一览` : `最新收录的 ${shown} 篇报道`),
    programmesNote: (first: string, last: string) => `按抓取编号 ${first}–${last} 排列；“时段”和数字取自报道原文。`,
    allReports: (n: number) => `全部 ${n} 篇报道`,
    browse: '浏览',
    byProvince: '按支援省份',
    byRegion: '按受援地区',
    more: '更多',
    count: (n: number) => `${n} 篇`,
    search: '全文搜索',
    about: '关于本站与整理方法',
    programmesJson: '项目数据（JSON）',
    figuresCsv: '关键数字（CSV）',
  },
  reportsList: {
    title: '全部报道',
    description: (reports: number) => `援疆档案收录的全部${counted(reports, '篇')}报道，按抓取编号排列，注明支援省份与受援地区。`,
    lede: (reports: number, perPage: number) => `本档案收录 ${reports} 篇报道，按抓取编号排列，每页 ${perPage} 篇；每篇注明支援省份与受援地区。`,
    alsoBefore: '也可',
    alsoOr: '或',
    alsoAfter: '浏览。',
    range: (first: number, last: number, total: number) => `第 ${first}–${last} 篇，共 ${total} 篇`,
  },
  /** A list cut into pages (the list of all reports, a glossary term's uses). */
  pagination: {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    page: (n: number) => `第 ${n} 页`,
    /** A page's title: the list's, and on a list of several pages the page's number. */
    title: (title: string, page: number, pages: number) => (pages > 1 ? `${title}（第 ${page} 页，共 ${pages} 页）` : title),
  },
  provinces: {
    description: (provinces: readonly string[]) => `按支援省份浏览援疆档案的报道：${series(provinces)}。`,
    lede: (reports: number, provinces: number) =>
      `本档案的 ${reports} 篇报道来自${counted(provinces, '个')}支援省份。有的项目由省直接组织，有的由省内一个市牵头；省份页按牵头的市分组列出报道。`,
    count: (n: number) => `${n} 篇报道`,
    provinceLevel: '省级',
    cities: (names: readonly string[]) => `（${series(names)}）`,
  },
  province: {
    description: (name: string, n: number) => `${name}对口援疆的报道（${n} 篇）。`,
    countBefore: '本档案收录 ',
    /** After the count, by its plural form (pluralForm in index.ts). */
    countAfter: { one: ' 篇，按牵头单位分组。', other: ' 篇，按牵头单位分组。' },
    provinceLeads: '省级组织',
    cityLeads: '市级牵头',
    printedBefore: '，报道作“',
    printedAfter: '”',
  },
  regions: {
    description: '按受援地区浏览援疆档案的报道：新疆维吾尔自治区的地州与新疆生产建设兵团的师。',
    lede: (regions: number, prefectures: number, divisions: number) =>
      `本档案的报道涉及${counted(regions, '个')}受援地区：${counted(prefectures, '个')}属于新疆维吾尔自治区的地州体系，${counted(divisions, '个')}是新疆生产建设兵团的师。两者是不同的管理体系，对口支援也分别结对。一篇报道可以提到几个地区；每个地区页列出所有把它列为受援方的报道，无论是主要受援方还是报道另述的受援方。`,
    count: (n: number) => `${n} 篇报道`,
  },
  region: {
    description: (name: string, n: number) => `${name}：本档案中把它列为受援方的报道（${n} 篇）。`,
    kindNoteTitle: { 'xuar-prefecture': '自治区的地州是什么', 'xpcc-division': '兵团的师是什么' },
    otherKind: (name: string) => `另一类是${name}（`,
    otherKindIn: '本档案中有',
    otherKindNone: '本档案中尚无',
    otherKindAfter: { 'xuar-prefecture': '），它们自成体系，不属于自治区的地州。', 'xpcc-division': '），属于自治区的行政体系。' },
    mentions: '把它列为受援方的报道',
    count: (n: number) => `${n} 篇`,
    none: '本档案暂无把它列为受援方的报道。',
  },
  glossary: {
    title: '术语表',
    description: '对口援疆报道中反复出现的术语：简繁两种字形、拼音、释义，以及各篇报道中的出处。',
    intro: (reports: number) =>
      `对口援疆报道反复使用一套行政和政策用语，本表为不熟悉这些用语的读者而设。每个词条给出简体和繁体两种写法、拼音和简短的释义，统计${counted(reports, '篇')}报道中用到它的段落（¶）和小标题（§），列出最先的几处，全部出处见词条的专页（以两种字形检索报道全文，于建站时生成）。报道正文里，每个术语在该篇段落中首次出现处链接到这里。`,
    index: '词条索引',
    group: { programme: '对口援疆的基本概念', corps: '兵团及其层级', forms: '援疆的方式', policy: '政策用语' },
    variants: '相关用语：',
    variantHant: (text: string) => `（${text}）`,
    none: (reports: number) => `${counted(reports, '篇')}报道的正文中未出现。`,
    usesSep: '：',
    usage: (reports: number, paragraphs: number, headings: number) =>
      `见于${counted(reports, '篇')}报道的 ${paragraphs} 个段落${headings > 0 ? `和 ${headings} 个小标题` : ''}。`,
    allUses: (n: number) => `全部出处（${n} 处）`,
    termTitle: (_pinyin: string, hans: string) => `术语：${hans}`,
    termDescription: (_pinyin: string, hans: string, reports: number) =>
      `“${hans}”在${counted(reports, '篇')}报道中的每一处出处：段落（¶）与小标题（§）。`,
    termLede: (reports: number) => `以两种字形检索${counted(reports, '篇')}报道全文，于建站时生成；粗体的一处是报道正文链接到本词条的地方。`,
    headingUse: (n: number, count: number, text: string) =>
      `§${n}${count > 1 ? `×${count}` : ''}：第 ${n} 个小标题“${text}”${count > 1 ? `（${count} 处）` : ''}`,
    paragraphUse: (n: string, count: number, paragraph: string, first: boolean) =>
      `¶${n}${count > 1 ? `×${count}` : ''}：${paragraph}${count > 1 ? `（${count} 处）` : ''}${first ? '，首次出现' : ''}`,
  },
  changes: {
    title: '更改记录',
    description: '报道首次发布后对其文字或数据的每一处更改：日期、位置、内容与原因。',
    intro:
      '报道首次发布后，对其记录（元数据、说明、修复记录或项目数据）所做的每一处更改都记在这里：日期、涉及的报道与位置或字段、改前与改后、为什么改。每条更改也以勘误形式显示在相应报道的页面上。',
    reason: '原因：',
  },
  notFound: {
    title: '页面不存在',
    text: '找不到这个页面。',
    home: '返回首页',
  },
};

/**
 * The about page (src/components/pages/AboutPage.astro), section by section. `{}` in a
 * sentence marks where the page puts an element of its own (a code name, a link, a sample),
 * in order; the sentence is split there.
 */
const about = {
  title: '关于本站',
  description: '援疆档案是什么、原始抓取是什么，以及每篇报道是如何一步步清理和修复的。',
  toc: {
    what: '本站是什么',
    captures: '原始抓取',
    pipeline: '清理步骤',
    certainty: '修复的可信度',
    editorial: '编者的话与原文',
    data: '数据与引用',
    search: '搜索',
  },
  what: {
    p1: (site: string, reports: number, provinces: readonly string[], cities: readonly string[]) =>
      `${site}收录 ${reports} 篇关于对口援疆的中文新闻报道，记述${series(provinces)}${counted(provinces.length, '省')}（及其${series(cities)}等市）对口支援新疆维吾尔自治区的地州、县市和新疆生产建设兵团的师、团场。报道来自网页抓取，抓取下来的文本夹着网页的导航、广告和版权行，有的还被网站加上了拼音注音，个别段落因编码错误成了乱码；抓取工具又把全角标点换成了半角。`,
    p2: '本站把每篇报道保存三份：原始抓取文本（一字不改，附 SHA-256 校验值）；清理后的阅读正文，沿用原文的字形（简体或繁体）；以及一份记录，说明清理删了什么、改了什么、修复了什么、哪里修不回来。读者在报道页上看到的每一处修复都标了出来，点开即可看到乱码原样和修复依据。每篇报道另附据报道整理的项目概要和关键数字；每个数字都链接到它在报道中的原句。',
    /** The English site adds a paragraph on its translations; empty here. */
    translations: '',
    rights: '报道版权归原刊发媒体所有，此处仅作存档与研究之用。',
  },
  captures: {
    p1: (first: string, last: string) =>
      `每篇报道源自一个纯文本文件：网页抓取工具保存下来的页面文字，按抓取顺序编号 ${first}–${last}（本站的报道顺序和“上一篇／下一篇”都按这个编号）。这些文件原样存放、原样提供下载，字节不改；报道页的“来源与处理”列出文件的行数和 SHA-256，测试会核对下载到的字节。清理记录（ledger）逐行说明文件的每一行去了哪里：留作正文（段落、小标题或图片说明），移入元数据（标题、日期、作者、编辑、来源），或作为网页框架删除（附理由）。`,
    caption: '原始抓取文件与清理记录',
    colNo: '编号',
    colReport: '报道',
    colCapture: '原始抓取',
    colLedger: '清理记录',
    colLines: '行数',
    ledgerJson: '逐行 JSON',
  },
  pipeline: {
    intro: (reports: number, dropped: number, metadata: number, pinyin: number, punctuation: number, restorations: number) =>
      `清理由一个程序完成（仓库中的 {}），每一步都是明确的规则；凡规则说不清的地方，程序就停下来报错，交由人工审阅。${counted(reports, '篇')}报道合计：删除网页框架 ${dropped} 行，移入元数据 ${metadata} 行，删除拼音注音 ${pinyin} 处，恢复全角标点 ${punctuation} 处，修复或标记乱码 ${restorations} 处。`,
    chromeTitle: '逐行分类与清理记录',
    chrome:
      '每个抓取文件都有一份人工审定的规则：正文从哪一行开始、到哪一行结束，哪些行是面包屑导航、分享按钮、相关文章、广告、版权和备案信息、垃圾关键词等网页框架。每一行都归入“正文”“元数据”或“删除”之一，删除必须注明理由；正文范围之外没有规则认领的行会让程序报错，所以不会有行被悄悄丢掉。结果写入清理记录（{}，本站也提供下载）。',
    metadataTitle: '元数据',
    metadata: (undated: number, numbers: string) =>
      `标题、副题、发布日期和时间、记者与通讯员、编辑和审校、首发媒体、转载途径、抓取来源，从它们所在的行里读出，移到报道页的“来源与处理”，按原文顺序和原文写法保存。同一项在两处写法不同时程序报错。原文没有注明日期的${counted(undated, '篇')}（抓取 ${numbers}），给出估计的时间范围，并逐条列出依据（所在行和理由）；`,
    untitled: (untitled: number, numbers: string) => `原文没有标题的${counted(untitled, '篇')}（抓取 ${numbers}），说明标题取自何处。`,
    mojibakeTitle: '乱码修复（GBK 错位重解）',
    mojibake: (damaged: number, numbers: string) =>
      `${counted(damaged, '篇')}报道（抓取 ${numbers}）有一部分文字在网站上被错误解码：GBK 编码的文字从错开一个字节的位置读起，每个显示出来的“字”其实是前一个字的后半个字节加后一个字的前半个字节，于是成了不相干的字。修复时把这段乱码重新编码为 GBK 字节，补上在别处幸存的边缘字节，再从正确的位置严格解码（全部通过 iconv-lite 的 GBK／代码页 936 码表，不用手写对照表）。有的字只幸存一个字节，有的字一个字节也没有留下，这时借助上下文或网站的拼音注音判断用字，可信度相应标为“推断”；原字无从得知的，按惯例补入并标为“补入”。每一处都由人逐字节核对，写成一条修复记录（{}），注明乱码原样、修复结果、可信度和依据；程序只把审定过的记录套用到正文，并拒绝任何还带着未审阅乱码的抓取。这一步在去除拼音之前进行，因为有的乱码恰好连着网站加的拼音。`,
    pinyinTitle: '拼音注音',
    pinyin: '有的网站在汉字后面加了括号拼音，如{}。程序只删除紧跟在汉字后面、由完整拼音音节构成的括号，所以“(km)”“(app)”这类真正的括号不受影响。',
    punctuationTitle: '全角标点',
    punctuation:
      '抓取工具把全角标点统一成了半角（逗号、冒号、括号等）。程序在中文语境中把它们恢复为全角：一个标点左右最近的非空白字符是中文时才恢复，两个数字之间的（如“09:10”“1,000”）保持原样；括号成对处理。',
    structureTitle: '结构',
    structure:
      '正文每一行定为段落、小标题或图片说明。小标题是开启一节的短行，不带句末标点；图片说明按各抓取文件自己的规则识别。原网页的图片没有保存下来，页面上以“图片未存档”的方框代替，说明文字照录。',
    safetyTitle: '安全转义',
    safety:
      '正文以 MDX 格式保存。原文中可能被当作标记或代码的 ASCII 符号（尖括号、花括号、星号、下划线、方括号等）一律转义，显示时还原成原字符：抓取里写的是什么，页面上就显示什么，不会被当作标记执行，也不会丢字。报道页不带任何脚本。',
    anchorsTitle: '段落锚点',
    anchors:
      '段落按阅读顺序编号为 p1、p2……（图片为 f1、f2……），写进正文文件，只有正文本身改变时编号才会变。段落左侧的小号数字就是它的永久链接（如 {}），项目概要中的数字都链接到这些锚点。重新运行清理会检查输出是否与存档一致，任何变化都需要人工复核。',
    last: '最后，自动测试逐段比对网页上显示的文字与清理结果，保证中英文之间的空格、引号和破折号一个不多、一个不少。',
  },
  certainty: {
    intro:
      '每处修复都在正文中就地标出：修复的文字带底纹和下划线，后面有上标编号，链接到文末“修复说明”中的同号条目，条目列出乱码原样、修复结果、可信度和依据。下划线的样式区分可信度，不只靠颜色。',
    count: (n: number) => `（${n} 处）`,
    certain:
      '判定规则：修复出的每一个字都至少有一个字节留在抓取中，其余字节由 GBK 码表唯一确定（借助网站注音时，注音只对应一个候选字），不依靠语义或上下文。点线下划线。',
    inferred:
      '不满足上条：至少有一个字只凭一个幸存字节加上下文、或完全凭上下文确定，例如同篇别处的写法、对仗的句式；或所凭的网站注音可能不合标准读音。依据中写明哪些字节是确定的、哪些靠上下文。虚线下划线。',
    supplied: '原字无从得知，编者按惯例补入一个符号代替，例如译名中间的间隔号。正文中以〔 〕标出。虚线下划线。',
    unrecoverable: '无法恢复：字节已经丢失，上下文也不足以确定。正文中以〔缺〕标出，不作猜测。',
  },
  editorial: {
    lead: '正文以抓取为准。',
    p1: '删去的只是网页框架和拼音注音，改动的只是标点的全角半角；修复的每一处都写明依据（字节、字节加上下文，或仅凭上下文）并标明可信度，编者按惯例补入的符号标为“补入”，修不回来的标为缺文。原文没有的日期和标题，本站不替它补上，只在“来源与处理”中给出估计并说明依据。',
    p2: '报道页的“项目概要”是本档案整理的数据：支援方与受援方、时段、批次、主题和关键数字。其中引号里的原句、数值、地名和时段都逐字取自报道，构建时会逐条核对它们确实出现在所链接的段落里；数字的名称（如“援疆资金累计投入”）、主题词和“编者摘要”则是本档案编者所写，页面上标为{}，不是报道原文。',
    tag: '编者摘要 · editorial',
  },
  data: {
    programmes: '项目数据（JSON）',
    programmesNote: '：每篇报道的项目概要，含引文、段落锚点和永久链接。',
    figures: '关键数字（CSV）',
    figuresNote: '：每个数字一行，含原文数值、折算数值、原句和段落链接。',
    captures: '每篇报道的原始抓取和清理记录：见上文“原始抓取”一节的表格。',
    cite: '每篇报道页末有“引用本文”，给出永久链接和两种引文格式（GB/T 7714-2015、Chicago 注释—书目体）。引用日期取本站的构建日期：所引即那次构建所展示的文本。原文未注明日期的，引文中的日期放在方括号内，表示估计。GB/T 7714 格式中，本档案既是报道所在的汇编（“//”之后），也是其出版者；首发媒体注于网址之后（“原载”），原文未注明首发媒体的不予著录。',
  },
  search: {
    title: '搜索如何工作',
    /** The English site explains its search here itself; empty here, where SearchExplainer does. */
    note: '',
    placeholder: '站内搜索的说明将在这里给出。',
  },
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

export const zhHans = { chrome, report, apparatus, charts, browse, pages, about, translation, search, searchResults };

/** The shape every language's wording has. */
export type Dictionary = typeof zhHans;
