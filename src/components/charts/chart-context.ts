/**
 * What every chart component starts from: the archive, its wording in the page's
 * language, the supporters' colours, each report's script, and the `lang` attribute for
 * text printed in another script than the page's.
 */
import { archive } from '../../lib/content';
import { supporterColours } from '../../lib/charts/palette';
import { wording, type Lang } from '../../i18n';

export async function chartContext(lang: Lang) {
  const data = await archive();
  return {
    ...data,
    t: wording(lang).charts,
    colour: supporterColours(data.provinces),
    /** Each report's script, by slug. */
    scripts: Object.fromEntries(data.reports.map((r) => [r.id, r.data.script] as const)),
    /** lang for text printed in `script`, where it differs from the page's. */
    langAttr: (script: Lang) => (script === lang ? undefined : script),
  };
}
