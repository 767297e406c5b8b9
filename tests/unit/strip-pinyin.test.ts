import { describe, expect, it } from 'vitest';
import { stripPinyin } from '../../scripts/clean/steps/strip-pinyin';
import type { Segment } from '../../scripts/clean/model';

const text = (value: string): Segment => ({ type: 'text', value });
const strip = (value: string) => stripPinyin([text(value)]);

describe('stripPinyin', () => {
  it('removes pinyin annotations after Han characters', () => {
    expect(strip('山東省第十批東營(yíng)援疆工作')).toEqual({
      segments: [text('山東省第十批東營援疆工作')],
      removed: 1,
    });
  });

  it('removes several annotations, including ü and neutral syllables', () => {
    const { segments, removed } = strip('產業(yè)協(xié)作共同發(fā)展,綠(lǜ)色');
    expect(segments).toEqual([text('產業協作共同發展,綠色')]);
    expect(removed).toBe(4);
  });

  it('keeps real parentheses, including Chinese and Latin content', () => {
    for (const kept of [
      '(以下簡稱“管理組”)',
      '新疆喀什(山東水發)現代蔬菜',
      'MECT(改良电休克治疗)',
      '手術難度(4級手術量)',
      '長度(km)',
      'word (pin) after Latin',
    ]) {
      expect(strip(kept)).toEqual({ segments: [text(kept)], removed: 0 });
    }
  });

  it('keeps the real parenthesis closing after an annotation', () => {
    expect(strip('喀什(山東水發(fā))現代').segments).toEqual([text('喀什(山東水發)現代')]);
  });

  it('sees the Han character at the end of a preceding restoration', () => {
    const { segments, removed } = stripPinyin([{ type: 'restoration', id: 'r1', value: '推動' }, text('(dòng)鄉村')]);
    expect(segments[1]).toEqual(text('鄉村'));
    expect(removed).toBe(1);
  });

  it('leaves restorations and gaps alone', () => {
    const segments: Segment[] = [
      { type: 'restoration', id: 'r1', value: '當(dāng)' },
      { type: 'gap', id: 'r2' },
    ];
    expect(stripPinyin(segments)).toEqual({ segments, removed: 0 });
  });
});
