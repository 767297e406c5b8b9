import { describe, expect, it } from 'vitest';
import { restorePunctuation } from '../../scripts/clean/steps/restore-punctuation';
import { capturedText, type Segment } from '../../scripts/clean/model';

const text = (value: string): Segment => capturedText(value);
const restore = (value: string) => {
  const { segments, edits } = restorePunctuation([text(value)]);
  return { value: (segments[0] as { value: string }).value, restored: edits.length };
};

describe('restorePunctuation', () => {
  it('restores the marks NFKC turned into ASCII beside Han characters', () => {
    expect(restore('2015年8月——2025年8月,山東省;好!是嗎?說:')).toEqual({
      value: '2015年8月——2025年8月，山東省；好！是嗎？說：',
      restored: 5,
    });
  });

  it('records each mark where it is in the raw line, in the order of the line', () => {
    const { edits } = restorePunctuation([capturedText('电(王建国),从', 10)]);
    expect(edits).toEqual([
      { kind: 'punctuation', rawAt: 11, before: '(', after: '（' },
      { kind: 'punctuation', rawAt: 15, before: ')', after: '）' },
      { kind: 'punctuation', rawAt: 16, before: ',', after: '，' },
    ]);
  });

  it('restores parentheses as pairs when their content is Chinese', () => {
    expect(restore('MECT(改良电休克治疗)治疗').value).toBe('MECT（改良电休克治疗）治疗');
    expect(restore('手術難度(4級手術量)較前').value).toBe('手術難度（4級手術量）較前');
    expect(restore('新闻8月3日电(王建国)从东海').value).toBe('新闻8月3日电（王建国）从东海');
  });

  it('restores parentheses with Latin content when they stand in Chinese text', () => {
    expect(restore('实施南疆首例(MECT)治疗').value).toBe('实施南疆首例（MECT）治疗');
  });

  it('restores marks after Chinese quotes and before Chinese text', () => {
    expect(restore('“系统提升年”,“百日大会战”').value).toBe('“系统提升年”，“百日大会战”');
  });

  it('leaves numbers, times and Latin runs alone', () => {
    for (const kept of ['1.55万', '370MW', '09:10:16', '1,000', 'MECT', 'Copyright ©1999-2024 (c) A, B: C!']) {
      expect(restore(kept)).toEqual({ value: kept, restored: 0 });
    }
  });

  it('treats a colon between digits in Chinese text as a number separator', () => {
    expect(restore('时间10:30开始').value).toBe('时间10:30开始');
  });

  it('uses restorations and gaps as context but never rewrites them', () => {
    const { segments, edits } = restorePunctuation([
      { type: 'restoration', id: 'r1', value: '民生' },
      capturedText(',推動', 9),
      { type: 'gap', id: 'r2' },
      capturedText(',', 20),
      { type: 'restoration', id: 'r3', value: 'a,b' },
    ]);
    expect(segments).toEqual([
      { type: 'restoration', id: 'r1', value: '民生' },
      { type: 'text', value: '，推動', origin: [9, 10, 11] },
      { type: 'gap', id: 'r2' },
      { type: 'text', value: '，', origin: [20] },
      { type: 'restoration', id: 'r3', value: 'a,b' },
    ]);
    expect(edits.map((e) => e.rawAt)).toEqual([9, 20]);
  });
});
