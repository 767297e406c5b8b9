/**
 * The body of a report (content/reports/<slug>.mdx after its frontmatter): written by
 * the cleaning pipeline, read back by the site. One block per line, blocks separated by
 * a blank line:
 *
 *   <P id="pN">…</P>                   a paragraph
 *   ## …  (### … and deeper)           a heading
 *   <LostImage id="fN">…</LostImage>   the caption of a lost image
 *
 * Inside a block: captured text, MDX-escaped (mdx-escape.ts); `<Restored id="rN">…</Restored>`
 * around text we restored; `<Gap id="rN" />` where text is lost. Reading refuses any
 * other markup rather than guess at it.
 */
import { escapeMdxText, unescapeMdxText } from './mdx-escape';

export type BodySegment =
  /** Text as captured (possibly normalised by cleaning). */
  | { type: 'text'; value: string }
  /** Text we restored; `id` names its reviewed record in the report's frontmatter. */
  | { type: 'restoration'; id: string; value: string }
  /** Damage we could not recover, shown as a visible, explained gap. */
  | { type: 'gap'; id: string };

export type BodyBlock =
  | { kind: 'paragraph'; anchor: string; segments: BodySegment[] }
  | { kind: 'heading'; level: number; segments: BodySegment[] }
  | { kind: 'caption'; anchor: string; segments: BodySegment[] };

const writeSegment = (segment: BodySegment): string => {
  switch (segment.type) {
    case 'text':
      return escapeMdxText(segment.value);
    case 'restoration':
      return `<Restored id="${segment.id}">${escapeMdxText(segment.value)}</Restored>`;
    case 'gap':
      return `<Gap id="${segment.id}" />`;
  }
};

const writeBlock = (block: BodyBlock): string => {
  const content = block.segments.map(writeSegment).join('');
  switch (block.kind) {
    case 'paragraph':
      return `<P id="${block.anchor}">${content}</P>`;
    case 'heading':
      return `${'#'.repeat(block.level)} ${content}`;
    case 'caption':
      return `<LostImage id="${block.anchor}">${content}</LostImage>`;
  }
};

/**
 * The body of the given blocks, in order: what follows the frontmatter, without the blank
 * line before it and the newline after it (Astro's `entry.body`).
 */
export const writeBody = (blocks: readonly BodyBlock[]): string => blocks.map(writeBlock).join('\n\n');

const PARAGRAPH = /^<P id="(p\d+)">(.*)<\/P>$/;
const CAPTION = /^<LostImage id="(f\d+)">(.*)<\/LostImage>$/;
const HEADING = /^(#{2,6}) (.*)$/;

function readBlock(line: string): BodyBlock {
  const paragraph = PARAGRAPH.exec(line);
  if (paragraph) return { kind: 'paragraph', anchor: paragraph[1]!, segments: readSegments(paragraph[2]!) };
  const caption = CAPTION.exec(line);
  if (caption) return { kind: 'caption', anchor: caption[1]!, segments: readSegments(caption[2]!) };
  const heading = HEADING.exec(line);
  if (heading) return { kind: 'heading', level: heading[1]!.length, segments: readSegments(heading[2]!) };
  throw new Error(`report body: a line that is no paragraph, heading or caption: ${JSON.stringify(line.slice(0, 60))}`);
}

/** The blocks of a body, in reading order. Blank lines are skipped; any other line must be a block. */
export const readBody = (body: string): BodyBlock[] =>
  body
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(readBlock);

/** Escaped text, up to the `<` of the next markup (`\<` is an escaped `<`, `\\` an escaped backslash). */
const ESCAPED_TEXT = /(?:[^\\<]|\\[^])*/y;
const GAP = /<Gap id="(r\d+)" \/>/y;
const RESTORED = /<Restored id="(r\d+)">/y;
const RESTORED_END = '</Restored>';

/** The segments of one block's content (what writeBody puts between a block's tags). */
export function readSegments(mdx: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let at = 0;
  const match = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    const found = pattern.exec(mdx);
    if (found) at = pattern.lastIndex;
    return found;
  };
  const text = (): string => unescapeMdxText(match(ESCAPED_TEXT)![0]);
  const unexpected = () => new Error(`unexpected markup in report text: ${JSON.stringify(mdx.slice(at, at + 60))}`);

  while (at < mdx.length) {
    const captured = text();
    if (captured !== '') segments.push({ type: 'text', value: captured });
    if (at === mdx.length) break;
    const gap = match(GAP);
    if (gap) {
      segments.push({ type: 'gap', id: gap[1]! });
      continue;
    }
    const restored = match(RESTORED);
    if (!restored) throw unexpected();
    const value = text();
    if (!mdx.startsWith(RESTORED_END, at)) throw unexpected();
    at += RESTORED_END.length;
    segments.push({ type: 'restoration', id: restored[1]!, value });
  }
  return segments;
}
