/**
 * The ledger's recorded edits: the pipeline records each edit of an article line where it
 * is in the raw line and where it lands in the published block, writes the ledger in its
 * documented format (src/core/schemas/ledger.ts), and applying the edits to the raw line
 * gives the block, or something says exactly where not.
 */
import { describe, expect, it } from 'vitest';
import { EDITS, RAW } from '../fixtures/ledger-line';
import { parseCapture } from '../../scripts/clean/captures';
import { placeEdits } from '../../scripts/clean/ledger';
import { formatLedger } from '../../src/core/ledger-format';
import { cleanCapture } from '../../scripts/clean/pipeline';
import { decodeCapture } from '../../scripts/clean/decode-capture';
import { applyEdits, checkEdits, LedgerEditError } from '../../src/core/ledger-edits';
import { readBody } from '../../src/core/report-body';
import { splitFrontmatter } from '../../src/core/frontmatter';
import { ledgerSchema, type LedgerEdit } from '../../src/core/schemas/ledger';

describe('applyEdits', () => {
  it('gives the published block: captured text, restorations and gaps', () => {
    expect(applyEdits(RAW, EDITS)).toEqual([
      { type: 'text', value: '東營援疆，當' },
      { type: 'restoration', id: 'r1', value: '地民生' },
      { type: 'text', value: '推' },
    ]);
    expect(applyEdits('甲??乙', [{ kind: 'gap', id: 'r2', rawAt: 1, blockAt: 1, before: '??', after: '' }])).toEqual([
      { type: 'text', value: '甲' },
      { type: 'gap', id: 'r2' },
      { type: 'text', value: '乙' },
    ]);
  });

  it('refuses edits that do not fit the line', () => {
    const wrong =
      (edit: Partial<LedgerEdit>, index = 2) =>
      () =>
        applyEdits(
          RAW,
          EDITS.map((e, i) => (i === index ? ({ ...e, ...edit } as LedgerEdit) : e)),
        );
    expect(wrong({ rawAt: 13 })).toThrow(/the punctuation edit at 13 expects ",", but the line has "當"/);
    expect(wrong({ blockAt: 5 })).toThrow(/lands at 4 in the block, not at 5/);
    expect(wrong({ after: '。' })).toThrow(/no restored punctuation/);
    expect(wrong({ rawAt: 5, before: 'yíng)' }, 1)).toThrow(/no pinyin annotation/);
    expect(wrong({ rawAt: 2, before: '東營' }, 0)).toThrow(/not white space/);
    expect(() => applyEdits(RAW, [EDITS[2]!, EDITS[1]!])).toThrow(LedgerEditError);
  });
});

describe('checkEdits', () => {
  it('passes the block the edits give, however its text is cut', () => {
    expect(() =>
      checkEdits(RAW, EDITS, [
        { type: 'text', value: '東營' },
        { type: 'text', value: '援疆，當' },
        { type: 'restoration', id: 'r1', value: '地民生' },
        { type: 'text', value: '推' },
      ]),
    ).not.toThrow();
  });

  it('quotes where the edits and the block part', () => {
    expect(() =>
      checkEdits(RAW, EDITS.slice(0, 2).concat(EDITS.slice(3)), readBody('<P id="p1">東營援疆，當<Restored id="r1">地民生</Restored>推</P>')[0]!.segments),
    ).toThrow(/give …東營援疆,當⟨r1:地民生⟩推…, but the published block has …東營援疆，當⟨r1:地民生⟩推…/);
  });
});

describe('placeEdits', () => {
  it('orders a line’s edits and says where each lands in the block', () => {
    const pending = EDITS.map(({ blockAt: _blockAt, ...edit }) => edit).reverse();
    expect(placeEdits(pending)).toEqual(EDITS);
  });
});

const config = parseCapture(
  'fixture.yaml',
  {
    file: '000_0123456789abcdef.txt',
    slug: 'fixture',
    script: 'zh-Hant',
    article: { first: '^東營', last: '^末段' },
    rules: [
      { match: '^標題$', metadata: 'title', read: { title: '$line' } },
      { match: '^2025-08-05$', metadata: 'dateline', read: { date: '$line' } },
    ],
  },
  { path: 'defaults.yaml', rules: [] },
);
const capture = decodeCapture(config.file, new TextEncoder().encode(['標題', '2025-08-05', '  東營(yíng)援疆,當?shù)孛裆?推。', '末段(乙)。'].join('\n')));
const restoration = {
  id: 'r1',
  line: 3,
  garbled: '?shù)孛裆?',
  restored: '地民生',
  kind: 'gbk-realigned' as const,
  certainty: 'inferred' as const,
  basis: { zh: '测试', en: 'test' },
};

describe('the ledger a capture gets', () => {
  const { ledger, mdx } = cleanCapture(config, capture, [restoration]);

  it('records every edit of every article line, and follows the documented format', () => {
    expect(ledgerSchema.parse(ledger)).toEqual(ledger);
    expect(ledger.version).toBe(2);
    expect(ledger.lines[2]).toEqual({
      line: 3,
      text: '  東營(yíng)援疆,當?shù)孛裆?推。',
      kept: 'article',
      role: 'paragraph',
      anchor: 'p1',
      edits: EDITS.slice(0, 4),
    });
    expect(ledger.lines[3]).toMatchObject({
      line: 4,
      anchor: 'p2',
      edits: [
        { rawAt: 2, blockAt: 2, after: '（' },
        { rawAt: 4, blockAt: 4, after: '）' },
      ],
    });
  });

  it('gives, applied to each line as captured, the block the report publishes', () => {
    const blocks = readBody(splitFrontmatter(mdx).body);
    ledger.lines.forEach((entry) => {
      if (entry.kept !== 'article') return;
      const block = blocks.find((b) => b.kind !== 'heading' && b.anchor === entry.anchor)!;
      expect(applyEdits(entry.text, entry.edits)).toEqual(block.segments);
    });
  });

  it('is written one line per capture line and per edit, as valid JSON', () => {
    const written = formatLedger(ledger);
    expect(JSON.parse(written)).toEqual(ledger);
    expect(written.split('\n').slice(0, 5)).toEqual([
      '{',
      '  "version": 2,',
      `  "source": {"file":"content/sources/${config.file}","sha256":"${capture.sha256}"},`,
      '  "lines": [',
      '    {"line":1,"text":"標題","kept":"metadata","field":"title"},',
    ]);
    expect(written).toContain('\n      {"kind":"punctuation","rawAt":12,"blockAt":4,"before":",","after":"，"},\n');
  });
});
