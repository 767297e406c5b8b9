import type { Segment } from './model';

/**
 * Stands in for a gap when a step needs to see a line as one string: it is Chinese
 * context (damaged text was Chinese) and is never produced by any capture.
 */
const GAP_PLACEHOLDER = '\u3013';

export const joinForContext = (segments: readonly Segment[]): string =>
  segments.map((segment) => (segment.type === 'gap' ? GAP_PLACEHOLDER : segment.value)).join('');

/**
 * Applies a length-preserving rewrite of the whole line to its captured text only:
 * `rewrite` sees the joined line (restorations included, for context) and, for each
 * position, its offset in the raw line, or undefined where it is not captured text; it
 * may change only captured positions, one character each.
 */
export function rewriteCapturedText(
  segments: readonly Segment[],
  rewrite: (joined: string, originAt: (index: number) => number | undefined) => string,
): Segment[] {
  const joined = joinForContext(segments);
  const origins = segments.flatMap((segment) =>
    segment.type === 'text' ? segment.origin : Array<undefined>(segment.type === 'gap' ? 1 : segment.value.length).fill(undefined),
  );
  const rewritten = rewrite(joined, (index) => origins[index]);
  if (rewritten.length !== joined.length) throw new Error('rewriteCapturedText: rewrite changed the length');
  let offset = 0;
  return segments.map((segment) => {
    const length = segment.type === 'gap' ? 1 : segment.value.length;
    const slice = rewritten.slice(offset, offset + length);
    offset += length;
    return segment.type === 'text' ? { ...segment, value: slice } : segment;
  });
}
