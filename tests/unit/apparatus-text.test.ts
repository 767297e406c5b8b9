/**
 * The editorial apparatus, pure parts: what cleaning did to a captured line, read from
 * the ledger's recorded edits (and checked against the published block), the as-captured
 * view's marks, converting text nodes between scripts.
 */
import { describe, expect, it } from 'vitest';
import { EDITS, RAW } from '../fixtures/ledger-line';
import { captureRows, markedLineHtml } from '../../src/lib/apparatus/captured';
import { convertTo } from '../../src/lib/apparatus/convert';
import { convertHtmlText, htmlText } from '../../src/lib/apparatus/html';
import { lineTokens, summariseLine } from '../../src/lib/apparatus/interventions';
import { apparatusOf, loadArchive } from '../helpers/content';

const ARCHIVE = loadArchive();
const SLUGS = ARCHIVE.reports.map((r) => r.id).sort();
const buildApparatus = (slug: string) => apparatusOf(ARCHIVE, slug);

describe('what cleaning did to a line, from the ledger', () => {
  it('cuts the raw line at its recorded edits', () => {
    const tokens = lineTokens(RAW, EDITS);
    expect(tokens.map((t) => [t.type, t.raw])).toEqual([
      ['edit', '  '],
      ['same', '東營'],
      ['edit', '(yíng)'],
      ['same', '援疆'],
      ['edit', ','],
      ['same', '當'],
      ['edit', '?shù)孛裆?'],
      ['same', '推'],
      ['edit', '  '],
    ]);
    expect(tokens.map((t) => t.raw).join('')).toBe(RAW);
  });

  it('summarises a line by kind', () => {
    expect(summariseLine(EDITS)).toEqual({ pinyin: ['(yíng)'], punctuation: { ',→，': 1 }, punctuationCount: 1, restorations: ['r1'], trimmed: true });
  });

  it('reads every article line of every report from its ledger', () => {
    for (const slug of SLUGS) {
      const app = buildApparatus(slug);
      const totals = { pinyin: 0, punct: 0 };
      for (const b of app.blocks) {
        expect(
          lineTokens(b.raw, b.edits)
            .map((t) => t.raw)
            .join(''),
          `${slug} line ${b.line}`,
        ).toBe(b.raw);
        const s = summariseLine(b.edits);
        totals.pinyin += s.pinyin.length;
        totals.punct += s.punctuationCount;
      }
      // The frontmatter counts include the metadata lines (title, deck…), never fewer.
      expect(totals.pinyin).toBeLessThanOrEqual(app.data.cleaning.pinyinAnnotationsRemoved);
      expect(totals.punct).toBeLessThanOrEqual(app.data.cleaning.punctuationRestored);
      expect(app.data.cleaning.punctuationRestored - totals.punct).toBeLessThan(3);
      const marked = new Set(app.blocks.flatMap((b) => summariseLine(b.edits).restorations));
      expect([...marked].sort()).toEqual(app.data.restorations.map((r) => r.id).sort());
    }
  });

  it('dongying-shule line 4: r1–r4, 39 pinyin annotations, 10 commas', () => {
    const b = buildApparatus('dongying-shule').byLine.get(4)!;
    expect(b.anchor).toBe('p2');
    const s = summariseLine(b.edits);
    expect(s.restorations).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(s.pinyin).toHaveLength(39);
    expect(s.punctuation).toEqual({ ',→，': 10 });
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
      const html = markedLineHtml(b.raw, b.edits, b.line, (id) => `../#note-${id}`);
      expect(htmlText(html), `line ${b.line}`).toBe(b.raw);
    }
    const l4b = app.byLine.get(4)!;
    const l4 = markedLineHtml(l4b.raw, l4b.edits, 4, (id) => `../#note-${id}`);
    expect(l4).toContain('<a class="x-garbled" id="L4-r1" href="../#note-r1" data-restoration="r1">?shù)孛裆?</a>');
    expect(l4).toContain('<span class="x-pinyin">(yíng)</span>');
    expect(l4).toContain('<span class="x-punct">,</span>');
  });
  it('summarises the runs of non-article lines', () => {
    const rows = captureRows([
      { line: 1, text: 't', kept: 'metadata', field: 'title' },
      { line: 2, text: '', kept: 'dropped', reason: 'blank', why: 'blank line' },
      { line: 3, text: 'a', kept: 'article', role: 'paragraph', anchor: 'p1', edits: [] },
      { line: 4, text: '', kept: 'dropped', reason: 'blank', why: 'blank line' },
    ]);
    expect(rows).toEqual([
      { kind: 'omitted', from: 1, to: 2, kept: { metadata: 1, blank: 1 } },
      { kind: 'article', line: 3 },
      { kind: 'omitted', from: 4, to: 4, kept: { blank: 1 } },
    ]);
  });
});
