/**
 * Where the reports use each term of the glossary (content/glossary.json, loaded by the
 * content layer): searched at build time in each report's text in both scripts, and the
 * plan for linking each term on its first use in a report's reading text.
 */
import type { BodySegment } from '../../core/report-body';
import type { GlossaryTerm } from '../../core/schemas/glossary';
import type { Lang } from '../../i18n';
import { blockText, segmentText } from '../report-text';
import { convertTo } from './convert';
import type { ReportApparatus } from './report';

export interface TermMatch {
  start: number;
  end: number;
  term: string;
}

/** Simplified forms of a term to search for. */
export const termForms = (t: GlossaryTerm): string[] => t.match ?? [t.hans];

/**
 * Every occurrence of every term in a text (in `script`), found in the text as written
 * and in its conversion to the other script, longest form first where forms overlap at
 * the same start. Overlapping matches are all returned.
 */
export function findTerms(text: string, script: Lang, terms: readonly GlossaryTerm[]): TermMatch[] {
  const asHans = script === 'zh-Hans' ? text : convertTo('zh-Hans', text);
  const sameLength = asHans.length === text.length;
  const found = new Map<string, TermMatch>();
  const scan = (haystack: string, form: string, term: string) => {
    if (form === '') return;
    for (let at = haystack.indexOf(form); at >= 0; at = haystack.indexOf(form, at + 1)) {
      const m = { start: at, end: at + form.length, term };
      found.set(`${m.start}:${m.end}:${term}`, m);
    }
  };
  for (const t of terms) {
    for (const form of termForms(t)) {
      if (sameLength) scan(asHans, form, t.id);
      scan(text, form, t.id);
      scan(text, convertTo('zh-Hant', form), t.id);
      if (form === t.hans) scan(text, t.hant, t.id);
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A paragraph of a report, as the glossary plan reads it. */
export interface PlanParagraph {
  anchor: string;
  segments: readonly BodySegment[];
}

/**
 * Which ranges of which paragraphs link to the glossary: each term once per report, at
 * its first use, inside one stretch of captured text (never across or inside a
 * restoration), never overlapping another link. Longer matches win at the same place.
 * Returns paragraph anchor → ranges in that paragraph's reading text (blockText).
 */
export function planFirstUses(paragraphs: readonly PlanParagraph[], script: Lang, terms: readonly GlossaryTerm[]): Map<string, TermMatch[]> {
  const linked = new Set<string>();
  const plan = new Map<string, TermMatch[]>();
  for (const { anchor, segments } of paragraphs) {
    // Ranges of plain captured text in the reading text.
    const plain: [number, number][] = [];
    let at = 0;
    for (const s of segments) {
      const len = segmentText(s).length;
      if (s.type === 'text') plain.push([at, at + len]);
      at += len;
    }
    const inPlain = (m: TermMatch) => plain.some(([s, e]) => m.start >= s && m.end <= e);
    const picked: TermMatch[] = [];
    for (const m of findTerms(blockText(segments), script, terms)) {
      if (linked.has(m.term) || !inPlain(m)) continue;
      if (picked.some((p) => m.start < p.end && p.start < m.end)) continue;
      picked.push(m);
      linked.add(m.term);
    }
    if (picked.length > 0)
      plan.set(
        anchor,
        picked.sort((x, y) => x.start - y.start),
      );
  }
  return plan;
}

/** The paragraphs of a report's apparatus, for planFirstUses. */
export const apparatusParagraphs = (app: ReportApparatus): PlanParagraph[] =>
  app.blocks.flatMap((b) => (b.block.kind === 'paragraph' ? [{ anchor: b.anchor, segments: b.block.segments }] : []));

export interface TermUse {
  slug: string;
  /** Paragraph anchors where the term occurs, in order, with the number of occurrences. */
  paragraphs: { anchor: string; count: number }[];
  /** Where the report links the term (its first linkable use). */
  linkedAt: string | undefined;
}

/** For each term, the reports and paragraphs that use it. */
export function termUses(apps: readonly ReportApparatus[], terms: readonly GlossaryTerm[]): Map<string, TermUse[]> {
  const uses = new Map<string, TermUse[]>(terms.map((t) => [t.id, []]));
  for (const app of apps) {
    const plan = planFirstUses(apparatusParagraphs(app), app.data.script, terms);
    const linkedAt = new Map<string, string>();
    for (const [anchor, ms] of plan) for (const m of ms) linkedAt.set(m.term, anchor);
    const perTerm = new Map<string, Map<string, number>>();
    for (const b of app.blocks) {
      if (b.block.kind !== 'paragraph') continue;
      // Count each occurrence once: overlapping forms of one term (兵团 in 新疆生产建设兵团) are one use.
      const taken = new Map<string, TermMatch[]>();
      for (const m of findTerms(b.text, app.data.script, terms)) {
        const mine = taken.get(m.term) ?? [];
        if (mine.some((p) => m.start < p.end && p.start < m.end)) continue;
        taken.set(m.term, [...mine, m]);
        const byPara = perTerm.get(m.term) ?? new Map<string, number>();
        byPara.set(b.anchor, (byPara.get(b.anchor) ?? 0) + 1);
        perTerm.set(m.term, byPara);
      }
    }
    for (const [term, byPara] of perTerm) {
      uses.get(term)?.push({
        slug: app.slug,
        paragraphs: [...byPara].map(([anchor, count]) => ({ anchor, count })),
        linkedAt: linkedAt.get(term),
      });
    }
  }
  return uses;
}
