/**
 * The interface wording, one dictionary per language, keyed by namespace (chrome, report,
 * apparatus, charts, browse): `wording(lang).report.provenance`. Simplified is written in
 * zh-Hans.ts; Traditional is derived from it (zh-Hant.ts). A new language is one file of
 * the same shape added to DICTIONARIES; tests/unit/i18n.test.ts checks it has every key.
 *
 * Templates take the language from their props (a report page's language is its script,
 * known only inside the page), so there is no Astro.locals middleware here.
 */
import { zhHans, type Dictionary } from './zh-Hans';
import { zhHant } from './zh-Hant';
import { en } from './en';
import { ourWordsIn } from '../lib/apparatus/convert';

export type { Dictionary };

export const DICTIONARIES = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en } satisfies Record<string, Dictionary>;

export type Lang = keyof typeof DICTIONARIES;

/** The two scripts a report is captured and converted in; English is a language of the interface and the translations only. */
export type Script = Exclude<Lang, 'en'>;

/** The languages with a site of their own: Chinese at the root (Simplified, with Traditional report editions), English under /en/. */
export type SiteLang = 'zh-Hans' | 'en';

/** The site a page in `lang` (or an hreflang) belongs to: Traditional pages are part of the Chinese site. */
export const siteLang = (lang: string): SiteLang => (lang === 'en' ? 'en' : 'zh-Hans');

export function wording(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** The other site's language: the language switch's and the counterpart's. */
export const otherSite = (lang: SiteLang): SiteLang => (lang === 'en' ? 'zh-Hans' : 'en');

/** Each site's language named in itself, for the language switch. */
export const LANGUAGE_NAME: Record<SiteLang, string> = { 'zh-Hans': '中文', en: 'English' };

/** The archive's title as a work, which citations quote as it is (援疆档案 on every page). */
export const SITE_NAME = zhHans.chrome.siteName;
export const SITE_NAME_LANG: Lang = 'zh-Hans';

/** The `lang` attribute of the site name in a page in `lang`: the English site keeps the Chinese name, in Simplified; a Chinese page shows it in its own script. */
export const siteNameLang = (lang: Lang): Lang | undefined => (lang === 'en' ? SITE_NAME_LANG : undefined);

/**
 * The `lang` attribute for text in `textLang` inside a page in `pageLang`: undefined when
 * they agree (the text inherits the page's lang), else `textLang`. Use it wherever text of
 * the other script sits in a page: our Simplified labels on a Traditional report page, a
 * Traditional report's title on a Simplified list.
 */
export function langAttr(textLang: Lang, pageLang: Lang): Lang | undefined {
  return textLang === pageLang ? undefined : textLang;
}

const NAME_FIELD = { 'zh-Hans': 'name', 'zh-Hant': 'nameHant', en: 'nameEn' } as const satisfies Record<Lang, string>;
const LABEL_FIELD = { 'zh-Hans': 'label', 'zh-Hant': 'labelHant', en: 'labelEn' } as const satisfies Record<Lang, string>;

/** A name the data keeps in each script and in English (provinces, regions), in the page's language. */
export function nameIn(lang: Lang, names: Record<(typeof NAME_FIELD)[Lang], string>): string {
  return names[NAME_FIELD[lang]];
}

/** A map label the data keeps in each script and in English (places), in the page's language. */
export function labelIn(lang: Lang, labels: Record<(typeof LABEL_FIELD)[Lang], string>): string {
  return labels[LABEL_FIELD[lang]];
}

/** Our own text kept in Simplified Chinese and in English (a field and its …En counterpart, e.g. a programme's title and titleEn), for the page. */
export function ourText(lang: Lang, text: { zh: string; en: string }): string {
  return lang === 'en' ? text.en : ourWordsIn(lang, text.zh);
}

/**
 * Text the data keeps as printed in a report's `script` and in English (a recipient's name
 * and nameEn): on an English page the English, on a Chinese one the printed text in the
 * page's script, each with the `lang` attribute it needs.
 */
export function printedText(lang: Lang, script: Script, text: { zh: string; en: string }): { text: string; lang: Lang | undefined } {
  return lang === 'en' ? { text: text.en, lang: undefined } : { text: ourText(lang, text), lang: langAttr(script, lang) };
}

/** Wording that follows a number, by the number's plural form: `one` for 1, `other` otherwise (Chinese has one form, and gives it twice). */
export function pluralForm(n: number, forms: { one: string; other: string }): string {
  return n === 1 ? forms.one : forms.other;
}
