/**
 * The search itself, as the search page runs it in the browser (no DOM here, so the
 * recall check and tests can run it too). It talks to Pagefind's JS API over the index
 * that src/integrations/search-index.ts writes, and folds the query with the same
 * module and the same map that made the index (normalise.ts, search/lookup.json).
 *
 * 1. Exact matches. Each segment of the query is searched on its own: as a phrase
 *    (Pagefind's exact search over its bigrams, which must stand next to each other in
 *    the record, as they do only where the text has the segment), or, for a segment with
 *    a one-character Han run, as prefix terms. A record must match every segment.
 * 2. Partial matches, only when there are fewer than FEW exact ones: records that
 *    contain every character and word of the query, but not together. Each is searched
 *    on its own first; if one occurs nowhere there is nothing to find.
 * 3. Every candidate's text (Pagefind meta) is checked against the folded query before
 *    it is shown, and marked: exact matches rank first, partial ones after, labelled.
 */
import { foldMapFromPairs, matchKind, matchRanges, planQuery, type FoldMap, type QueryPlan, type QuerySegment, type Range } from './normalise';
import { FIGURE_PREFIX, kindOfAnchor, parseRecordUrl, type FilterKey, type Lookup, type RecordKind } from './shared';

/** Below this many exact matches, partial matches are looked for as well. */
const FEW = 3;
/** A query with more characters and words than this gets no partial matches (they would mean little). */
const MAX_PARTIAL_UNITS = 12;

