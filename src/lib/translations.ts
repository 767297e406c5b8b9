/**
 * A report's English translation aligned with its page: each block of the body with the
 * id it has on the Chinese page, its Chinese segments and its English ones. The content
 * checks (src/lib/content/checks.ts) have made sure the two agree block for block.
 */
import { blockIds } from '../core/block-ids';
import { readBody, type BodySegment } from '../core/report-body';
import type { GlossaryTerm } from '../core/schemas/glossary';
import type { Translation } from '../core/schemas/translation';
import { hanRuns } from '../core/han';
import { translatedSegments } from '../core/translation-text';
import { reportUrl, url } from './url';
import { editionUrl } from './apparatus/urls';
import { otherScript } from './apparatus/convert';
import type { Alternate } from './url';
import { SITE_NAME, wording, type Lang, type Script } from '../i18n';

/** The most a page's <title> holds before the layout adds ` · 援疆档案` (html-validate's long-title: 70 characters in all). */
const TITLE_ROOM = 70 - ` · ${SITE_NAME}`.length;

/**
 * A translated title in a page's <title>, inside `frame` (the parallel view's wording): as
 * it is if it fits, else cut at a word and marked with an ellipsis (the h1 has it whole).
 */
export function titleForPage(title: string, frame: (title: string) => string = (x) => x): string {
  const room = TITLE_ROOM - frame('').length;
  if (title.length <= room) return frame(title);
  const cut = title.slice(0, room - 1);
  const space = cut.lastIndexOf(' ');
  return frame(`${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,:;]+$/, '')}…`);
}

export interface AlignedBlock {
  id: string;
  kind: 'paragraph' | 'heading' | 'caption';
  /** A heading's level (2–6). */
  level: number;
  zh: BodySegment[];
  en: BodySegment[];
}

export function alignedBlocks(body: string | undefined, translation: Translation): AlignedBlock[] {
  const blocks = readBody(body ?? '');
  const ids = blockIds(blocks);
  return blocks.map((block, i) => {
    const id = ids[i]!;
    const en = translation.blocks[id];
    if (en === undefined) throw new Error(`content/translations/en/${translation.report}.json has no block ${id}`);
    return { id, kind: block.kind, level: block.kind === 'heading' ? block.level : 0, zh: block.segments, en: translatedSegments(en) };
  });
}

/**
 * Where the translation first quotes each glossary term (a run of Chinese that is one of
 * the term's forms, as the translation brackets a set phrase on first use): paragraph id →
 * the quoted words → the term's id. Later quotations of a term are not linked.
 */
export function glossaryFirstUses(blocks: readonly AlignedBlock[], terms: readonly GlossaryTerm[]): Map<string, Map<string, string>> {
  const termOf = new Map<string, string>();
  for (const t of terms) for (const form of [t.hans, t.hant, ...t.variants, ...(t.match ?? [])]) if (!termOf.has(form)) termOf.set(form, t.id);
  const used = new Set<string>();
  const plan = new Map<string, Map<string, string>>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const segment of block.en) {
      if (segment.type === 'gap') continue;
      for (const run of hanRuns(segment.value)) {
        const term = run.han ? termOf.get(run.text) : undefined;
        if (term === undefined || used.has(term)) continue;
        used.add(term);
        plan.set(block.id, (plan.get(block.id) ?? new Map<string, string>()).set(run.text, term));
      }
    }
  }
  return plan;
}

/** The parallel view of a report: /en/reports/<slug>/parallel/. */
export const parallelUrl = (slug: string, hash?: string): string => url(`reports/${slug}/parallel/${hash ? `#${hash}` : ''}`, 'en');

/** The same report in its other languages and scripts, for a page in `lang` (the layout's alternates). */
export function reportAlternates(slug: string, script: Script, translated: boolean): Alternate[] {
  return [
    { hreflang: script, href: reportUrl(slug) },
    { hreflang: otherScript(script), href: editionUrl(slug, script, otherScript(script)) },
    ...(translated ? [{ hreflang: 'en', href: reportUrl(slug, 'en') }] : []),
  ];
}

export interface LanguageLink {
  href: string;
  hreflang: Lang;
  label: string;
}

/** From a Chinese report page (either script) in `lang`, in its ViewSwitch: the English translation and the parallel view. */
export function translationLinks(slug: string, lang: Lang): LanguageLink[] {
  const t = wording(lang).translation;
  return [
    { href: reportUrl(slug, 'en'), hreflang: 'en', label: t.englishTranslation },
    { href: parallelUrl(slug), hreflang: 'en', label: t.parallelView },
  ];
}

/** From the English page or the parallel view: the Chinese original, its other-script edition, and the parallel view. */
export function originalLinks(slug: string, script: Script): LanguageLink[] {
  const t = wording('en').translation;
  const other = otherScript(script);
  return [
    { href: reportUrl(slug), hreflang: script, label: t.originalText },
    { href: editionUrl(slug, script, other), hreflang: other, label: t.otherEdition[other] },
    { href: parallelUrl(slug), hreflang: 'en', label: t.parallelView },
  ];
}
