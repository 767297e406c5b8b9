import type { Segment } from '../model';
import { escapeMdxText } from './escape-mdx';
import type { Block } from './structure';

/**
 * Paragraph and figure anchors are numbered in reading order (`p1`, `p2`…, `f1`…). They
 * are written into the MDX, so they only change when the text itself does, and
 * `npm run clean -- --check` shows any such change for review.
 */
export interface AnchoredBlock {
  block: Block;
  anchor: string | undefined;
}

export function anchorBlocks(blocks: readonly Block[]): AnchoredBlock[] {
  let paragraphs = 0;
  let figures = 0;
  return blocks.map((block) => ({
    block,
    anchor: block.type === 'paragraph' ? `p${++paragraphs}` : block.type === 'caption' ? `f${++figures}` : undefined,
  }));
}

const renderSegment = (segment: Segment): string => {
  switch (segment.type) {
    case 'text':
      return escapeMdxText(segment.value);
    case 'restoration':
      return `<Restored id="${segment.id}">${escapeMdxText(segment.value)}</Restored>`;
    case 'gap':
      return `<Gap id="${segment.id}" />`;
  }
};

const renderSegments = (segments: readonly Segment[]) => segments.map(renderSegment).join('');

/** One block per line, separated by blank lines; the components are supplied by the page. */
export function emitMdxBody(blocks: readonly AnchoredBlock[]): string {
  return blocks
    .map(({ block, anchor }) => {
      const content = renderSegments(block.segments);
      switch (block.type) {
        case 'paragraph':
          return `<P id="${anchor}">${content}</P>`;
        case 'heading':
          return `${'#'.repeat(block.level)} ${content}`;
        case 'caption':
          return `<LostImage id="${anchor}">${content}</LostImage>`;
      }
    })
    .join('\n\n');
}
