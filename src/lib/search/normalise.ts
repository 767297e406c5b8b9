/**
 * The search normalisation: ONE module, used at build time to make the index
 * (src/lib/search/records.ts) and in the browser to read the query
 * (src/lib/search/client.ts), so the two can never disagree.
 *
 * Chinese is not segmented into words. Instead every character is folded to one search
 * form and Han text is cut into overlapping two-character pieces:
 *
 * 1. Fold each character: Unicode NFKC (full-width Ｌａｔｉｎ and digits → ASCII, CJK
 *    compatibility ideographs → unified), lower case, then the fold map — a
 *    character-for-character Traditional→Simplified table made at build time from
 *    OpenCC's dictionaries for the characters of the archive and their variants
 *    (src/lib/search/fold-map.ts). 醫療援疆 and 医疗援疆 fold to the same string.
 * 2. Split the folded text into runs: Han runs (\p{Script=Han}) and word runs (letters
 *    and digits of other scripts; a '.' or ',' between two digits stays inside the run,
 *    so 13.56 is one run). Everything else separates runs.
 * 3. Index tokens: for a Han run, its overlapping bigrams and its last character alone
 *    (醫療援疆 → 医疗 疗援 援疆 疆), so every character starts a token; for a word run, the
 *    word, with a hyphen between letters and digits (370mw → 370-mw), which Pagefind
 *    indexes as the whole word and its parts.
 *    Query (planQuery): the query's segments (stretches of touching runs), each as its
 *    terms in order — bigrams of a Han run, a lone Han character as itself, words. The
 *    search (client.ts) looks a segment up as a phrase (the bigrams next to each other in
 *    the record, which holds only where the text has the segment), a lone character or
 *    word as a prefix.
 *
 * Pagefind then only ever sees space-separated tokens in a language it does not
 * segment ('und'): its own Chinese segmentation (jieba/ICU4X at build time,
 * Intl.Segmenter at query time) plays no part.
 */
import { isHan } from '../../core/han';

/** Traditional (and variant) → Simplified, one character to one character. */
export type FoldMap = ReadonlyMap<string, string>;

/**
 * The fold map as shipped to the browser: a string of character pairs, each source
 * character followed by its folded form ("醫医療疗…"). Compact and trivially parsed.
 */
export function foldMapFromPairs(pairs: string): FoldMap {
  const chars = Array.from(pairs);
  if (chars.length % 2 !== 0) throw new Error('fold map: odd number of characters');
  const map = new Map<string, string>();
  for (let i = 0; i < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/** The inverse of foldMapFromPairs, sorted so the output is stable. */
export function foldMapToPairs(map: FoldMap): string {
  return [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => k + v)
    .join('');
}

const WORD = /^[\p{L}\p{N}\p{M}]$/u;
const DIGIT = /^\p{Nd}$/u;

/** The folded form of one character (one code point); may be empty or longer than one character. */
function foldChar(ch: string, map: FoldMap): string {
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) out += map.get(c) ?? c;
  return out;
}

/**
 * Folded text, with where each of its UTF-16 units came from in the source, so a match
 * in the folded text can be marked in the original: folded[i] comes from
 * source.slice(start[i], end[i]).
 */
interface FoldedText {
  text: string;
  start: number[];
  end: number[];
}

export function foldText(source: string, map: FoldMap): FoldedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of source) {
    const piece = foldChar(ch, map);
    for (let k = 0; k < piece.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    text += piece;
    i += ch.length;
  }
  return { text, start, end };
}

/** Folds a string (the text only). */
export function fold(source: string, map: FoldMap): string {
  let out = '';
  for (const ch of source) out += foldChar(ch, map);
  return out;
}

/** A run of folded text: Han characters, or letters and digits. */
interface Run {
  kind: 'han' | 'word';
  /** The run's characters (code points). */
  chars: string[];
  /** Where it starts in the folded text, in code points. */
  from: number;
}

/** Splits folded text into Han runs and word runs; anything else separates them. */
export function runs(folded: string): Run[] {
  const out: Run[] = [];
  const chars = Array.from(folded);
  let current: Run | null = null;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    let kind: Run['kind'] | null = null;
    if (isHan(ch)) kind = 'han';
    else if (WORD.test(ch)) kind = 'word';
    else if (
      (ch === '.' || ch === ',') &&
      current?.kind === 'word' &&
      DIGIT.test(current.chars[current.chars.length - 1]!) &&
      DIGIT.test(chars[i + 1] ?? '')
    ) {
      kind = 'word';
    }
    if (kind === null) {
      current = null;
      continue;
    }
    if (current === null || current.kind !== kind) {
      current = { kind, chars: [], from: i };
      out.push(current);
    }
    current.chars.push(ch);
  }
  return out;
}

