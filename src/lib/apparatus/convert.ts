/**
 * Simplified ↔ Traditional at build time with OpenCC (opencc-js), phrase-level:
 *
 * - Traditional → Simplified: from 'tw' to 'cn'. 'tw' reads both Taiwan and OpenCC-standard
 *   Traditional forms (為/爲, 裡/裏 …) before the phrase dictionary (TSPhrases) picks the
 *   Simplified form, so it accepts what the two Traditional captures actually use.
 * - Simplified → Traditional: from 'cn' to 'tw'. STPhrases resolves one-to-many characters
 *   by phrase (干部 → 幹部, 头发 → 頭髮, 里面 → 裡面) and the Taiwan character forms (為, 群, 眾,
 *   啟) match those of the archive's Traditional captures. Not 'twp': it would also swap
 *   vocabulary (软件 → 軟體), which is translation, not a change of script.
 *
 * Both directions keep the text's length for the five reports (tests/unit), which keeps
 * paragraph offsets valid across editions.
 */
import * as OpenCC from 'opencc-js';
import type { Lang, Script } from '../../i18n';

export type Edition = 'hans' | 'hant';

/** The opencc-js locales each script is converted from and to, named on the converted editions. */
export const OPENCC_CONFIG = {
  'zh-Hans': { from: 'tw', to: 'cn' },
  'zh-Hant': { from: 'cn', to: 'tw' },
} as const satisfies Record<Script, { from: string; to: string }>;

const toHans = OpenCC.Converter(OPENCC_CONFIG['zh-Hans']);
const toHant = OpenCC.Converter(OPENCC_CONFIG['zh-Hant']);

/** Converts text into `to` (the other script is assumed as the source); an English page keeps Chinese as given. */
export function convertTo(to: Lang, text: string): string {
  if (to === 'en') return text;
  return to === 'zh-Hans' ? toHans(text) : toHant(text);
}

export const otherScript = (lang: Script): Script => (lang === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans');
export const editionOf = (lang: Script): Edition => (lang === 'zh-Hans' ? 'hans' : 'hant');
export const langOf = (edition: Edition): Script => (edition === 'hans' ? 'zh-Hans' : 'zh-Hant');

/**
 * Corrections to OpenCC where its phrase table misreads our own prose: in 山东干部 it
 * takes 东干 (the Dungan people) as a word and leaves 干 for 幹. Reviewed; kept short.
 */
const HANT_CORRECTIONS = OpenCC.CustomConverter([['東干部', '東幹部']]);

/** Our own words (labels, summaries, notes), written in Simplified, in the page's script; as written on an English page. */
export function ourWordsIn(lang: Lang, text: string): string {
  return lang === 'zh-Hant' ? HANT_CORRECTIONS(toHant(text)) : text;
}
