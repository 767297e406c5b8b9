import { describe, expect, it } from 'vitest';
import type { Restoration } from '../../src/core/schemas/restoration';
import { CaptureError } from '../../scripts/clean/errors';
import { capturedText, type ArticleLine, type Segment } from '../../scripts/clean/model';
import { applyRestorations, assertNoUnreviewedDamage, findUnreviewedDamage } from '../../scripts/clean/steps/repair-damage';

const FILE = 'content/sources/001_test.txt';
const text = (value: string): Segment => capturedText(value);
const line = (number: number, value: string): ArticleLine => ({ number, segments: [text(value)], edits: [] });
/** Segments without the raw offsets of their characters, for comparing text. */
const plain = (segments: readonly Segment[]) => segments.map((s) => (s.type === 'text' ? { type: 'text', value: s.value } : s));
const plainText = (value: string) => ({ type: 'text', value });

const record = (fields: Partial<Restoration> & Pick<Restoration, 'id' | 'line' | 'garbled'>): Restoration => ({
  restored: 'X',
  kind: 'gbk-realigned',
  certainty: 'certain',
  basis: { zh: '测试', en: 'test' },
  ...fields,
});

/** The CaptureError thrown by `run`, for checking its location and message. */
function captureError(run: () => unknown): CaptureError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CaptureError);
    return error as CaptureError;
  }
  throw new Error('expected a CaptureError');
}

describe('applyRestorations', () => {
  it('splits the text segment around a restoration and records the edit', () => {
    const lines = [line(4, '改善當(dāng)?shù)孛裆?、推')];
    const [result] = applyRestorations(lines, [record({ id: 'r1', line: 4, garbled: '?shù)孛裆?', restored: '地民生' })], FILE);
    expect(plain(result!.segments)).toEqual([plainText('改善當(dāng)'), { type: 'restoration', id: 'r1', value: '地民生' }, plainText('、推')]);
    expect(result!.edits).toEqual([{ kind: 'restoration', id: 'r1', rawAt: 9, before: '?shù)孛裆?', after: '地民生' }]);
    expect(result!.segments[2]).toMatchObject({ origin: [17, 18] });
    expect(lines[0]!.segments).toEqual([text('改善當(dāng)?shù)孛裆?、推')]);
    expect(lines[0]!.edits).toEqual([]);
  });

  it('applies several records on one line, in any order, and leaves other lines alone', () => {
    const lines = [line(3, '無損'), line(4, 'A?x)B?y)C')];
    const result = applyRestorations(
      lines,
      [record({ id: 'r2', line: 4, garbled: '?y)', restored: '乙' }), record({ id: 'r1', line: 4, garbled: '?x)', restored: '甲' })],
      FILE,
    );
    expect(result[0]).toBe(lines[0]);
    expect(plain(result[1]!.segments)).toEqual([
      plainText('A'),
      { type: 'restoration', id: 'r1', value: '甲' },
      plainText('B'),
      { type: 'restoration', id: 'r2', value: '乙' },
      plainText('C'),
    ]);
    expect(result[1]!.edits.map((e) => [e.kind, e.rawAt])).toEqual([
      ['restoration', 1],
      ['restoration', 5],
    ]);
  });

  it('handles records at the start and end of a line, and adjacent records', () => {
    const result = applyRestorations(
      [line(5, '?a)?b)')],
      [record({ id: 'r1', line: 5, garbled: '?a)', restored: '甲' }), record({ id: 'r2', line: 5, garbled: '?b)', restored: '乙' })],
      FILE,
    );
    expect(result[0]!.segments).toEqual([
      { type: 'restoration', id: 'r1', value: '甲' },
      { type: 'restoration', id: 'r2', value: '乙' },
    ]);
  });

  it('inserts a gap for an unrecoverable record, recorded as a gap edit', () => {
    const result = applyRestorations(
      [line(6, '前??後')],
      [record({ id: 'r1', line: 6, garbled: '??', restored: null, kind: 'gap', certainty: 'unrecoverable' })],
      FILE,
    );
    expect(plain(result[0]!.segments)).toEqual([plainText('前'), { type: 'gap', id: 'r1' }, plainText('後')]);
    expect(result[0]!.edits).toEqual([{ kind: 'gap', id: 'r1', rawAt: 1, before: '??', after: '' }]);
  });

  it('only searches captured text, not earlier restorations', () => {
    const lines: ArticleLine[] = [
      { number: 7, segments: [capturedText('甲'), { type: 'restoration', id: 'r0', value: '?x)' }, capturedText('乙?x)丙', 4)], edits: [] },
    ];
    const result = applyRestorations(lines, [record({ id: 'r1', line: 7, garbled: '?x)', restored: '丁' })], FILE);
    expect(plain(result[0]!.segments)).toEqual([
      plainText('甲'),
      { type: 'restoration', id: 'r0', value: '?x)' },
      plainText('乙'),
      { type: 'restoration', id: 'r1', value: '丁' },
      plainText('丙'),
    ]);
    expect(result[0]!.edits[0]).toMatchObject({ rawAt: 5 });
  });

  it('rejects a record for a line that is not an article line', () => {
    const error = captureError(() => applyRestorations([line(4, 'abc')], [record({ id: 'r1', line: 40, garbled: 'b' })], FILE));
    expect(error.file).toBe(FILE);
    expect(error.line).toBe(40);
    expect(error.message).toMatch(/^content\/sources\/001_test\.txt:40: restoration r1: line 40 is not an article line/);
  });

  it('rejects garbled text that is not in the line', () => {
    const error = captureError(() => applyRestorations([line(4, '當?shù)孛')], [record({ id: 'r3', line: 4, garbled: '?dòng)' })], FILE));
    expect(error.message).toBe(`${FILE}:4: restoration r3: "?dòng)" is not in the captured text of this line`);
  });

  it('rejects garbled text that occurs more than once, overlapping occurrences included', () => {
    const twice = captureError(() =>
      applyRestorations([line(4, '推?dòng)鄉、全力推?dòng)疏')], [record({ id: 'r2', line: 4, garbled: '推?dòng)' })], FILE),
    );
    expect(twice.message).toMatch(/^content\/sources\/001_test\.txt:4: restoration r2: "推\?dòng\)" occurs 2 times/);
    const overlapping = captureError(() => applyRestorations([line(9, '甲???乙')], [record({ id: 'r1', line: 9, garbled: '??' })], FILE));
    expect(overlapping.message).toMatch(/:9: restoration r1: "\?\?" occurs 2 times/);
  });

  it('rejects overlapping records', () => {
    const error = captureError(() =>
      applyRestorations(
        [line(12, '一?!蹦J?,從')],
        [record({ id: 'r1', line: 12, garbled: '?!蹦' }), record({ id: 'r2', line: 12, garbled: '蹦J?' })],
        FILE,
      ),
    );
    expect(error.message).toBe(`${FILE}:12: restorations r1 and r2 overlap`);
  });

  it('rejects an id used twice', () => {
    const error = captureError(() =>
      applyRestorations([line(4, 'ab')], [record({ id: 'r1', line: 4, garbled: 'a' }), record({ id: 'r1', line: 4, garbled: 'b' })], FILE),
    );
    expect(error.message).toMatch(/:4: restoration id r1 is used twice/);
  });
});

