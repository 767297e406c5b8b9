/**
 * What the e2e tests expect, read straight from the files on disk (never from the built
 * site): the reports in content/reports/*.mdx, validated with the same schema the site
 * uses, and the raw captures in content/sources/.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ourWordsIn } from '../../../src/lib/apparatus/convert';
import { parseNote } from '../../../src/core/notes';
import { reportSchema, type Report } from '../../../src/core/schemas/report';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const REPORTS_DIR = path.join(ROOT, 'content/reports');
export const SOURCES_DIR = path.join(ROOT, 'content/sources');

/** The five reports the archive is about; the pipeline writes content/reports/<slug>.mdx. */
export const EXPECTED_SLUGS = ['shandong-12th-division', 'dongying-shule', 'taizhou-alar', 'shanxi-changji-6th-division', 'huzhou-keping'] as const;

/** The visible mark of an unrecoverable gap (src/i18n/zh-Hans.ts, gapGlyph). */
export const GAP_GLYPH = '〔缺〕';

export interface ReportOnDisk {
  slug: string;
  file: string;
  data: Report;
  body: string;
}

export function sha256(bytes: Buffer | Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** content/sources/*.txt, sorted. */
export function sourceFiles(): string[] {
  return readdirSync(SOURCES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function loadReports(): ReportOnDisk[] {
  let names: string[];
  try {
    names = readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.mdx'));
  } catch {
    names = [];
  }
  return names.sort().map((name) => {
    const file = path.join(REPORTS_DIR, name);
    const text = readFileSync(file, 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`${file}: no frontmatter`);
    const data = reportSchema.parse(parseYaml(m[1] ?? ''));
    return { slug: name.replace(/\.mdx$/, ''), file, data, body: m[2] ?? '' };
  });
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Undo MDX source escaping: backslash escapes of ASCII punctuation and character references. */
export function unescapeMdx(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(cp);
    }
    return NAMED[ref.toLowerCase()] ?? all;
  });
}

export interface InlineMark {
  kind: 'Restored' | 'Gap';
  id: string;
  /** The text inside <Restored>, unescaped; null for a Gap. */
  text: string | null;
}

export interface ExpectedParagraph {
  id: string;
  /** The reader-visible text: restorations as their text, gaps as 〔缺〕. */
  text: string;
  marks: InlineMark[];
  /** The paragraph's MDX source between <P …> and </P>. */
  source: string;
}

const INLINE = /<Restored\s+id="(r\d+)"\s*>([\s\S]*?)<\/Restored>|<Gap\s+id="(r\d+)"\s*\/>/g;

/** Every <P id="pN">…</P> of an MDX body, with the exact text a reader should see. */
export function expectedParagraphs(body: string): ExpectedParagraph[] {
  const out: ExpectedParagraph[] = [];
  for (const m of body.matchAll(/<P\s+id="(p\d+)"\s*>([\s\S]*?)<\/P>/g)) {
    const source = m[2] ?? '';
    const marks: InlineMark[] = [];
    let text = '';
    let last = 0;
    for (const im of source.matchAll(INLINE)) {
      text += unescapeMdx(source.slice(last, im.index));
      if (im[1]) {
        const inner = unescapeMdx(im[2] ?? '');
        marks.push({ kind: 'Restored', id: im[1], text: inner });
        text += inner;
      } else {
        marks.push({ kind: 'Gap', id: im[3] ?? '', text: null });
        text += GAP_GLYPH;
      }
      last = im.index + im[0].length;
    }
    text += unescapeMdx(source.slice(last));
    out.push({ id: m[1] ?? '', text, marks, source });
  }
  return out;
}

/** <LostImage id="fN">caption</LostImage> → { id, caption } */
export function expectedFigures(body: string): { id: string; caption: string }[] {
  return [...body.matchAll(/<LostImage\s+id="(f\d+)"\s*>([\s\S]*?)<\/LostImage>/g)].map((m) => ({
    id: m[1] ?? '',
    caption: unescapeMdx(m[2] ?? ''),
  }));
}

/** Markdown headings (## …) of the body, unescaped. */
export function expectedHeadings(body: string): { depth: number; text: string }[] {
  return [...body.matchAll(/^(#{2,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((m) => ({
    depth: (m[1] ?? '').length,
    text: unescapeMdx(m[2] ?? ''),
  }));
}

export const reportPath = (slug: string) => `reports/${slug}/`;

/** The text a reader sees of an editorial note on a page in `lang`: our prose converted, quotations as they are. */
export function noteText(note: { zh: string }, lang: 'zh-Hans' | 'zh-Hant'): string {
  return parseNote(note.zh)
    .map((s) => (s.type === 'prose' ? ourWordsIn(lang, s.value) : s.value))
    .join('');
}
