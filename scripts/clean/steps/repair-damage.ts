/**
 * Damage repair: applies the reviewed restoration records of content/restorations/ to
 * the article lines, and refuses captures that still show damage nobody has reviewed.
 *
 * Repairs are never guessed here. A person works out each damaged run (see
 * scripts/clean/gbk.ts for the byte-level checks), writes a record with its basis, and
 * this step only splices the record into the line, so the report can mark it.
 */
import { HAN } from '../../../src/core/han';
import { PINYIN_ANNOTATION, PINYIN_SYLLABLE } from '../../../src/core/pinyin';
import type { Restoration } from '../../../src/core/schemas/restoration';
import { CaptureError } from '../errors';
import type { ArticleLine, CapturedText, Edit, Segment } from '../model';
import { joinForContext } from '../segments';

/** Where one record's `garbled` text sits: segment index and offsets inside that segment. */
interface Placement {
  record: Restoration;
  segment: number;
  start: number;
  end: number;
}

/** Start offsets of every occurrence of `needle` in `haystack`, overlapping ones included. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function place(line: ArticleLine, record: Restoration, file: string): Placement {
  const found: Omit<Placement, 'record'>[] = [];
  line.segments.forEach((segment, index) => {
    if (segment.type !== 'text') return;
    for (const start of occurrences(segment.value, record.garbled)) {
      found.push({ segment: index, start, end: start + record.garbled.length });
    }
  });
  const quoted = JSON.stringify(record.garbled);
  if (found.length === 0) {
    throw new CaptureError(file, record.line, `restoration ${record.id}: ${quoted} is not in the captured text of this line`);
  }
  if (found.length > 1) {
    throw new CaptureError(
      file,
      record.line,
      `restoration ${record.id}: ${quoted} occurs ${found.length} times in this line; widen it with intact neighbours so it occurs once`,
    );
  }
  return { record, ...found[0]! };
}

/** The segments of one captured text with the placements (sorted, disjoint) spliced in, and their edits. */
function splice(text: CapturedText, placements: readonly Placement[]): { segments: Segment[]; edits: Edit[] } {
  const segments: Segment[] = [];
  const edits: Edit[] = [];
  const captured = (start: number, end: number) => {
    if (end > start) segments.push({ type: 'text', value: text.value.slice(start, end), origin: text.origin.slice(start, end) });
  };
  let cursor = 0;
  for (const { record, start, end } of placements) {
    captured(cursor, start);
    const rawAt = text.origin[start]!;
    if (record.restored === null) {
      segments.push({ type: 'gap', id: record.id });
      edits.push({ kind: 'gap', id: record.id, rawAt, before: record.garbled, after: '' });
    } else {
      segments.push({ type: 'restoration', id: record.id, value: record.restored });
      edits.push({ kind: 'restoration', id: record.id, rawAt, before: record.garbled, after: record.restored });
    }
    cursor = end;
  }
  captured(cursor, text.value.length);
  return { segments, edits };
}

/**
 * Replaces each record's `garbled` text with a restoration segment (or a gap where the
 * record is unrecoverable) and records the edit. Each record must name an article line,
 * and its garbled text must occur exactly once in that line's captured text; records must
 * not overlap.
 * Throws CaptureError naming the file and line otherwise. The input is not modified.
 */
export function applyRestorations(lines: ArticleLine[], records: Restoration[], file: string): ArticleLine[] {
  const byNumber = new Map(lines.map((line) => [line.number, line]));
  const seenIds = new Set<string>();
  const placementsByLine = new Map<number, Placement[]>();

  for (const record of records) {
    if (seenIds.has(record.id)) throw new CaptureError(file, record.line, `restoration id ${record.id} is used twice`);
    seenIds.add(record.id);
    const line = byNumber.get(record.line);
    if (line === undefined) {
      throw new CaptureError(file, record.line, `restoration ${record.id}: line ${record.line} is not an article line`);
    }
    const placement = place(line, record, file);
    const onLine = placementsByLine.get(record.line) ?? [];
    const clash = onLine.find((other) => other.segment === placement.segment && other.start < placement.end && placement.start < other.end);
    if (clash !== undefined) {
      throw new CaptureError(file, record.line, `restorations ${clash.record.id} and ${record.id} overlap`);
    }
    onLine.push(placement);
    placementsByLine.set(record.line, onLine);
  }

  return lines.map((line) => {
    const placements = placementsByLine.get(line.number);
    if (placements === undefined) return line;
    const edits = [...line.edits];
    const segments = line.segments.flatMap((segment, index) => {
      const here = placements.filter((p) => p.segment === index).sort((a, b) => a.start - b.start);
      if (here.length === 0 || segment.type !== 'text') return [segment];
      const spliced = splice(segment, here);
      edits.push(...spliced.edits);
      return spliced.segments;
    });
    return { number: line.number, segments, edits };
  });
}

