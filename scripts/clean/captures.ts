import type { EditorialNote } from '../../src/core/schemas/note';
import type { DropReason, MetadataField } from './ledger';
import { DATELINE, people, type MetadataPatch } from './metadata';

/**
 * A rule for one kind of line, matched against the line with surrounding white space
 * trimmed. Rules apply anywhere in the capture; lines between the article's first and
 * last line that no rule claims are the article.
 */
export type LineRule =
  { match: RegExp; drop: DropReason; why: string } | { match: RegExp; metadata: MetadataField; read: (match: RegExpMatchArray) => MetadataPatch };

export interface Evidence {
  line: number;
  note: EditorialNote;
}

/** Everything the pipeline needs to know about one capture; reviewed by hand. */
export interface CaptureConfig {
  file: string;
  slug: string;
  script: 'zh-Hans' | 'zh-Hant';
  /** The first and last lines of the article text (trimmed). */
  article: { first: RegExp; last: RegExp };
  rules: LineRule[];
  /** Photo captions standing alone between paragraphs (the images were not captured). */
  isCaption?: (rawLine: string) => boolean;
  /** Metadata stated inside article lines, which stay in the text. */
  readFromArticle?: { match: RegExp; read: (match: RegExpMatchArray) => MetadataPatch }[];
  /** For captures that print no headline: where the title comes from. */
  titleNote?: EditorialNote;
  /** For captures that state no publication date. */
  undated?: { estimate: string; evidence: Evidence[] };
}

const dateline = (match: RegExpMatchArray): MetadataPatch => ({ date: match[1], time: match[2] });

/** 001 prints 責任編輯 admin: kept as printed, with what it most likely is. */
const ADMIN_ACCOUNT: EditorialNote = {
  zh: '抓取中的责任编辑印作{L34:責(zé)任編輯:admin}。这里照录 admin，但它很可能是原网站内容管理系统的帐号，而不是人名。',
  en: 'The capture prints the responsible editor as {L34:責(zé)任編輯:admin}. The name admin is kept as printed, but it is most likely the hosting site’s content-management account, not a person’s name.',
};

/** 002 names its reporter only in the dateline's brackets; the role is inferred from the convention. */
const DATELINE_REPORTER: EditorialNote = {
  zh: '抓取中没有印出{q:王建国}的身份“记者”；这是依据中国新闻网（{q:中新网}）电头的惯例推断的：记者的姓名放在{q:电}字之后的括号里，如{L10:中新网兵团新闻8月3日电(王建国)}。',
  en: 'The capture does not print the role 记者 (reporter) for {q:王建国}; it is inferred from the dateline convention of China News Service ({q:中新网}), in which the reporter’s name stands in brackets after {q:电}: {L10:中新网兵团新闻8月3日电(王建国)}.',
};

