/**
 * The links <P> puts before a report paragraph (outside its text): to the same paragraph
 * in the other script, and to its line in the as-captured view. The marks inside the
 * text (restored punctuation, first uses of glossary terms) are added to the MDX tree at
 * compile time by src/plugins/.
 */
import type { ReportContext } from '../report-context';
import { wording, type Lang } from '../../i18n';
import { otherScript } from './convert';
import { capturedUrl, editionUrl } from './urls';

export interface CrossLink {
  href: string;
  label: string;
  title: string;
  lang?: Lang;
  kind: 'edition' | 'captured';
}

/** The cross-links of <P id>; null outside a real report (test fixtures), which get none. */
export function paragraphCrossLinks(ctx: ReportContext | undefined, id: string): CrossLink[] | null {
  if (!ctx?.apparatus) return null;
  const app = ctx.apparatus.report;
  const block = app.byAnchor.get(id);
  if (!block || block.block.kind !== 'paragraph') throw new Error(`report "${ctx.slug}": <P id="${id}"> is not in the report's body`);
  const script = app.data.script;
  const n = id.slice(1);
  const a = wording(ctx.lang).apparatus;
  const target = ctx.lang === script ? otherScript(script) : script;
  return [
    {
      kind: 'edition',
      href: editionUrl(ctx.slug, script, target, id),
      label: wording(target).report.scriptName[target].slice(0, 1),
      title: target === script ? a.paraInOriginal(n) : a.paraInOther[target](n),
      lang: target,
    },
    { kind: 'captured', href: capturedUrl(ctx.slug, block.line), label: `L${block.line}`, title: a.lineInCapture(block.line) },
  ];
}
