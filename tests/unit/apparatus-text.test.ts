/**
 * The editorial apparatus, pure parts: aligning a raw capture line with its published
 * block (what cleaning did, character by character), wrapping ranges of a paragraph's
 * text in rendered HTML without changing it, converting text nodes between scripts.
 */
import { describe, expect, it } from 'vitest';
import { readSegments } from '../../src/core/report-body';
import type { Restoration } from '../../src/core/schemas/restoration';
import { captureRows, markedLineHtml } from '../../src/lib/apparatus/captured';
import { convertTo } from '../../src/lib/apparatus/convert';
import { convertHtmlText, decodeText, tokenizeHtml, wrapRanges } from '../../src/lib/apparatus/html';
import { AlignmentError, explainLine, punctuationOffsets, summariseLine } from '../../src/lib/apparatus/interventions';
import { apparatusOf, loadArchive } from '../helpers/content';

const ARCHIVE = loadArchive();
const SLUGS = ARCHIVE.reports.map((r) => r.id).sort();
const buildApparatus = (slug: string) => apparatusOf(ARCHIVE, slug);

const record = (id: string, garbled: string, restored: string | null): Restoration => ({
  id,
  line: 1,
  garbled,
  restored,
  kind: restored === null ? 'gap' : 'gbk-realigned',
  certainty: restored === null ? 'unrecoverable' : 'certain',
  basis: { zh: '夹具', en: 'fixture' },
});

const textOf = (html: string) =>
  decodeText(
    tokenizeHtml(html)
      .filter((t) => t.kind === 'text')
      .map((t) => t.raw)
      .join(''),
  );

describe('explainLine', () => {
  it('finds removed pinyin, restored punctuation and restorations', () => {
    const raw = '  東營(yíng)援疆,當?shù)孛裆?推?dòng)(app)3,5  ';
    const records = new Map([['r1', record('r1', '?shù)孛裆?', '地民生')]]);
    const segments = readSegments('東營援疆，當<Restored id="r1">地民生</Restored>推?dòng)(app)3,5');
    // "推?dòng)" stays: the pinyin follows "?", not a Han character (the pipeline's rule).
    const tokens = explainLine(raw, segments, records);
    expect(tokens).toEqual([
      { type: 'trim', raw: '  ' },
      { type: 'same', raw: '東營' },
      { type: 'pinyin', raw: '(yíng)' },
      { type: 'same', raw: '援疆' },
      { type: 'punct', raw: ',', clean: '，' },
      { type: 'same', raw: '當' },
      { type: 'restoration', id: 'r1', raw: '?shù)孛裆?', clean: '地民生' },
      { type: 'same', raw: '推?dòng)(app)3,5' },
      { type: 'trim', raw: '  ' },
    ]);
    expect(tokens.map((t) => t.raw).join('')).toBe(raw);
    expect(punctuationOffsets(tokens, '〔缺〕')).toEqual([4]);
    expect(summariseLine(tokens)).toMatchObject({ pinyin: ['(yíng)'], punctuationCount: 1, restorations: ['r1'], trimmed: true });
  });

  it('counts a gap as 〔缺〕 in reading-text offsets', () => {
    const records = new Map([['r2', record('r2', '??', null)]]);
    const tokens = explainLine('甲??乙,丙', readSegments('甲<Gap id="r2" />乙，丙'), records);
    expect(punctuationOffsets(tokens, '〔缺〕')).toEqual([5]);
  });

  it('refuses an alignment that no cleaning step explains', () => {
    expect(() => explainLine('甲乙', readSegments('甲丙'), new Map())).toThrow(AlignmentError);
    expect(() => explainLine('甲,乙', readSegments('甲，乙丙'), new Map())).toThrow(/characters remain/);
  });

  it('aligns every article line of every report with its published block', () => {
    for (const slug of SLUGS) {
      const app = buildApparatus(slug);
      const totals = { pinyin: 0, punct: 0 };
      for (const b of app.blocks) {
        expect(b.tokens.map((t) => t.raw).join(''), `${slug} line ${b.line}`).toBe(b.raw);
        const s = summariseLine(b.tokens);
        totals.pinyin += s.pinyin.length;
        totals.punct += s.punctuationCount;
      }
      // The frontmatter counts include the metadata lines (title, deck…), never fewer.
      expect(totals.pinyin).toBeLessThanOrEqual(app.data.cleaning.pinyinAnnotationsRemoved);
      expect(totals.punct).toBeLessThanOrEqual(app.data.cleaning.punctuationRestored);
      expect(app.data.cleaning.punctuationRestored - totals.punct).toBeLessThan(3);
      const marked = new Set(app.blocks.flatMap((b) => summariseLine(b.tokens).restorations));
      expect([...marked].sort()).toEqual(app.data.restorations.map((r) => r.id).sort());
    }
  });

  it('dongying-shule line 4: r1–r4, 39 pinyin annotations, 10 commas', () => {
    const b = buildApparatus('dongying-shule').byLine.get(4)!;
    expect(b.anchor).toBe('p2');
    const s = summariseLine(b.tokens);
    expect(s.restorations).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(s.pinyin).toHaveLength(39);
    expect(s.punctuation).toEqual({ ',→，': 10 });
  });
});