export const CAPTURES: readonly CaptureConfig[] = [
  {
    file: '000_135aae545a4bb161.txt',
    slug: 'shandong-12th-division',
    script: 'zh-Hant',
    article: { first: /^2015年8月——2025年8月/, last: /^另外,10年不輟/ },
    rules: [
      { match: /^天堂va欧美/, drop: 'spam', why: 'adult-site keywords before the page' },
      { match: /^您當前的位置:/, drop: 'breadcrumb', why: '您當前的位置: 首頁 > 今日要聞' },
      { match: /^山東援兵團十年間$/, metadata: 'title', read: (m) => ({ title: m.input! }) },
      {
        match: new RegExp(`${DATELINE.source} 編輯:(\\S+)$`),
        metadata: 'dateline',
        read: (m) => ({ ...dateline(m), editors: people('編輯', m[3]!) }),
      },
      { match: /^搭建平臺引才聚智 /, metadata: 'deck', read: (m) => ({ deck: m.input! }) },
      {
        match: /^\((大眾新聞)記者 (\S+) 通訊員 (.+)\)$/,
        metadata: 'byline',
        read: (m) => ({ authors: [...people('記者', m[2]!), ...people('通訊員', m[3]!)] }),
      },
      { match: /^來源:(.+)$/, metadata: 'outlet', read: (m) => ({ outlet: m[1] }) },
      { match: /^編輯:(.+)$/, metadata: 'editors', read: (m) => ({ editors: people('編輯', m[1]!) }) },
      { match: /^([一二三]審):(.+)$/, metadata: 'review', read: (m) => ({ editors: people(m[1]!, m[2]!) }) },
      { match: /^新派新聞$/, metadata: 'capturedFrom', read: (m) => ({ capturedFrom: m[0] }) },
      { match: /^新聞熱線:/, drop: 'siteFooter', why: 'news hotline of the hosting site' },
      { match: /^版權所有 /, drop: 'copyright', why: 'copyright of 濰坊市融媒體中心, the hosting site' },
      { match: /^魯ICP備/, drop: 'licence', why: 'ICP registration number' },
      { match: /^井冈山市\| 界首市\|/, drop: 'spam', why: 'list of place names planted for search engines' },
    ],
  },
  {
    file: '001_682004c81572a2c1.txt',
    slug: 'dongying-shule',
    script: 'zh-Hant',
    article: { first: /^絲綢之路奔騰入海/, last: /^黃河之水潤/ },
    rules: [
      { match: /^魯疆同心 齊美中華 /, metadata: 'title', read: (m) => ({ title: m.input! }) },
      { match: /^三載援疆 累結/, metadata: 'deck', read: (m) => ({ deck: m.input! }) },
      {
        match: /^責任編輯:(.+)$/,
        metadata: 'editors',
        read: (m) => ({ editors: people('責任編輯', m[1]!).map((p) => ({ ...p, note: ADMIN_ACCOUNT })) }),
      },
      { match: /^下一篇:/, drop: 'nextArticle', why: 'title of the next article on the site' },
      { match: /^隨便看看:$/, drop: 'relatedArticles', why: '“隨便看看” (browse around) list heading' },
      { match: /^- \[分析\]/, drop: 'relatedArticles', why: 'entry of the “隨便看看” list' },
      { match: /^相關推薦:$/, drop: 'relatedArticles', why: '“相關推薦” (recommended) heading' },
      { match: /^網友評論:$/, drop: 'comments', why: '“網友評論” (reader comments) heading' },
      { match: /^推薦使用友言、多說/, drop: 'comments', why: 'placeholder text of the comment plug-in' },
      { match: /^- (?!\[分析\])/, drop: 'advertisements', why: 'sponsored link under the comment box' },
    ],
    undated: {
      estimate: '2022-10/2023-06',
      evidence: [
        {
          line: 4,
          note: {
            zh: '{q:以學習貫徹黨的二十大精神為主題}：写于党的二十大（2022年10月）之后。',
            en: '{q:以學習貫徹黨的二十大精神為主題}: written after the 20th Party Congress (October 2022).',
          },
        },
        {
          line: 4,
          note: {
            zh: '{q:自2020年3月山東省第十批東營市援疆干部人才進疆以來}：第十批援疆干部人才于2020年3月进疆。',
            en: '{q:自2020年3月山東省第十批東營市援疆干部人才進疆以來}: the tenth batch arrived in March 2020.',
          },
        },
        {
          line: 2,
          note: {
            zh: '{q:三載援疆 累結碩果 山東省第十批東營援疆工作綜述}：回顾这一批三年的援疆工作，即大约写于2023年这一批任期结束之时。',
            en: '{q:三載援疆 累結碩果 山東省第十批東營援疆工作綜述}: a review of the batch’s three years, i.e. around their end in 2023.',
          },
        },
        {
          line: 9,
          note: {
            zh: '{q:三年來，省市兩級財政累計投入援疆資金13.56億元}：三年的累计数。',
            en: '{q:三年來，省市兩級財政累計投入援疆資金13.56億元}: totals over three years.',
          },
        },
      ],
    },
  },
  {
    file: '002_9aad51f88f39f515.txt',
    slug: 'taizhou-alar',
    script: 'zh-Hans',
    article: { first: /^中新网兵团新闻8月3日电/, last: /^在医疗援疆方面/ },
    rules: [
      { match: /^中新网·兵团$/, metadata: 'capturedFrom', read: (m) => ({ capturedFrom: m[0] }) },
      { match: /^中新网首页\|/, drop: 'navigation', why: 'links to the regional channels of the site' },
      { match: /^我们的微信$/, drop: 'siteWidget', why: 'WeChat follow widget' },
      { match: /^台州援疆工作巡礼:/, metadata: 'title', read: (m) => ({ title: m.input! }) },
      {
        match: new RegExp(`${DATELINE.source} 来源:(\\S+)$`),
        metadata: 'dateline',
        read: (m) => ({ ...dateline(m), outlet: m[3] }),
      },
      { match: /^字号:$/, drop: 'siteWidget', why: 'font-size widget' },
      { match: /^\(编辑:(.+)\)$/, metadata: 'editors', read: (m) => ({ editors: people('编辑', m[1]!) }) },
    ],
    // Paragraphs are indented; the captions of the (lost) photos are not.
    isCaption: (rawLine) => !/^\s/.test(rawLine),
    readFromArticle: [
      {
        match: /^中新网兵团新闻8月3日电\((\S+?)\)/,
        read: (m) => ({ authors: people('记者', m[1]!).map((p) => ({ ...p, roleSource: 'inferred', note: DATELINE_REPORTER })) }),
      },
    ],
  },
  {
    file: '003_62f332757297812e.txt',
    slug: 'shanxi-changji-6th-division',
    script: 'zh-Hans',
    article: { first: /^“民生援疆增福祉/, last: /^文旅融合“润业”/ },
    rules: [
      { match: /^青山一道同云雨,明月何曾是两乡。$/, metadata: 'title', read: (m) => ({ title: m.input! }) },
      { match: /^\(来源:(.+)\)$/, metadata: 'outlet', read: (m) => ({ outlet: m[1] }) },
      { match: /^\[编辑:(.+)\]$/, metadata: 'editors', read: (m) => ({ editors: people('编辑', m[1]!) }) },
      { match: /^\|$/, drop: 'separator', why: 'a lone “|” left by the page layout' },
    ],
    titleNote: {
      zh: '抓取中没有标题；它的第一行是置于正文之上的一联诗句{q:青山一道同云雨，明月何曾是两乡。}，用作标题。',
      en: 'The capture prints no headline; its first line, a couplet set above the article, {q:青山一道同云雨，明月何曾是两乡。}, serves as the title.',
    },
    undated: {
      estimate: '2023-09',
      evidence: [
        {
          line: 2,
          note: {
            zh: '{q:秋阳杲杲，9月1日，初入山西省援疆前方指挥部}：记者于9月1日到访。',
            en: '{q:秋阳杲杲，9月1日，初入山西省援疆前方指挥部}: the reporter’s visit on 1 September.',
          },
        },
        {
          line: 3,
          note: {
            zh: '{q:2023年5月，山西省第五批援疆干部人才来到新疆}：第五批援疆干部人才于2023年5月抵达新疆。',
            en: '{q:2023年5月，山西省第五批援疆干部人才来到新疆}: the fifth batch arrived in May 2023.',
          },
        },
        {
          line: 14,
          note: {
            zh: '{q:5月援疆}……{q:不到4个月时间里}：5月之后不到四个月，即至迟在9月。',
            en: '{q:5月援疆}…{q:不到4个月时间里}: fewer than four months after May, i.e. by September.',
          },
        },
        {
          line: 20,
          note: {
            zh: '{q:精心组织2023年“春雨工程”文艺演出、书画展览、业务培训等系列活动}：2023年的活动，报道时已经办完。',
            en: '{q:精心组织2023年“春雨工程”文艺演出、书画展览、业务培训等系列活动}: events of 2023 reported as done.',
          },
        },
      ],
    },
  },
  {
    file: '004_c023152330cebe12.txt',
    slug: 'huzhou-keping',
    script: 'zh-Hans',
    article: { first: /^2023年4月,第十批、第十一批/, last: /^坚守初心担使命/ },
    rules: [
      { match: /^中新网$/, metadata: 'capturedFrom', read: (m) => ({ capturedFrom: m[0] }) },
      { match: /^分享到:$/, drop: 'siteWidget', why: 'share widget' },
      {
        match: /^湖州市援疆指挥部:万里征程守初心 倾情援疆担使命$/,
        metadata: 'title',
        read: (m) => ({ title: m.input! }),
      },
      {
        match: new RegExp(`${DATELINE.source} 来源:(\\S+)$`),
        metadata: 'dateline',
        read: (m) => ({ ...dateline(m), via: [m[3]!] }),
      },
      { match: /^(湖州日报)专版刊发丨/, metadata: 'outlet', read: (m) => ({ outlet: m[1] }) },
      { match: /^来 源:(.+)$/, metadata: 'outlet', read: (m) => ({ via: [m[1]!] }) },
      { match: /^【编辑:(.+)】$/, metadata: 'editors', read: (m) => ({ editors: people('编辑', m[1]!) }) },
      { match: /^《中国新闻》·大美新疆$/, drop: 'siteFooter', why: 'section banner of the hosting site' },
      { match: /^本网站所刊载信息/, drop: 'legalNotice', why: 'disclaimer and reprint terms of 中新网' },
      { match: /^未经授权禁止转载/, drop: 'legalNotice', why: 'reprint prohibition of 中新网' },
      { match: /^\[网上传播视听节目许可证/, drop: 'licence', why: 'licence and ICP numbers, switchboard' },
      { match: /^制作:中新社新疆分社/, drop: 'siteFooter', why: 'production credit, technical-support and news hotlines' },
      { match: /^Copyright ©1999-2024 chinanews\.com/, drop: 'copyright', why: 'copyright of chinanews.com' },
    ],
    isCaption: (rawLine) => /^\s*图为/.test(rawLine),
  },
];
