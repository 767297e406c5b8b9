/**
 * Where each glossary term is used, as the glossary pages list it: per report, its
 * paragraphs (¶, from termUses) and its headings (§), in reading order. /glossary/ shows each
 * term's counts and first few uses; /glossary/<id>/ every use. Pure, over the reports'
 * apparatus (src/lib/glossary-uses.ts loads it for the site).
 */
import type { GlossaryTerm } from '../../core/schemas/glossary';
import type { Lang } from '../../i18n';
import { findTerms, termUses, type TermMatch } from './glossary';
import type { ReportApparatus } from './report';

/** One use of a term: a paragraph (¶) or a heading (§), with the number of occurrences. */
export interface UseLink {
  anchor: string;
  count: number;
  /** The heading's number in the report and its text; null for a paragraph. */
  heading: { n: number; text: string } | null;
  /** The report links the term here (its first use in a paragraph). */
  linked: boolean;
}

/** One report's uses of one term, in reading order. */
export interface ReportUses {
  slug: string;
  links: UseLink[];
}

/** Occurrences of each term in a text, overlapping forms of one term counted once. */
function countTerms(text: string, script: Lang, terms: readonly GlossaryTerm[]): Map<string, number> {
  const taken = new Map<string, TermMatch[]>();
  for (const m of findTerms(text, script, terms)) {
    const mine = taken.get(m.term) ?? [];
    if (!mine.some((p) => m.start < p.end && p.start < m.end)) taken.set(m.term, [...mine, m]);
  }
  return new Map([...taken].map(([term, ms]) => [term, ms.length]));
}

/** Each term's uses, report by report in the order of `apps`: term id → the reports using it. */
export function usesByTerm(apps: readonly ReportApparatus[], terms: readonly GlossaryTerm[]): Map<string, ReportUses[]> {
  const uses = termUses(apps, terms);
  const byTerm = new Map<string, ReportUses[]>(terms.map((term) => [term.id, []]));
  for (const app of apps) {
    const links = new Map<string, UseLink[]>();
    const add = (term: string, link: UseLink) => links.set(term, [...(links.get(term) ?? []), link]);
    const paraUses = new Map<string, Map<string, number>>();
    const linkedAt = new Map<string, string | undefined>();
    for (const term of terms) {
      const u = (uses.get(term.id) ?? []).find((x) => x.slug === app.slug);
      if (!u) continue;
      paraUses.set(term.id, new Map(u.paragraphs.map((p) => [p.anchor, p.count])));
      linkedAt.set(term.id, u.linkedAt);
    }
    let headingNo = 0;
    for (const b of app.blocks) {
      if (b.block.kind === 'heading') {
        headingNo++;
        for (const [term, count] of countTerms(b.text, app.data.script, terms)) {
          add(term, { anchor: b.anchor, count, heading: { n: headingNo, text: b.text }, linked: false });
        }
      } else if (b.block.kind === 'paragraph') {
        for (const [term, byPara] of paraUses) {
          const count = byPara.get(b.anchor);
          if (count) add(term, { anchor: b.anchor, count, heading: null, linked: linkedAt.get(term) === b.anchor });
        }
      }
    }
    for (const [term, list] of links) byTerm.get(term)?.push({ slug: app.slug, links: list });
  }
  return byTerm;
}

/** How much a term is used: reports, paragraphs and headings using it (a paragraph using it twice counts once). */
export function useCounts(list: readonly ReportUses[]): { reports: number; paragraphs: number; headings: number } {
  const links = list.flatMap((u) => u.links);
  const headings = links.filter((l) => l.heading !== null).length;
  return { reports: list.length, paragraphs: links.length - headings, headings };
}

/** The first `n` uses, in the same order, each under its report. */
export function firstUses(list: readonly ReportUses[], n: number): ReportUses[] {
  const out: ReportUses[] = [];
  let left = n;
  for (const u of list) {
    if (left <= 0) break;
    out.push({ slug: u.slug, links: u.links.slice(0, left) });
    left -= u.links.length;
  }
  return out;
}
