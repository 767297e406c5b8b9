/**
 * Words on a page in any of the site's languages: our own (labels, summaries), which the
 * data keeps in Simplified and in English, and names the report prints, which the data
 * also gives in English.
 */
import type { Lang } from '../i18n';

/** The language of Chinese quoted on a page in `lang`: the report's script on an English page; none on a Chinese one, whose quotations keep the page's. */
export const quoteLangIn = <S extends Lang>(lang: Lang, script: S): S | undefined => (lang === 'en' ? script : undefined);

/** A printed name on a page in `lang`: as printed, or in English with the printed form to show beside it. */
export const printedName = (lang: Lang, printed: string, english: string): { text: string; original?: string } =>
  lang === 'en' ? { text: english, original: printed } : { text: printed };