function bigrams(chars: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * A word as indexed: a hyphen between letters and digits (370mw → 370-mw). Pagefind
 * indexes such a compound as the whole word (370mw) and, at the same position, its parts
 * (370, mw) — as it does 13.56 (1356, 13, 56) — so a part can be found on its own and
 * the word still sits next to its neighbours for phrase search.
 */
function indexWord(word: string): string {
  return word.replace(/(?<=\p{Nd})(?=[\p{L}\p{M}])|(?<=[\p{L}\p{M}])(?=\p{Nd})/gu, '-');
}

/** The index tokens of a text, in order (duplicates kept: they count for ranking). */
export function indexTokens(source: string, map: FoldMap): string[] {
  const tokens: string[] = [];
  for (const run of runs(fold(source, map))) {
    if (run.kind === 'han') {
      // Overlapping bigrams, and the last character alone: 醫療援疆 → 医疗 疗援 援疆 疆.
      // Every character starts a token, so a one-character query (Pagefind matches
      // terms as prefixes) finds every occurrence; see planQuery.
      run.chars.forEach((ch, i) => tokens.push(i + 1 < run.chars.length ? ch + run.chars[i + 1]! : ch));
    } else {
      tokens.push(indexWord(run.chars.join('')));
    }
  }
  return tokens;
}

/** What Pagefind indexes for a text: its tokens separated by spaces. */
export function indexContent(source: string, map: FoldMap): string {
  return indexTokens(source, map).join(' ');
}

/** One piece of a query: a stretch of touching runs (13.56亿元 is one piece: a word, then Han). */
export interface QuerySegment {
  /** Folded; a matching text contains it verbatim. */
  text: string;
  /** Its terms in order: bigrams of each Han run (a one-character run stays one character), and words. */
  terms: string[];
  /**
   * Whether its terms can be searched as a phrase (Pagefind's exact search: the terms
   * next to each other, in order). True unless a Han run in it is a single character,
   * which the index holds only as the first character of a bigram, so it can only be
   * matched as a prefix.
   */
  phrase: boolean;
}

/** A reader's query, read once and used for the search, the ranking and the highlights. */
export interface QueryPlan {
  /** As typed (trimmed). */
  raw: string;
  /** The query split at whitespace and punctuation; distinct segments, in order. */
  segments: QuerySegment[];
  /**
   * Every Han character and word of the query, once each: what a partial match must
   * contain (each of them, anywhere in the text).
   */
  units: string[];
}

const unique = (xs: string[]) => [...new Set(xs)];

export function planQuery(query: string, map: FoldMap): QueryPlan {
  const raw = query.trim();
  const segments: QuerySegment[] = [];
  const units: string[] = [];
  let current: QuerySegment | null = null;
  let lastEnd = -1;
  for (const run of runs(fold(raw, map))) {
    const text = run.chars.join('');
    if (current === null || run.from !== lastEnd) {
      current = { text: '', terms: [], phrase: true };
      segments.push(current);
    }
    current.text += text;
    lastEnd = run.from + run.chars.length;
    if (run.kind === 'han') {
      if (run.chars.length === 1) current.phrase = false;
      current.terms.push(...(run.chars.length === 1 ? run.chars : bigrams(run.chars)));
      units.push(...run.chars);
    } else {
      current.terms.push(text);
      units.push(text);
    }
  }
  const seen = new Set<string>();
  return {
    raw,
    segments: segments.filter((s) => (seen.has(s.text) ? false : (seen.add(s.text), true))),
    units: unique(units),
  };
}

/** How a text matches a query. */
type MatchKind = 'exact' | 'partial' | 'none';

/**
 * exact: the folded text contains every segment of the query verbatim (the phrase);
 * partial: it contains every character and word of the query, but not all together;
 * none: otherwise.
 */
export function matchKind(source: string, plan: QueryPlan, map: FoldMap): MatchKind {
  if (plan.segments.length === 0) return 'none';
  const text = fold(source, map);
  if (plan.segments.every((s) => text.includes(s.text))) return 'exact';
  if (plan.units.every((u) => text.includes(u))) return 'partial';
  return 'none';
}

/** A stretch of the original text to mark: [start, end) in UTF-16 units. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Where the query occurs in the original text: every occurrence of each segment (for an
 * exact match) or of each character and word (for a partial one), merged and sorted.
 */
export function matchRanges(source: string, plan: QueryPlan, map: FoldMap, kind: MatchKind = 'exact'): Range[] {
  const folded = foldText(source, map);
  const needles = kind === 'exact' ? plan.segments.map((s) => s.text) : plan.units;
  const ranges: Range[] = [];
  for (const needle of needles) {
    if (needle === '') continue;
    let at = folded.text.indexOf(needle);
    while (at !== -1) {
      ranges.push({ start: folded.start[at]!, end: folded.end[at + needle.length - 1]! });
      at = folded.text.indexOf(needle, at + needle.length);
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
