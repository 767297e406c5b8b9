import GithubSlugger from 'github-slugger';
import type { BodyBlock } from './report-body';

/**
 * The id each block of a report body has on its page: a paragraph or caption its anchor
 * (pN, fN), a heading the slug Astro gives it (GitHub's slugger over its text, numbered
 * when a slug repeats). Translations are keyed by these ids.
 */
export function blockIds(blocks: readonly BodyBlock[]): string[] {
  const slugger = new GithubSlugger();
  return blocks.map((block) =>
    block.kind === 'heading' ? slugger.slug(block.segments.map((s) => (s.type === 'gap' ? '' : s.value)).join('')) : block.anchor,
  );
}
