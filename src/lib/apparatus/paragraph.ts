/**
 * What <P> adds to a report paragraph at render time, without touching its text:
 * - each punctuation mark that cleaning restored to full width is wrapped in
 *   <span class="reg"> (found by aligning the paragraph with its raw capture line, see
 *   interventions.ts), so the reading view marks normalised punctuation without any
 *   markup in the MDX;
 * - each glossary term is linked to its entry on its first use in the report;
 * - links to the same paragraph in the other script and to its line in the as-captured
 *   view.
 * The paragraph's reading text is checked against the published text before anything is
 * wrapped, so a mismatch fails the build instead of misplacing a mark.
 */
import type { GlossaryTerm } from '../../core/schemas/glossary';
import type { ReportContext } from '../report-context';
import { ui, type Lang } from '../ui';
import { otherScript } from './convert';
import { planFirstUses, type TermMatch } from './glossary';
import { escapeAttr, wrapRanges, type Wrap } from './html';
import type { ReportApparatus } from './report';
import { apparatusUi } from './ui';
import { capturedUrl, editionUrl, glossaryUrl } from './urls';

export interface CrossLink {
  href: string;
  label: string;
  title: string;
  lang?: Lang;
  kind: 'edition' | 'captured';
}

export interface DecoratedParagraph {
  html: string;
  crossLinks: CrossLink[];
}

const plans = new Map<string, Map<string, TermMatch[]>>();

function glossaryPlan(app: ReportApparatus, glossary: readonly GlossaryTerm[]): Map<string, TermMatch[]> {
  let plan = plans.get(app.slug);
  if (!plan) {
    plan = planFirstUses(app, glossary);
    plans.set(app.slug, plan);
  }
  return plan;
}

/** The wraps for one paragraph: restored punctuation and first-use glossary links. */
export function paragraphWraps(punctuation: readonly number[], terms: readonly TermMatch[], termHref: (id: string) => string): Wrap[] {
  return [
    ...terms.map((m) => ({
      start: m.start,
      end: m.end,
      open: `<a class="term" href="${escapeAttr(termHref(m.term))}" data-term="${escapeAttr(m.term)}">`,
      close: '</a>',
    })),
    ...punctuation.map((at) => ({ start: at, end: at + 1, open: '<span class="reg">', close: '</span>' })),
  ];
}

/**
 * Decorates the rendered slot of <P id>. Returns null outside a real report (test
 * fixtures): the paragraph is then rendered as it is.
 */
export function decorateParagraph(ctx: ReportContext | undefined, id: string, html: string): DecoratedParagraph | null {
  if (!ctx?.apparatus) return null;
  const app = ctx.apparatus.report;
  const block = app.byAnchor.get(id);
  if (!block || block.block.kind !== 'paragraph') throw new Error(`report "${ctx.slug}": <P id="${id}"> is not in the report's body`);
  const script = app.data.script;
  const wraps = paragraphWraps(block.punctuation, glossaryPlan(app, ctx.apparatus.glossary).get(id) ?? [], (term) => glossaryUrl(term));
  const result = wrapRanges(html, wraps);
  if (result.text !== block.text) {
    throw new Error(`report "${ctx.slug}": the rendered text of ${id} differs from its MDX text; cannot place the apparatus marks`);
  }
  const n = id.slice(1);
  const a = apparatusUi(ctx.lang);
  const target = ctx.lang === script ? otherScript(script) : script;
  const crossLinks: CrossLink[] = [
    {
      kind: 'edition',
      href: editionUrl(ctx.slug, script, target, id),
      label: ui(target).scriptName[target].slice(0, 1),
      title: target === script ? a.paraInOriginal(n) : a.paraInOther(target, n),
      lang: target,
    },
    { kind: 'captured', href: capturedUrl(ctx.slug, block.line), label: `L${block.line}`, title: a.lineInCapture(block.line) },
  ];
  return { html: result.html, crossLinks };
}