/** A Han character, optionally followed by the hosting site's pinyin annotation. */
const HAN_BEFORE = `(?<=${HAN}(?:${PINYIN_ANNOTATION})?)`;

/** Damage markers; a `?` that ends a Chinese question is matched by none of them. */
const DAMAGE: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: new RegExp(`\\?${PINYIN_SYLLABLE}\\)`, 'gu'),
    why: 'a lost character: "?" followed by the pinyin the hosting site had attached to it',
  },
  {
    pattern: /\?+(?:<\/?|\/)[a-z][a-z0-9]*\s*>|<\/?[a-z][a-z0-9]*\s*\/?>\?+/giu,
    why: 'a lost character next to an HTML tag fragment',
  },
  {
    pattern: new RegExp(`${HAN_BEFORE}\\?+(?=${HAN})`, 'gu'),
    why: 'a lost character: "?" between two Han characters',
  },
  {
    pattern: /\?+(?=[、，,。；;])/gu,
    why: 'a lost character: "?" before a comma or full stop, where no question mark goes',
  },
  { pattern: /\uFFFD+/gu, why: 'U+FFFD, the replacement character of a failed decoding' },
];

/**
 * Finds residual damage markers in captured text: `?` + pinyin + `)` (e.g. `?dòng)`),
 * `?` between Han characters, `?` against an HTML fragment (`?/p>`, `?</a>`), `?` before
 * a comma or full stop, and U+FFFD. A `?` ending a Chinese question (after Han, before
 * the end of the line, a space or a closing quote or bracket) is not reported.
 * `column` is 1-based and counts characters (code points). Overlapping matches of
 * different kinds are reported once, by the first kind listed.
 */
export function findUnreviewedDamage(text: string): { column: number; match: string; why: string }[] {
  const found: { index: number; match: string; why: string }[] = [];
  for (const { pattern, why } of DAMAGE) {
    for (const m of text.matchAll(pattern)) {
      const index = m.index;
      const end = index + m[0].length;
      if (found.some((f) => f.index < end && index < f.index + f.match.length)) continue;
      found.push({ index, match: m[0], why });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ index, match, why }) => ({ column: [...text.slice(0, index)].length + 1, match, why }));
}

/** A CaptureError that also names the column: `file:line:column: reason`. */
class UnreviewedDamageError extends CaptureError {
  constructor(
    file: string,
    line: number,
    readonly column: number,
    reason: string,
  ) {
    super(file, line, reason);
    this.name = 'UnreviewedDamageError';
    this.message = `${file}:${line}:${column}: ${reason}`;
  }
}

/**
 * Throws at the first damage marker left in captured text (restorations are reviewed and
 * not checked). The column counts characters of the line as repaired so far, with
 * restorations in place; the message quotes the match and its surroundings.
 */
export function assertNoUnreviewedDamage(lines: ArticleLine[], file: string): void {
  for (const line of lines) {
    const joined = joinForContext(line.segments);
    const captured: boolean[] = [];
    for (const segment of line.segments) {
      const length = segment.type === 'gap' ? 1 : segment.value.length;
      for (let i = 0; i < length; i++) captured.push(segment.type === 'text');
    }
    for (const damage of findUnreviewedDamage(joined)) {
      const index = [...joined].slice(0, damage.column - 1).join('').length;
      const inCapture = captured.slice(index, index + damage.match.length).some(Boolean);
      if (!inCapture) continue;
      const context = joined.slice(Math.max(0, index - 8), index + damage.match.length + 8);
      throw new UnreviewedDamageError(
        file,
        line.number,
        damage.column,
        `unreviewed damage ${JSON.stringify(damage.match)} in …${context}… (${damage.why}); ` +
          'work out what was lost and add a reviewed record to content/restorations/',
      );
    }
  }
}
