/**
 * Wording of the editorial apparatus (view switch, key, interventions, glossary,
 * changes) in both scripts. Short English glosses are marked lang="en" where shown.
 */
import type { Lang } from '../ui';

const hans = {
  views: '版本与视图',
  scriptGroup: '字形',
  viewGroup: '视图',
  scriptLabel: { 'zh-Hans': '简体', 'zh-Hant': '繁體' } as Record<Lang, string>,
  asCaptured: '原文字形',
  machine: '机器转换',
  capturedScript: (s: Lang): string => (s === 'zh-Hant' ? '原文为繁体字' : '原文为简体字'),
  reading: '整理本',
  readingEn: 'as restored',
  captured: '原始抓取',
  capturedEn: 'as captured',
  interventions: '校勘记',
  interventionsEn: 'interventions',
  key: '符号说明',
  keyEn: 'key to the marks',
  conversionNotice: (from: string, to: string) =>
    `本页是由${from}机器转换而成的${to}版本（OpenCC，词组级转换），仅供阅读；引用与核对请以原文为准。段落编号、修复标记与修复说明与原文一致。`,
  toOriginal: '查看原文',
  paraInOther: (s: Lang, n: string) => `${s === 'zh-Hans' ? '简体' : '繁体'}版第 ${n} 段`,
  paraInOriginal: (n: string) => `原文第 ${n} 段`,
  lineInCapture: (n: number) => `原始抓取第 ${n} 行`,
  captureIntro: (lines: number, total: number) =>
    `下面逐行列出原始抓取中属于正文的 ${lines} 行（全文共 ${total} 行），文字与抓取完全一致：网站加注的拼音、半角标点和乱码都原样保留。行号即原始抓取的行号。`,
  omitted: (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`),
  omittedWhy: '不属正文（元数据或删除），见清理记录',
  toReading: '整理本',
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
  glossaryEn: 'Glossary',
  changes: '更改记录',
  changesEn: 'Changelog',
  errata: '勘误与更改',
  changeBefore: '原为',
  errataCount: (n: number, latest: string) => `${n} 条，最近一条 ${latest}`,
  changeAfter: '改为',
  changeNone: '（无）',
  noChanges: '首次发布以来，报道的文字与数据尚无更改。',
  exports: '导出引用',
  originalForm: '原文',
};

export type ApparatusStrings = typeof hans;

const hant: ApparatusStrings = {
  views: '版本與視圖',
  scriptGroup: '字形',
  viewGroup: '視圖',
  scriptLabel: { 'zh-Hans': '简体', 'zh-Hant': '繁體' },
  asCaptured: '原文字形',
  machine: '機器轉換',
  capturedScript: (s: Lang) => (s === 'zh-Hant' ? '原文為繁體字' : '原文為簡體字'),
  reading: '整理本',
  readingEn: 'as restored',
  captured: '原始抓取',
  capturedEn: 'as captured',
  interventions: '校勘記',
  interventionsEn: 'interventions',
  key: '符號說明',
  keyEn: 'key to the marks',
  conversionNotice: (from: string, to: string) =>
    `本頁是由${from}機器轉換而成的${to}版本（OpenCC，詞組級轉換），僅供閱讀；引用與核對請以原文為準。段落編號、修復標記與修復說明與原文一致。`,
  toOriginal: '查看原文',
  paraInOther: (s: Lang, n: string) => `${s === 'zh-Hans' ? '簡體' : '繁體'}版第 ${n} 段`,
  paraInOriginal: (n: string) => `原文第 ${n} 段`,
  lineInCapture: (n: number) => `原始抓取第 ${n} 行`,
  captureIntro: (lines: number, total: number) =>
    `下面逐行列出原始抓取中屬於正文的 ${lines} 行（全文共 ${total} 行），文字與抓取完全一致：網站加註的拼音、半角標點和亂碼都原樣保留。行號即原始抓取的行號。`,
  omitted: (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`),
  omittedWhy: '不屬正文（元數據或刪除），見清理記錄',
  toReading: '整理本',
  interventionsIntro:
    '清理與修復對原始抓取所做的每一處改動，按抓取行排列：亂碼修復（附依據）、刪除的拼音注音、恢復的全角標點。每條都鏈接到整理本和原始抓取的同一位置。',
  pinyinRemoved: '刪除拼音注音',
  punctRestored: '恢復全角標點',
  trimmed: '去除行首行尾空白',
  restoration: '修復',
  gap: '缺文',
  none: '此行未改動。',
  totals: '合計',
  glossary: '術語表',
  glossaryEn: 'Glossary',
  changes: '更改記錄',
  changesEn: 'Changelog',
  errata: '勘誤與更改',
  changeBefore: '原為',
  errataCount: (n: number, latest: string) => `${n} 條，最近一條 ${latest}`,
  changeAfter: '改為',
  changeNone: '（無）',
  noChanges: '首次發布以來，報道的文字與數據尚無更改。',
  exports: '導出引用',
  originalForm: '原文',
};

export function apparatusUi(lang: Lang): ApparatusStrings {
  return lang === 'zh-Hant' ? hant : hans;
}
