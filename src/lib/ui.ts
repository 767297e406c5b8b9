/**
 * Interface wording in both scripts, so that a page's chrome matches its <html lang>.
 * The site name stays 援疆档案 everywhere and is marked lang="zh-Hans" on zh-Hant pages.
 */
export type Lang = 'zh-Hans' | 'zh-Hant';

export const SITE_NAME = '援疆档案';
export const SITE_NAME_LANG: Lang = 'zh-Hans';

const zhHans = {
  home: '首页',
  reports: '报道',
  restorationNotes: '修复说明',
  provenance: '来源与处理',
  outlet: '首发媒体',
  via: '转载途径',
  capturedFrom: '抓取来源',
  published: '发布日期',
  notStated: '原文未注明',
  estimate: '估计',
  evidence: '依据',
  line: (n: number) => `第 ${n} 行`,
  authors: '作者',
  editors: '编辑',
  script: '原文字形',
  scriptName: { 'zh-Hans': '简体（按原样）', 'zh-Hant': '繁体（按原样）' },
  sha256: 'SHA-256',
  rawCapture: '原始抓取文本',
  download: '下载',
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
  certaintyName: { certain: '确定', inferred: '推断', unrecoverable: '无法恢复' },
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
  noRestorations: '本篇无修复。',
  titleNote: '标题说明',
  paragraph: (n: string) => `第 ${n} 段`,
};

export type UiStrings = typeof zhHans;

const zhHant: UiStrings = {
  home: '首頁',
  reports: '報道',
  restorationNotes: '修復說明',
  provenance: '來源與處理',
  outlet: '首發媒體',
  via: '轉載途徑',
  capturedFrom: '抓取來源',
  published: '發布日期',
  notStated: '原文未註明',
  estimate: '估計',
  evidence: '依據',
  line: (n: number) => `第 ${n} 行`,
  authors: '作者',
  editors: '編輯',
  script: '原文字形',
  scriptName: { 'zh-Hans': '簡體（按原樣）', 'zh-Hant': '繁體（按原樣）' },
  sha256: 'SHA-256',
  rawCapture: '原始抓取文本',
  download: '下載',
  lines: (n: number) => `${n} 行`,
  cleaning: '清理統計',
  cleaningLabels: {
    articleLines: '正文行',
    metadataLines: '元數據行',
    droppedLines: '刪除行',
    pinyinAnnotationsRemoved: '刪除拼音注音',
    punctuationRestored: '恢復標點',
    duplicateTitleLines: '重複標題行',
  },
  garbled: '原文亂碼',
  restored: '修復為',
  unrecoverable: '無法恢復',
  certainty: '可信度',
  certaintyName: { certain: '確定', inferred: '推斷', unrecoverable: '無法恢復' },
  kindName: {
    'gbk-realigned': 'GBK 錯位重解',
    'lost-character': '缺失字符',
    'html-residue': 'HTML 殘留',
    gap: '缺文',
  },
  basis: '依據',
  backToText: '返回正文',
  restoredMark: (id: string) => `修復處 ${id}，見修復說明`,
  gapMark: (id: string) => `此處原文缺失，無法恢復，見修復說明 ${id}`,
  gapGlyph: '〔缺〕',
  lostImage: '圖片未存檔',
  noRestorations: '本篇無修復。',
  titleNote: '標題說明',
  paragraph: (n: string) => `第 ${n} 段`,
};

const strings: Record<Lang, UiStrings> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant };

export function ui(lang: Lang): UiStrings {
  return strings[lang];
}