/** The part of Pagefind's JS API used here (pagefind.js, 1.6). */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
export interface PagefindLike {
  search(term: string, options?: { filters?: Record<string, string | string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

export type Filters = Partial<Record<FilterKey, string>>;

/** A record Pagefind found, not yet loaded. */
export interface Candidate {
  /** Pagefind's id for the record (its fragment). */
  id: string;
  result: PagefindResult;
  score: number;
  expected: 'exact' | 'partial';
}

interface Found {
  plan: QueryPlan;
  exact: Candidate[];
  partial: Candidate[];
}

/** A result, loaded and checked, ready to show. */
export interface Hit {
  id: string;
  match: 'exact' | 'partial';
  slug: string;
  kind: RecordKind;
  anchor: string;
  /** Report title and programme (lookup.json). */
  title: string;
  programme: string;
  /** The record's text and its script. */
  text: string;
  lang: string;
  /** Figures: "label：value" (label ours, in Simplified). */
  label: string;
  /** Where the query is in `text` and in `label`. */
  ranges: Range[];
  labelRanges: Range[];
  /** The link: the element on the report page, with a text directive for the first hit. */
  href: string;
  /** An English hit: the same element on the report's Chinese page, and that page's script. */
  original?: { href: string; lang: string };
}

export function toPagefindFilters(filters: Filters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filters)) if (v) out[k] = v;
  return out;
}

/** Where the page's text may be cut for a text directive: the word boundaries of `text`. */
function wordBoundaries(text: string, lang: string): number[] {
  const out = new Set<number>([0, text.length]);
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    for (const seg of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
      out.add(seg.index);
      out.add(seg.index + seg.segment.length);
    }
  } else {
    for (let i = 0; i <= text.length; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

interface DirectiveOptions {
  lang: string;
  /** Offsets after which the page shows a note reference (r1…): no directive may run across one. */
  notes?: readonly number[];
  /** Stretches the page also shows earlier (quoted in the summary panel): a directive must reach outside them. */
  quoted?: readonly (readonly [number, number])[];
  /** The stretch of `text` that is one block on the page (the context stays inside it). */
  block?: readonly [number, number];
  /** At most this many characters of context on each side. */
  maxContext?: number;
}

const SENTENCE_END = /[。！？!?]/;
const CLOSING = /[”’」』）)]/;

/**
 * A text directive (:~:text=prefix-,hit,-suffix) that makes the browser land on a hit
 * and highlight it. A browser takes the first place in the page where the words occur,
 * on word boundaries (Chromium's ICU word breaker, as Intl.Segmenter), and the page
 * repeats words (the summary panel, earlier paragraphs); so the hit's context is its
 * sentence, reaching outside any stretch the summary panel quotes, and never across a
 * note reference (r1…, text the record does not have). Returns '' when no safe
 * directive exists: a directive that matches nothing leaves the reader at the top of
 * the page, so then the link lands on the element alone.
 */
export function textDirectiveFor(text: string, hit: Range, options: DirectiveOptions): string {
  const [blockStart, blockEnd] = options.block ?? [0, text.length];
  const bounds = wordBoundaries(text, options.lang).filter((b) => b >= blockStart && b <= blockEnd);
  const down = (i: number) => bounds.filter((b) => b <= i).at(-1) ?? blockStart;
  const up = (i: number) => bounds.find((b) => b >= i) ?? blockEnd;
  const max = options.maxContext ?? 30;
  const s = down(hit.start);
  const e = up(hit.end);
  if (e <= s) return '';

  // The sentence around the hit.
  let from = s;
  while (from > blockStart && !SENTENCE_END.test(text[from - 1]!) && s - from < max) from--;
  let to = e;
  while (to < blockEnd && !SENTENCE_END.test(text[to - 1] ?? '') && to - e < max) to++;
  while (to < blockEnd && CLOSING.test(text[to]!)) to++;
  from = up(from);
  to = down(to);
  if (from > s) from = s;
  if (to < e) to = e;

  for (const [qs, qe] of options.quoted ?? []) {
    if (from < qs || to > qe) continue;
    // All of it lies inside a quoted stretch: reach past the quote's nearer end.
    const before = qs > blockStart ? s - qs : Infinity;
    const after = qe < blockEnd ? qe - e : Infinity;
    if (before === Infinity && after === Infinity) return '';
    if (before <= after) from = down(Math.max(blockStart, qs - 2));
    else to = up(Math.min(blockEnd, qe + 2));
  }
  for (const note of options.notes ?? []) {
    if (note > s && note < e) return '';
    if (note > from && note <= s) from = note;
    if (note >= e && note < to) to = note;
  }
  // Cutting the context at a note may have put it back inside a quote.
  if ((options.quoted ?? []).some(([qs, qe]) => from >= qs && to <= qe)) return '';

  const enc = (t: string) => encodeURIComponent(t).replace(/-/g, '%2D');
  const prefix = text.slice(from, s).trimStart();
  const suffix = text.slice(e, to).trimEnd();
  return `:~:text=${prefix ? `${enc(prefix)}-,` : ''}${enc(text.slice(s, e))}${suffix ? `,-${enc(suffix)}` : ''}`;
}

export class ArchiveSearch {
  readonly map: FoldMap;

  constructor(
    private readonly pagefind: PagefindLike,
    private readonly lookup: Lookup,
  ) {
    this.map = foldMapFromPairs(lookup.fold);
  }

  /** Ids and scores of all matching records, exact first; nothing is loaded yet. */
  async find(query: string, filters: Filters = {}): Promise<Found> {
    const plan = planQuery(query, this.map);
    if (plan.segments.length === 0) return { plan, exact: [], partial: [] };
    const pf = { filters: toPagefindFilters(filters) };

    // A lone word (370mw, mect) is matched as a prefix, like any Latin search; anything
    // with Han bigrams as a phrase (an exact search never falls back to a shorter term).
    const asPhrase = (seg: QuerySegment) => seg.phrase && (seg.terms.length > 1 || /\p{Script=Han}/u.test(seg.text));
    const bySegment = await Promise.all(plan.segments.map((seg) => this.ids(asPhrase(seg) ? `"${seg.terms.join(' ')}"` : seg.terms.join(' '), pf)));
    const exact = intersect(bySegment).map(([result, score]) => ({ id: result.id, result, score, expected: 'exact' as const }));

    let partial: Candidate[] = [];
    if (exact.length < FEW && plan.units.length > 1 && plan.units.length <= MAX_PARTIAL_UNITS) {
      const byUnit = await Promise.all(plan.units.map((u) => this.ids(u, pf)));
      if (byUnit.every((m) => m.size > 0)) {
        const seen = new Set(exact.map((c) => c.id));
        partial = intersect(byUnit)
          .filter(([r]) => !seen.has(r.id))
          .map(([result, score]) => ({ id: result.id, result, score, expected: 'partial' as const }));
      }
    }
    return { plan, exact, partial };
  }

  private async ids(term: string, options: { filters: Record<string, string> }): Promise<Map<string, [PagefindResult, number]>> {
    const response = await this.pagefind.search(term, options);
    return new Map((response?.results ?? []).map((r) => [r.id, [r, r.score] as [PagefindResult, number]]));
  }

  /** Loads candidates (in order), checks each against the query, and returns what matches. */
  async load(plan: QueryPlan, candidates: Candidate[]): Promise<Hit[]> {
    const hits = await Promise.all(candidates.map(async (c) => this.hit(plan, c, await c.result.data())));
    return hits.filter((hit) => hit !== null);
  }

  private hit(plan: QueryPlan, c: Candidate, data: { url: string; meta: Record<string, string> }): Hit | null {
    const where = parseRecordUrl(data.url);
    if (!where) return null;
    const report = this.lookup.reports[where.slug];
    if (!report) return null;
    const kind = kindOfAnchor(where.anchor);
    const text = data.meta.text ?? '';
    const label = kind === 'figure' ? (report.figures[where.anchor.slice(FIGURE_PREFIX.length)] ?? '') : '';
    // A figure is found by its label and value (what the index holds for it).
    const matched = matchKind(kind === 'figure' ? label : text, plan, this.map);
    if (matched === 'none') return null;
    const match = c.expected === 'exact' && matched === 'exact' ? 'exact' : 'partial';
    const ranges = matchRanges(text, plan, this.map, match);
    const labelRanges = label ? matchRanges(label, plan, this.map, match) : [];
    const lang = kind === 'summary' ? 'zh-Hans' : report.lang;
    const page = data.url.replace(/#.*$/, '');
    const first = ranges[0] ?? null;
    // A figure's words are spread over label, value and sentence on the page: its link
    // lands on the figure (which the page marks), with no directive.
    let directive = '';
    if (first && kind !== 'figure') {
      // The title record is the title, then the deck: two blocks on the page.
      const gap = kind === 'title' ? text.indexOf('　') : -1;
      const block: [number, number] = gap < 0 ? [0, text.length] : first.start < gap ? [0, gap] : [gap + 1, text.length];
      directive = textDirectiveFor(text, first, {
        lang,
        block,
        notes: kind === 'paragraph' ? report.notes[where.anchor] : undefined,
        quoted: kind === 'paragraph' ? report.quoted[where.anchor] : undefined,
      });
    }
    const fragment = `${where.anchor}${directive}`;
    return {
      id: c.id,
      match,
      slug: where.slug,
      kind,
      anchor: where.anchor,
      title: report.title,
      programme: report.programme,
      text,
      lang,
      label,
      ranges,
      labelRanges,
      href: fragment ? `${page}#${fragment}` : page,
    };
  }
}

/** Records found by every search, with the sum of their scores, best first. */
function intersect(sets: Map<string, [PagefindResult, number]>[]): [PagefindResult, number][] {
  if (sets.length === 0) return [];
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out: [PagefindResult, number][] = [];
  for (const [id, [result, score]] of first!) {
    let total = score;
    let everywhere = true;
    for (const other of rest) {
      const hit = other.get(id);
      if (!hit) {
        everywhere = false;
        break;
      }
      total += hit[1];
    }
    if (everywhere) out.push([result, total]);
  }
  return out.sort((a, b) => b[1] - a[1]);
}

/** A piece of an excerpt: plain text, or a marked hit. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of `text` around its first hit: up to `radius` characters either side (cut
 * at a punctuation mark where one is near), with an ellipsis where text is left out, and
 * every hit inside marked.
 */
export function excerpt(text: string, ranges: Range[], radius = 60): ExcerptPiece[] {
  const chars = text.length;
  const first = ranges[0];
  let from = 0;
  let to = chars;
  if (first && chars > radius * 2 + 20) {
    from = Math.max(0, first.start - radius);
    to = Math.min(chars, Math.max(first.end + radius, from + radius * 2));
    // Start after a sentence or clause mark when one is close before the window.
    const before = text.slice(from, first.start);
    const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('，'), before.lastIndexOf('；'));
    if (cut >= 0 && cut < radius / 2) from += cut + 1;
  } else if (!first && chars > radius * 2) {
    to = radius * 2;
  }
  // Never split a surrogate pair.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from] ?? '')) from -= 1;
  if (to < chars && /[\uDC00-\uDFFF]/.test(text[to] ?? '')) to += 1;
  const pieces: ExcerptPiece[] = [];
  if (from > 0) pieces.push({ text: '…', mark: false });
  let at = from;
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue;
    const s = Math.max(r.start, from);
    const e = Math.min(r.end, to);
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), mark: false });
  if (to < chars) pieces.push({ text: '…', mark: false });
  return pieces;
}
