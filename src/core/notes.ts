/**
 * Editorial notes (restoration bases, evidence for an estimated date, title and people
 * notes) are our prose with two kinds of quotation marked inline:
 *
 * - `{q:TEXT}` quotes the published text: shown in the report's own script, never converted;
 * - `{g:TEXT}` cites characters by their form (a GBK code point, a candidate reading):
 *   never converted, since the form is the point;
 * - `{L12:TEXT}` quotes line 12 of the raw capture (garbled runs, pinyin, ASCII
 *   punctuation): shown as `<samp>`, linked to that line of the captured view.
 *
 * Everything else is prose, converted to the page's script. Pure: no I/O, no Astro.
 */
type NoteSegment =
  | { type: 'prose'; value: string }
  | { type: 'quote'; value: string }
  | { type: 'glyph'; value: string }
  | { type: 'capture'; line: number; value: string };

const SPAN = /\{(q|g|L([1-9]\d*)):([^{}]+)\}/g;

/** Splits a note into prose and quotations; throws on a brace that opens no valid span. */
export function parseNote(text: string): NoteSegment[] {
  const segments: NoteSegment[] = [];
  let at = 0;
  const prose = (value: string) => {
    if (/[{}]/.test(value)) {
      throw new Error(`a brace outside {q:…}, {g:…} or {L<line>:…} in ${JSON.stringify(text)}`);
    }
    if (value !== '') segments.push({ type: 'prose', value });
  };
  for (const m of text.matchAll(SPAN)) {
    prose(text.slice(at, m.index));
    const value = m[3]!;
    segments.push(m[1] === 'q' ? { type: 'quote', value } : m[1] === 'g' ? { type: 'glyph', value } : { type: 'capture', line: Number(m[2]), value });
    at = m.index + m[0].length;
  }
  prose(text.slice(at));
  return segments;
}
