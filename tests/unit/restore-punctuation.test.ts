import { describe, expect, it } from 'vitest';
import { restorePunctuation } from '../../scripts/clean/steps/restore-punctuation';
import type { Segment } from '../../scripts/clean/model';

const text = (value: string): Segment => ({ type: 'text', value });
const restore = (value: string) => {
  const { segments, restored } = restorePunctuation([text(value)]);
  return { value: (segments[0] as { value: string }).value, restored };
};

describe('restorePunctuation', () => {
  it('restores the marks NFKC turned into ASCII beside Han characters', () => {
    expect(restore('2015年8月——2025年8月,山東省;好!是嗎?說:')).toEqual({
      value: '2015年8月——2025年8月，山東省；好！是嗎？說：',
      restored: 5,
    });
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
    const { segments } = restorePunctuation([
      { type: 'restoration', id: 'r1', value: '民生' },
      text(',推動'),
      { type: 'gap', id: 'r2' },
      text(','),
      { type: 'restoration', id: 'r3', value: 'a,b' },
    ]);
    expect(segments).toEqual([
      { type: 'restoration', id: 'r1', value: '民生' },
      text('，推動'),
      { type: 'gap', id: 'r2' },
      text('，'),
      { type: 'restoration', id: 'r3', value: 'a,b' },
    ]);
  });
});