describe('findUnreviewedDamage', () => {
  const matches = (value: string) => findUnreviewedDamage(value).map(({ column, match }) => [column, match]);

  it('finds "?" followed by pinyin and ")"', () => {
    expect(matches('推?dòng)鄉')).toEqual([[2, '?dòng)']]);
    expect(matches('當(dāng)?shù)孛')).toEqual([[8, '?shù)']]);
    expect(matches('百?gòu)?qiáng)企')).toEqual([
      [2, '?gòu)'],
      [7, '?qiáng)'],
    ]);
  });

  it('finds "?" between two Han characters, also after an annotated one', () => {
    expect(matches('村民穆薩?約麥爾')).toEqual([[5, '?']]);
    expect(matches('東營(yíng)?援疆')).toEqual([[9, '?']]);
    expect(matches('甲??乙')).toEqual([[2, '??']]);
  });

  it('finds "?" against HTML fragments', () => {
    expect(matches('就業(yè)?!?/p>')).toEqual([[9, '?/p>']]);
    expect(matches('熱烈慶???/a>')).toEqual([[4, '???/a>']]);
    expect(matches('慶祝</a>?')).toEqual([[3, '</a>?']]);
  });

  it('finds "?" before a comma or full stop', () => {
    expect(matches('民生?、推')).toEqual([[3, '?']]);
    expect(matches('交融?,全力')).toEqual([[3, '?']]);
  });

  it('finds the replacement character', () => {
    expect(findUnreviewedDamage('各類\uFFFD人才')).toEqual([{ column: 3, match: '\uFFFD', why: expect.stringContaining('U+FFFD') as unknown }]);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(matches('𠀀甲?乙')).toEqual([[3, '?']]);
  });

  it('says why', () => {
    expect(findUnreviewedDamage('推?dòng)')[0]!.why).toMatch(/pinyin/);
    expect(findUnreviewedDamage('甲?乙')[0]!.why).toMatch(/between two Han/);
  });

  it('leaves real question marks alone', () => {
    for (const clean of [
      '你的“領導”可能不是你領導?',
      '怎麼辦? 請看',
      '他說:“為什麼?”',
      '是最適合你的選擇?)',
      '“噓寒問暖”還是“飛來陷阱”?你的“領導”',
      '真的嗎?!',
      'What? Why?',
      '新疆喀什(山東水發)現代',
      '',
    ]) {
      expect(findUnreviewedDamage(clean), clean).toEqual([]);
    }
  });
});

describe('assertNoUnreviewedDamage', () => {
  it('passes clean lines and damage already covered by restorations', () => {
    const lines: ArticleLine[] = [
      line(3, '絲綢之路奔騰入海、一躍邊塞'),
      { number: 4, segments: [text('推'), { type: 'restoration', id: 'r2', value: '動' }, text('鄉村?')], edits: [] },
      { number: 5, segments: [text('甲'), { type: 'gap', id: 'r3' }, text('乙')], edits: [] },
    ];
    expect(() => assertNoUnreviewedDamage(lines, FILE)).not.toThrow();
  });

  it('names file, line and column of the first damage and asks for a reviewed record', () => {
    const lines = [line(3, '乾淨'), line(23, '村民穆薩?約麥爾'), line(24, '推?dòng)')];
    const error = captureError(() => assertNoUnreviewedDamage(lines, FILE));
    expect(error.line).toBe(23);
    expect(error.message).toMatch(/^content\/sources\/001_test\.txt:23:5: unreviewed damage "\?"/);
    expect(error.message).toContain('穆薩?約麥爾');
    expect(error.message).toContain('content/restorations/');
  });

  it('checks the captured text around restorations', () => {
    const lines: ArticleLine[] = [
      { number: 4, segments: [text('當'), { type: 'restoration', id: 'r1', value: '地民生' }, text('、推?dòng)')], edits: [] },
    ];
    expect(() => assertNoUnreviewedDamage(lines, FILE)).toThrow(/001_test\.txt:4:7: unreviewed damage "\?dòng\)"/);
  });
});