describe('wrapRanges', () => {
  const html =
    '當<ins class="restored" id="ref-r1" data-certainty="inferred">地民生</ins><sup class="note-ref" data-pagefind-ignore><a href="#note-r1" aria-label="修復處 r1">r1</a></sup>，援疆 &amp; 指揮部 MW';
  it('wraps characters of top-level text, counting restorations but not note references', () => {
    const { html: out, text } = wrapRanges(html, [
      { start: 4, end: 5, open: '<span class="reg">', close: '</span>' },
      { start: 5, end: 7, open: '<a class="term" href="/g/#t">', close: '</a>' },
    ]);
    expect(text).toBe('當地民生，援疆 & 指揮部 MW');
    expect(out).toContain('<span class="reg">，</span><a class="term" href="/g/#t">援疆</a> &amp; 指揮部');
    expect(textOf(out.replace(/<sup[\s\S]*?<\/sup>/, ''))).toBe(text);
    expect(out).toContain('<sup class="note-ref" data-pagefind-ignore><a href="#note-r1" aria-label="修復處 r1">r1</a></sup>');
  });
  it('nests ranges and refuses ranges inside restorations', () => {
    const nested = wrapRanges('援疆指揮部', [
      { start: 0, end: 5, open: '<a>', close: '</a>' },
      { start: 2, end: 3, open: '<b>', close: '</b>' },
    ]);
    expect(nested.html).toBe('<a>援疆<b>指</b>揮部</a>');
    expect(() => wrapRanges(html, [{ start: 1, end: 3, open: '<a>', close: '</a>' }])).toThrow(/plain text node/);
  });
});

describe('convertHtmlText', () => {
  it('converts text nodes only, keeping markup, attributes and data-noconv elements', () => {
    const html = '<p id="p1" title="醫療">醫療<ins data-x="衛生">衛</ins>生 <span data-noconv>繁</span>&lt;b&gt;</p>';
    expect(convertHtmlText(html, (s) => convertTo('zh-Hans', s))).toBe(
      '<p id="p1" title="醫療">医疗<ins data-x="衛生">卫</ins>生 <span data-noconv>繁</span>&lt;b&gt;</p>',
    );
  });
  it('converts phrase by phrase across inline elements (干部 → 幹部, not 乾部)', () => {
    expect(convertHtmlText('援疆<ins>干</ins>部', (s) => convertTo('zh-Hant', s))).toBe('援疆<ins>幹</ins>部');
  });
  it('keeps the length of every report in both directions', () => {
    for (const slug of SLUGS) {
      const app = buildApparatus(slug);
      const to = app.data.script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
      for (const b of app.blocks) expect(convertTo(to, b.text).length, `${slug} ${b.anchor}`).toBe(b.text.length);
    }
  });
  it('converts as expected: 醫療 ↔ 医疗, 為 not 爲 (Taiwan forms)', () => {
    expect(convertTo('zh-Hans', '醫療衛生方面，當地經濟')).toBe('医疗卫生方面，当地经济');
    expect(convertTo('zh-Hant', '医疗卫生，干部，为群众')).toBe('醫療衛生，幹部，為群眾');
  });
});

describe('the as-captured view', () => {
  it('marks interventions without changing the raw text', () => {
    const app = buildApparatus('dongying-shule');
    for (const b of app.blocks) {
      const html = markedLineHtml(b.tokens, b.line, (id) => `../#note-${id}`);
      expect(textOf(html), `line ${b.line}`).toBe(b.raw);
    }
    const l4 = markedLineHtml(app.byLine.get(4)!.tokens, 4, (id) => `../#note-${id}`);
    expect(l4).toContain('<a class="x-garbled" id="L4-r1" href="../#note-r1" data-restoration="r1">?shù)孛裆?</a>');
    expect(l4).toContain('<span class="x-pinyin">(yíng)</span>');
    expect(l4).toContain('<span class="x-punct">,</span>');
  });
  it('summarises the runs of non-article lines', () => {
    const rows = captureRows([
      { line: 1, text: 't', kept: 'metadata', field: 'title' },
      { line: 2, text: '', kept: 'dropped', reason: 'blank', why: 'blank line' },
      { line: 3, text: 'a', kept: 'article', role: 'paragraph' },
      { line: 4, text: '', kept: 'dropped', reason: 'blank', why: 'blank line' },
    ]);
    expect(rows).toEqual([
      { kind: 'omitted', from: 1, to: 2, kept: { metadata: 1, 'blank line': 1 } },
      { kind: 'article', line: 3 },
      { kind: 'omitted', from: 4, to: 4, kept: { 'blank line': 1 } },
    ]);
  });
});
