import type { GlossaryTerm } from '../core/schemas/glossary';
import type { Restoration } from '../core/schemas/restoration';
import type { ReportApparatus } from './apparatus/report';
import { wording, type Dictionary, type Lang } from '../i18n';

/** What <P> marks a real report's paragraphs with (src/lib/apparatus/paragraph.ts). */
export interface ParagraphApparatus {
  report: ReportApparatus;
  glossary: readonly GlossaryTerm[];
}

/**
 * What the MDX components (Restored, Gap, LostImage, P) need to know about the report
 * they are rendered in. Astro cannot close over props in `components={{…}}`, so the report
 * page puts this on Astro.locals (one object per rendered page) before rendering <Content />.
 */
export interface ReportContext {
  slug: string;
  lang: Lang;
  restorations: ReadonlyMap<string, Restoration>;
  /** Absent on a test fixture page: its paragraphs are rendered as they are. */
  apparatus?: ParagraphApparatus;
  /**
   * The page that holds the restoration notes, when it is not this one (the parallel view,
   * which shows each mark twice): marks link to its notes and carry no ids of their own.
   */
  notesPage?: string;
}

/** Record ids are unique within a report (src/lib/content/checks.ts). */
export function makeReportContext(
  slug: string,
  lang: Lang,
  restorations: readonly Restoration[],
  apparatus?: ParagraphApparatus,
  notesPage?: string,
): ReportContext {
  return {
    slug,
    lang,
    restorations: new Map(restorations.map((r) => [r.id, r])),
    ...(apparatus && { apparatus }),
    ...(notesPage !== undefined && { notesPage }),
  };
}

export function requireReportContext(locals: App.Locals, component: string): ReportContext {
  const ctx = locals.report;
  if (!ctx) {
    throw new Error(`<${component}> was rendered outside a report page (Astro.locals.report is not set)`);
  }
  return ctx;
}

/** What an inline mark renders from: its report, its restoration record, the wording of its text's language, and where its note is. */
export interface MarkContext {
  slug: string;
  record: Restoration;
  /** The language of the text the mark sits in. */
  lang: Lang;
  t: Dictionary['report'];
  /** The mark's note: #note-rN, or on the page that holds the notes. */
  noteHref: string;
  /** The mark's own id (ref-rN), the target of its note's link back; none where the notes are on another page. */
  refId: string | undefined;
  /** The note's summary, for aria-describedby, when it is on this page. */
  describedBy: string | undefined;
}

/**
 * The record an inline mark refers to: <Restored id> needs one with restored text, <Gap id />
 * an unrecoverable one. A missing record, or one of the other kind, fails the build.
 */
export function requireMark(locals: App.Locals, id: string, component: 'Restored' | 'Gap', textLang?: Lang): MarkContext {
  const ctx = requireReportContext(locals, component);
  const record = ctx.restorations.get(id);
  if (!record) {
    throw new Error(`report "${ctx.slug}": <${component} id="${id}"> has no matching record in the frontmatter's restorations`);
  }
  if (component === 'Gap' && record.restored !== null) {
    throw new Error(`report "${ctx.slug}": <Gap id="${id}" /> refers to a record with restored text; use <Restored id="${id}">…</Restored>`);
  }
  if (component === 'Restored' && record.restored === null) {
    throw new Error(`report "${ctx.slug}": <Restored id="${id}"> refers to an unrecoverable record; use <Gap id="${id}" />`);
  }
  const lang = textLang ?? ctx.lang;
  const here = ctx.notesPage === undefined;
  return {
    slug: ctx.slug,
    record,
    lang,
    t: wording(lang).report,
    noteHref: `${ctx.notesPage ?? ''}#note-${id}`,
    refId: here ? `ref-${id}` : undefined,
    describedBy: here ? `note-${id}-summary` : undefined,
  };
}
