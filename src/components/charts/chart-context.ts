/**
 * What every chart component starts from: the archive, its wording in the page's
 * language, the supporters' colours, each report's script, and the `lang` attribute for
 * text printed in another script than the page's.
 */
import { archive } from '../../lib/content';
import { titlesIn } from '../../lib/reports';
import { supporterColours } from '../../lib/charts/palette';
import { ourText, wording, type Lang } from '../../i18n';

export async function chartContext(lang: Lang) {
  const data = await archive();
  const titles = await titlesIn(lang);
  return {
    ...data,
    t: wording(lang).charts,
    colour: supporterColours(data.provinces),
    /** Each report's script, by slug. */
    scripts: Object.fromEntries(data.reports.map((r) => [r.id, r.data.script] as const)),
    /** lang for text printed in `script`, where it differs from the page's. */
    langAttr: (script: Lang) => (script === lang ? undefined : script),
    /** A report's title on the page: the report's own in its script, or on an English page its translation's (with the lang it needs). */
    reportTitle: (slug: string): { text: string; lang: Lang | undefined } => {
      const title = titles(slug);
      return { text: title.text, lang: title.script === null || title.script === lang ? undefined : title.script };
    },
    /** A column name without its parenthesis, as the label of a cell on narrow screens. */
    short: (label: string) => label.replace(/\s*[（(].*[）)]/, ''),
    /** Our title of a programme, in the page's language. */
    programmeTitle: (slug: string): string => {
      const p = data.programmes.find((x) => x.slug === slug)!;
      return ourText(lang, { zh: p.title, en: p.titleEn });
    },
  };
}
