/**
 * The fold map (see normalise.ts): Traditional and variant characters → Simplified, one
 * character to one character, restricted to what the archive needs. Built at build time
 * from OpenCC's dictionaries (opencc-js), so the browser never downloads them: it gets
 * only this map, a few KB.
 *
 * For every character c of the indexed text, the map holds c's own entry and an entry
 * for each Traditional or regional variant of c's Simplified form. So 醫 (printed in a
 * Traditional report) folds to 医, and so does 醫 typed by a reader looking for 医 in a
 * Simplified report; 駱 is in the map because 骆 is in huzhou-keping.
 *
 * Character by character, never phrase by phrase: a search key must fold the same way
 * whatever surrounds it. Where OpenCC gives several Simplified forms, the first is used;
 * both sides of the search use the same map, so an over-merge (著 and 着 both → 着)
 * costs a little precision, never recall.
 */
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { isHan } from '../../core/han';
import type { FoldMap } from './normalise';

type Dict = Map<string, string[]>;

/** Reads an opencc-js dictionary string: "key value value|key value|…". Only single-character keys are kept. */
function parseDict(text: string): Dict {
  const dict: Dict = new Map();
  for (const entry of text.split('|')) {
    const [key, ...values] = entry.split(' ');
    if (!key || values.length === 0 || Array.from(key).length !== 1) continue;
    const singles = values.filter((v) => Array.from(v).length === 1);
    if (singles.length > 0) dict.set(key, singles);
  }
  return dict;
}

let dicts: { ts: Dict; st: Dict; tsReverse: Dict; toStandard: Dict[]; toRegional: Dict[] } | null = null;

function load() {
  if (dicts) return dicts;
  const ts = parseDict(TSCharacters);
  // Simplified → every Traditional character TSCharacters simplifies to it (乾 and 幹 → 干).
  const tsReverse: Dict = new Map();
  for (const [t, [s]] of ts) if (s) tsReverse.set(s, [...(tsReverse.get(s) ?? []), t]);
  dicts = {
    ts,
    st: parseDict(STCharacters),
    tsReverse,
    // Taiwan and Hong Kong forms → OpenCC's standard Traditional form.
    toStandard: [parseDict(TWVariantsRev), parseDict(HKVariantsRev)],
    // Standard Traditional → Taiwan and Hong Kong forms.
    toRegional: [parseDict(TWVariants), parseDict(HKVariants)],
  };
  return dicts;
}

/** The Simplified form of one (NFKC-normalised) character by OpenCC's dictionaries. */
export function simplifyChar(ch: string): string {
  const { ts, toStandard } = load();
  let c = ch;
  for (const d of toStandard) {
    const standard = d.get(c)?.[0];
    if (standard) {
      c = standard;
      break;
    }
  }
  return ts.get(c)?.[0] ?? c;
}

/** Every Traditional and regional form OpenCC knows for a Simplified character. */
function variantsOf(simplified: string): string[] {
  const { st, tsReverse, toRegional } = load();
  const out = new Set<string>([simplified]);
  for (const t of [...(st.get(simplified) ?? []), ...(tsReverse.get(simplified) ?? [])]) out.add(t);
  for (const t of [...out]) for (const d of toRegional) for (const v of d.get(t) ?? []) out.add(v);
  return [...out];
}

/**
 * The fold map for a corpus: an entry for every Han character of `texts` whose
 * Simplified form differs from it, and for every variant of those Simplified forms.
 */
export function buildFoldMap(texts: Iterable<string>): FoldMap {
  const chars = new Set<string>();
  for (const text of texts) {
    for (const ch of text.normalize('NFKC')) if (isHan(ch)) chars.add(ch);
  }
  const map = new Map<string, string>();
  const add = (ch: string) => {
    const s = simplifyChar(ch);
    if (s !== ch) map.set(ch, s);
    return s;
  };
  for (const ch of chars) {
    const s = add(ch);
    for (const v of variantsOf(s)) if (v.normalize('NFKC') === v) add(v);
  }
  // Folding must be idempotent: if a → b and b → c, then a → c, so that a reader who types
  // the folded form of a character finds it.
  for (const [k, v] of map) {
    let target = v;
    const seen = new Set([k]);
    while (map.has(target) && !seen.has(target)) {
      seen.add(target);
      target = map.get(target)!;
    }
    if (target === k) map.delete(k);
    else map.set(k, target);
  }
  return map;
}
