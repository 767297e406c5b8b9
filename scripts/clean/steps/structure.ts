import type { ArticleLine, Segment } from '../model';
import { joinForContext } from '../segments';

export type Block =
  | { type: 'paragraph'; line: number; segments: Segment[] }
  | { type: 'heading'; line: number; level: 2 | 3; segments: Segment[] }
  | { type: 'caption'; line: number; segments: Segment[] };

interface StructureOptions {
  /** Captures whose photo captions stand alone between paragraphs say how to spot them. */
  isCaption?: (rawLine: string) => boolean;
}

/** A heading is short, and has no sentence punctuation: it names a section, it says nothing. */
const MAX_HEADING_LENGTH = 20;
const SENTENCE_PUNCTUATION = /[。！？；：…]/;

export const looksLikeHeading = (text: string): boolean => text.length <= MAX_HEADING_LENGTH && !SENTENCE_PUNCTUATION.test(text);

/**
 * Gives each article line its role. Captions are recognised by the capture's own rule;
 * headings are short lines without sentence punctuation that open a section (a
 * heading directly under another heading is its subheading). The last line of an
 * article never opens a section.
 */
export function structure(lines: readonly (Pick<ArticleLine, 'number' | 'segments'> & { raw: string })[], { isCaption }: StructureOptions = {}): Block[] {
  const blocks: Block[] = [];
  lines.forEach(({ number, raw, segments }, index) => {
    const text = joinForContext(segments);
    const previous = blocks.at(-1);
    if (isCaption?.(raw)) {
      blocks.push({ type: 'caption', line: number, segments });
    } else if (index < lines.length - 1 && looksLikeHeading(text)) {
      const level = previous?.type === 'heading' ? 3 : 2;
      blocks.push({ type: 'heading', line: number, level, segments });
    } else {
      blocks.push({ type: 'paragraph', line: number, segments });
    }
  });
  return blocks;
}
