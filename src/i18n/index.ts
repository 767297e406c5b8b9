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

export type { Dictionary };

export const DICTIONARIES = { 'zh-Hans': zhHans, 'zh-Hant': zhHant } satisfies Record<string, Dictionary>;

export type Lang = keyof typeof DICTIONARIES;

export function wording(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** The archive's title as a work, which citations quote as it is (援疆档案 on every page). */
export const SITE_NAME = zhHans.chrome.siteName;
export const SITE_NAME_LANG: Lang = 'zh-Hans';

/**
 * The `lang` attribute for text in `textLang` inside a page in `pageLang`: undefined when
 * they agree (the text inherits the page's lang), else `textLang`. Use it wherever text of
 * the other script sits in a page: our Simplified labels on a Traditional report page, a
 * Traditional report's title on a Simplified list.
 */
export function langAttr(textLang: Lang, pageLang: Lang): Lang | undefined {
  return textLang === pageLang ? undefined : textLang;
}

const NAME_FIELD = { 'zh-Hans': 'name', 'zh-Hant': 'nameHant' } as const satisfies Record<Lang, string>;
const LABEL_FIELD = { 'zh-Hans': 'label', 'zh-Hant': 'labelHant' } as const satisfies Record<Lang, string>;

/** A name the data keeps in each script (provinces, regions), in the page's language. */
export function nameIn(lang: Lang, names: Record<(typeof NAME_FIELD)[Lang], string>): string {
  return names[NAME_FIELD[lang]];
}

/** A map label the data keeps in each script (places), in the page's language. */
export function labelIn(lang: Lang, labels: Record<(typeof LABEL_FIELD)[Lang], string>): string {
  return labels[LABEL_FIELD[lang]];
}
