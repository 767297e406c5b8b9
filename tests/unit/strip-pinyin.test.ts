import { describe, expect, it } from 'vitest';
import { stripPinyin } from '../../scripts/clean/steps/strip-pinyin';
import { capturedText, type Segment } from '../../scripts/clean/model';

const text = (value: string): Segment => capturedText(value);
/** Segments without the raw offsets of their characters, for comparing text. */
const plain = (segments: readonly Segment[]) => segments.map((s) => (s.type === 'text' ? { type: 'text', value: s.value } : s));
const strip = (value: string) => {
  const { segments, edits } = stripPinyin([text(value)]);
  return { segments: plain(segments), removed: edits.length };
};

describe('stripPinyin', () => {
  it('removes pinyin annotations after Han characters', () => {
    expect(strip('山東省第十批東營(yíng)援疆工作')).toEqual({
      segments: [{ type: 'text', value: '山東省第十批東營援疆工作' }],
      removed: 1,
    });
  });

  it('removes several annotations, including ü and neutral syllables', () => {
    const { segments, removed } = strip('產業(yè)協(xié)作共同發(fā)展,綠(lǜ)色');
    expect(segments).toEqual([{ type: 'text', value: '產業協作共同發展,綠色' }]);
    expect(removed).toBe(4);
  });

  it('records each removal where it is in the raw line, and keeps the offsets of what is left', () => {
    const { segments, edits } = stripPinyin([capturedText('營(yíng)援(yuán)疆', 2)]);
    expect(edits).toEqual([
      { kind: 'pinyin', rawAt: 3, before: '(yíng)', after: '' },
      { kind: 'pinyin', rawAt: 10, before: '(yuán)', after: '' },
    ]);
    expect(segments).toEqual([{ type: 'text', value: '營援疆', origin: [2, 9, 16] }]);
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
      expect(strip(kept)).toEqual({ segments: [{ type: 'text', value: kept }], removed: 0 });
    }
  });

  it('keeps the real parenthesis closing after an annotation', () => {
    expect(strip('喀什(山東水發(fā))現代').segments).toEqual([{ type: 'text', value: '喀什(山東水發)現代' }]);
  });

  it('sees the Han character at the end of a preceding restoration', () => {
    const { segments, edits } = stripPinyin([{ type: 'restoration', id: 'r1', value: '推動' }, capturedText('(dòng)鄉村', 7)]);
    expect(plain(segments)[1]).toEqual({ type: 'text', value: '鄉村' });
    expect(edits).toEqual([{ kind: 'pinyin', rawAt: 7, before: '(dòng)', after: '' }]);
  });

  it('leaves restorations and gaps alone', () => {
    const segments: Segment[] = [
      { type: 'restoration', id: 'r1', value: '當(dāng)' },
      { type: 'gap', id: 'r2' },
    ];
    expect(stripPinyin(segments)).toEqual({ segments, edits: [] });
  });
});
