import type { BodyBlock } from '../../../src/core/report-body';
import type { Block } from './structure';

/** A block of the report body, with the capture line it was made from. */
export type AnchoredBlock = BodyBlock & { line: number };

/**
 * Paragraph and figure anchors are numbered in reading order (`p1`, `p2`…, `f1`…). They
 * are written into the MDX, so they only change when the text itself does, and
 * `npm run clean -- --check` shows any such change for review.
 */
export function anchorBlocks(blocks: readonly Block[]): AnchoredBlock[] {
  let paragraphs = 0;
  let figures = 0;
  return blocks.map((block) => {
    const { line, segments } = block;
    switch (block.type) {
      case 'paragraph':
        return { kind: 'paragraph', anchor: `p${++paragraphs}`, line, segments };
      case 'caption':
        return { kind: 'caption', anchor: `f${++figures}`, line, segments };
      case 'heading':
        return { kind: 'heading', level: block.level, line, segments };
    }
  });
}
