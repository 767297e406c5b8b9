/**
 * A report body (content/reports/<slug>.mdx, written by scripts/clean/steps/emit-mdx.ts)
 * read as blocks: one block per line, `<P id="pN">…</P>`, `## …`/`### …` headings and
 * `<LostImage id="fN">…</LostImage>` captions, each with its inline segments (captured
 * text, `<Restored id>` text, `<Gap id />`). Pure functions; used by the apparatus pages
 * and by the paragraph decorations (src/components/report/P.astro).
 */
import { GAP_TEXT } from '../report-text';

export type BodySegment =
  | { type: 'text'; value: string }
  | { type: 'restored'; id: string; value: string }
  | { type: 'gap'; id: string };

export type BodyBlock =
  | { kind: 'paragraph'; anchor: string; segments: BodySegment[] }
  | { kind: 'heading'; depth: number; segments: BodySegment[] }
  | { kind: 'caption'; anchor: string; segments: BodySegment[] };

const PARAGRAPH = /^<P id="(p\d+)">(.*)<\/P>$/;
const CAPTION = /^<LostImage id="(f\d+)">(.*)<\/LostImage>$/;
const HEADING = /^(#{2,6}) (.*)$/;
const INLINE = /<Restored id="(r\d+)">(.*?)<\/Restored>|<Gap id="(r\d+)" \/>/g;

/** Markdown backslash escapes of ASCII punctuation (scripts/clean/steps/escape-mdx.ts). */
export const unescapeMdx = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

export function parseInline(mdx: string): BodySegment[] {
  const out: BodySegment[] = [];
  let last = 0;
  const pushText = (raw: string) => {
    if (raw === '') return;
    if (/<[A-Za-z/]/.test(raw.replace(/\\</g, ''))) throw new Error(`unexpected markup in report text: ${JSON.stringify(raw.slice(0, 60))}`);
    out.push({ type: 'text', value: unescapeMdx(raw) });
  };
  for (const m of mdx.matchAll(INLINE)) {
    pushText(mdx.slice(last, m.index));
    if (m[1]) out.push({ type: 'restored', id: m[1], value: unescapeMdx(m[2] ?? '') });
    else out.push({ type: 'gap', id: m[3]! });
    last = m.index + m[0].length;
  }
  pushText(mdx.slice(last));
  return out;
}

/** The blocks of a body (frontmatter allowed), in reading order. */
export function parseBody(mdx: string): BodyBlock[] {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const blocks: BodyBlock[] = [];
  for (const line of body.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    let m = PARAGRAPH.exec(line);
    if (m) {
      blocks.push({ kind: 'paragraph', anchor: m[1]!, segments: parseInline(m[2]!) });
      continue;
    }
    m = CAPTION.exec(line);
    if (m) {
      blocks.push({ kind: 'caption', anchor: m[1]!, segments: parseInline(m[2]!) });
      continue;
    }
    m = HEADING.exec(line);
    if (m) {
      blocks.push({ kind: 'heading', depth: m[1]!.length, segments: parseInline(m[2]!) });
      continue;
    }
    throw new Error(`report body: a line that is no paragraph, heading or caption: ${JSON.stringify(line.slice(0, 60))}`);
  }
  return blocks;
}

/** What a reader sees for a segment: restored text as itself, a gap as 〔缺〕. */
export const segmentText = (s: BodySegment): string => (s.type === 'gap' ? GAP_TEXT : s.value);

export const blockText = (segments: readonly BodySegment[]): string => segments.map(segmentText).join('');
