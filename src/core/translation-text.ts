import type { BodySegment } from './report-body';
import { TRANSLATION_MARK } from './schemas/translation';

/**
 * A translated block as the segments of a report block: plain text, `{rN:words}` as text
 * restored by record rN, `{rN:}` as gap rN. So a translation renders with the same marks
 * as the Chinese text.
 */
export function translatedSegments(text: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let last = 0;
  for (const m of text.matchAll(TRANSLATION_MARK)) {
    if (m.index > last) segments.push({ type: 'text', value: text.slice(last, m.index) });
    const [, id, words] = m as unknown as [string, string, string];
    segments.push(words === '' ? { type: 'gap', id } : { type: 'restoration', id, value: words });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ type: 'text', value: text.slice(last) });
  return segments;
}
