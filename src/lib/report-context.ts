import type { Restoration } from '../core/schemas/restoration';
import type { Lang } from '../i18n';

/**
 * What the MDX components (Restored, Gap, LostImage, P) need to know about the report
 * they are rendered in. Astro cannot close over props in `components={{…}}`, so the report
 * page puts this on Astro.locals (one object per rendered page) before rendering <Content />.
 */
export interface ReportContext {
  slug: string;
  lang: Lang;
  restorations: ReadonlyMap<string, Restoration>;
}

export function makeReportContext(slug: string, lang: Lang, restorations: readonly Restoration[]): ReportContext {
  const map = new Map<string, Restoration>();
  for (const r of restorations) {
    if (map.has(r.id)) throw new Error(`report "${slug}": restoration id ${r.id} is used twice`);
    map.set(r.id, r);
  }
  return { slug, lang, restorations: map };
}

export function requireReportContext(locals: App.Locals, component: string): ReportContext {
  const ctx = locals.report;
  if (!ctx) {
    throw new Error(`<${component}> was rendered outside a report page (Astro.locals.report is not set)`);
  }
  return ctx;
}

/** The restoration record an inline mark refers to; a missing record fails the build. */
export function requireRestoration(ctx: ReportContext, id: string, component: string): Restoration {
  const r = ctx.restorations.get(id);
  if (!r) {
    throw new Error(`report "${ctx.slug}": <${component} id="${id}"> has no matching record in the frontmatter's restorations`);
  }
  return r;
}
