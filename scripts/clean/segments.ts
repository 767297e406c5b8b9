import type { Segment } from './model';

/**
 * Stands in for a gap when a step needs to see a line as one string: it is Chinese
 * context (damaged text was Chinese) and is never produced by any capture.
 */
const GAP_PLACEHOLDER = '\u3013';

export const joinForContext = (segments: readonly Segment[]): string =>
  segments.map((segment) => (segment.type === 'gap' ? GAP_PLACEHOLDER : segment.value)).join('');

/**
 * Applies a length-preserving rewrite of the whole line to its text segments only:
 * `rewrite` sees the joined line (restorations included, for context) and which
 * positions are captured text; it may change only those positions, one character each.
 */
export function rewriteCapturedText(segments: readonly Segment[], rewrite: (joined: string, isCaptured: (index: number) => boolean) => string): Segment[] {
  const joined = joinForContext(segments);
  const captured: boolean[] = [];
  for (const segment of segments) {
    const length = segment.type === 'gap' ? 1 : segment.value.length;
    for (let i = 0; i < length; i++) captured.push(segment.type === 'text');
  }
  const rewritten = rewrite(joined, (index) => captured[index] === true);
  if (rewritten.length !== joined.length) throw new Error('rewriteCapturedText: rewrite changed the length');
  let offset = 0;
  return segments.map((segment) => {
    const length = segment.type === 'gap' ? 1 : segment.value.length;
    const slice = rewritten.slice(offset, offset + length);
    offset += length;
    return segment.type === 'text' ? { ...segment, value: slice } : segment;
  });
}
