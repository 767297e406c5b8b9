/**
 * The search normalisation (src/lib/search/normalise.ts) and the fold map it uses
 * (src/lib/search/fold-map.ts): one module folds the index and the query, so Simplified
 * and Traditional text meet, and the query's terms are always among the index's tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../helpers/content';
import { paragraphTexts } from '../../src/lib/report-text';
import { buildFoldMap, simplifyChar } from '../../src/lib/search/fold-map';
import {
  fold,
  foldMapFromPairs,
  foldMapToPairs,
  foldText,
  indexContent,
  indexTokens,
  matchKind,
  matchRanges,
  planQuery,
  runs,
} from '../../src/lib/search/normalise';

const ROOT = path.resolve(import.meta.dirname, '../..');
const reportBodies = readdirSync(path.join(ROOT, 'content/reports'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(path.join(ROOT, 'content/reports', f), 'utf8'));
const corpus = [
  ...reportBodies.flatMap((b) => [...paragraphTexts(b).values()]),
  ...loadArchive(ROOT).programmes.flatMap((p) => [p.title, ...(p.summary === undefined ? [] : [p.summary]), ...(p.figures ?? []).map((f) => f.label)]),
];
// A small map for the tests that do not need the archive's.
const small = buildFoldMap(['醫療援疆 骆驼 準東 山東水發 13.56億元 台州骨伤医院 着']);
const archive = buildFoldMap(corpus);

describe('fold', () => {
  it('folds Traditional and Simplified spellings to the same string', () => {
    expect(fold('醫療援疆', small)).toBe('医疗援疆');
    expect(fold('医疗援疆', small)).toBe('医疗援疆');
    expect(fold('山東水發', small)).toBe(fold('山东水发', small));
    expect(fold('準東', small)).toBe('准东');
    expect(fold('駱駝', small)).toBe('骆驼');
  });

  it('folds full-width Latin and digits, and case', () => {
    expect(fold('ＭＥＣＴ', small)).toBe('mect');
    expect(fold('MECT', small)).toBe('mect');
    expect(fold('１３．５６億元', small)).toBe('13.56亿元');
  });

  it('keeps a map of the variants of the corpus characters, not of all of Chinese', () => {
    // 骆 is in the corpus (Simplified): its Traditional form 駱 is in the map.
    expect(small.get('駱')).toBe('骆');
    // A character unrelated to the corpus is not.
    expect(small.has('龍')).toBe(false);
    expect(simplifyChar('龍')).toBe('龙');
  });

  it('is idempotent: a folded character folds to itself', () => {
    for (const [from, to] of archive) {
      expect(archive.get(to) ?? to, `${from} → ${to}`).toBe(to);
    }
  });

  it('the archive map is small and survives its wire format', () => {
    const pairs = foldMapToPairs(archive);
    expect(Buffer.byteLength(pairs)).toBeLessThan(8 * 1024);
    expect(foldMapFromPairs(pairs)).toEqual(archive);
    for (const t of ['醫', '療', '東', '營', '發', '準']) expect(archive.has(t), t).toBe(true);
  });

  it('maps folded positions back to the original text', () => {
    const f = foldText('「醫療」㎡援疆', small);
    expect(f.text).toBe('「医疗」m2援疆');
    // m and 2 both come from ㎡ (source index 4).
    expect(f.start[4]).toBe(4);
    expect(f.start[5]).toBe(4);
    expect(f.end[5]).toBe(5);
  });
});

describe('index tokens', () => {
  it('cuts Han runs into overlapping bigrams plus the last character', () => {
    expect(indexTokens('醫療援疆', small)).toEqual(['医疗', '疗援', '援疆', '疆']);
    expect(indexTokens('医', small)).toEqual(['医']);
  });

  it('never joins characters across punctuation or space', () => {
    expect(indexTokens('医疗，援疆', small)).toEqual(['医疗', '疗', '援疆', '疆']);
    expect(indexTokens('医疗 援疆', small)).toEqual(['医疗', '疗', '援疆', '疆']);
  });

  it('keeps numbers and Latin words whole, hyphenating letters from digits', () => {
    expect(indexTokens('13.56億元', small)).toEqual(['13.56', '亿元', '元']);
    expect(indexTokens('浙能柯坪370MW光伏', small)).toEqual(['浙能', '能柯', '柯坪', '坪', '370-mw', '光伏', '伏']);
    expect(indexTokens('南疆首例MECT（改良电休克治疗）', small).slice(0, 5)).toEqual(['南疆', '疆首', '首例', '例', 'mect']);
    expect(indexContent('共755名', small)).toBe('共 755 名');
  });

  it('splits runs: Han, words; a point between digits stays in the number', () => {
    expect(runs('v1.2版13.56亿').map((r) => `${r.kind}:${r.chars.join('')}`)).toEqual(['word:v1.2', 'han:版', 'word:13.56', 'han:亿']);
    expect(runs('a.b').map((r) => r.chars.join(''))).toEqual(['a', 'b']);
  });
});

describe('query plan', () => {
  it('reads a Traditional query like its Simplified form', () => {
    const { raw: _t, ...traditional } = planQuery('醫療援疆', small);
    const { raw: _s, ...simplified } = planQuery('医疗援疆', small);
    expect(traditional).toEqual(simplified);
  });

  it('makes phrase terms of the bigrams of each segment', () => {
    const plan = planQuery('医疗援疆', small);
    expect(plan.segments).toEqual([{ text: '医疗援疆', terms: ['医疗', '疗援', '援疆'], phrase: true }]);
    expect(plan.units).toEqual(['医', '疗', '援', '疆']);
  });

  it('keeps touching runs in one segment and splits at spaces and punctuation', () => {
    const plan = planQuery(' 13.56億元，MECT  疆 ', small);
    expect(plan.raw).toBe('13.56億元，MECT  疆');
    expect(plan.segments.map((s) => s.text)).toEqual(['13.56亿元', 'mect', '疆']);
    expect(plan.segments[0]!.terms).toEqual(['13.56', '亿元']);
    // A single Han character is only ever the start of a token: matched as a prefix, not a phrase.
    expect(plan.segments[2]).toEqual({ text: '疆', terms: ['疆'], phrase: false });
  });

  it('has nothing to search for punctuation alone', () => {
    expect(planQuery('，。！ ', small).segments).toEqual([]);
  });

  it('every query term of any stretch of the corpus is one of that stretch’s index tokens', () => {
    for (const text of corpus) {
      const tokens = new Set(indexTokens(text, archive));
      const chars = [...text];
      // Every two- and three-character stretch inside one Han run.
      for (let i = 0; i + 3 <= chars.length; i += 7) {
        const piece = chars.slice(i, i + 3).join('');
        if (!/^\p{Script=Han}+$/u.test(piece)) continue;
        for (const seg of planQuery(piece, archive).segments) {
          for (const term of seg.terms) expect(tokens.has(term), `${piece}: ${term}`).toBe(true);
        }
      }
    }
  });
});

describe('matching and marking', () => {
  const plan = (q: string) => planQuery(q, small);

  it('tells exact, partial and no matches apart', () => {
    expect(matchKind('推動醫療援疆工作', plan('医疗援疆'), small)).toBe('exact');
    expect(matchKind('醫療隊，援疆幹部', plan('医疗援疆'), small)).toBe('partial');
    expect(matchKind('教育援疆', plan('医疗援疆'), small)).toBe('none');
    expect(matchKind('累計投入13.56億元', plan('13.56亿元'), small)).toBe('exact');
    expect(matchKind('累計投入13.56萬元', plan('13.56亿元'), small)).toBe('none');
    // Several words: each must be there.
    expect(matchKind('台州醫療隊', plan('医疗 台州'), small)).toBe('exact');
  });

  it('marks the hit in the original, Traditional text', () => {
    const text = '推動醫療援疆，醫療隊';
    const exact = matchRanges(text, plan('医疗'), small, 'exact');
    expect(exact.map((r) => text.slice(r.start, r.end))).toEqual(['醫療', '醫療']);
    const partial = matchRanges('醫療隊，援疆幹部', plan('医疗援疆'), small, 'partial');
    expect(partial).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
  });
});
