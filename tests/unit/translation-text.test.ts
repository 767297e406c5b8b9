import { describe, expect, it } from 'vitest';
import { translatedSegments } from '../../src/core/translation-text';
import { glossaryFirstUses, titleForPage } from '../../src/lib/translations';

describe('translatedSegments', () => {
  it('reads restored text and gaps as the segments of a report block', () => {
    expect(translatedSegments('help 480 poor {r1:students} and {r2:} more')).toEqual([
      { type: 'text', value: 'help 480 poor ' },
      { type: 'restoration', id: 'r1', value: 'students' },
      { type: 'text', value: ' and ' },
      { type: 'gap', id: 'r2' },
      { type: 'text', value: ' more' },
    ]);
  });

  it('gives a block without marks as one text segment', () => {
    expect(translatedSegments('{r3:Shule} County')).toEqual([
      { type: 'restoration', id: 'r3', value: 'Shule' },
      { type: 'text', value: ' County' },
    ]);
    expect(translatedSegments('plain')).toEqual([{ type: 'text', value: 'plain' }]);
  });
});

describe('titleForPage', () => {
  const long = 'Shandong and Xinjiang of One Heart, Together Making China Beautiful: Shandong Province’s Tenth Batch';
  it('keeps a title that fits, and cuts a long one at a word, within 70 characters with the site name', () => {
    expect(titleForPage('Ten Years')).toBe('Ten Years');
    const cut = titleForPage(long);
    expect(cut).toBe('Shandong and Xinjiang of One Heart, Together Making China…');
    expect(`${cut} · 援疆档案`.length).toBeLessThanOrEqual(70);
  });

  it('leaves room for the words around it', () => {
    const frame = (t: string) => `${t}: Chinese and English`;
    const framed = titleForPage(long, frame);
    expect(framed.endsWith('…: Chinese and English')).toBe(true);
    expect(`${framed} · 援疆档案`.length).toBeLessThanOrEqual(70);
  });
});

describe('glossaryFirstUses', () => {
  const term = (id: string, hans: string, hant: string) => ({ id, group: 'programme' as const, hans, hant, pinyin: 'x', en: 'x', zh: 'x', variants: [] });
  const para = (id: string, text: string) => ({ id, kind: 'paragraph' as const, level: 0, zh: [], en: [{ type: 'text' as const, value: text }] });
  const terms = [term('yuanjiang', '援疆', '援疆'), term('bingtuan', '兵团', '兵團')];

  it('links the first quotation of each term, in either script, in paragraphs only, once', () => {
    const plan = glossaryFirstUses(
      [
        { id: 'heading', kind: 'heading', level: 2, zh: [], en: [{ type: 'text', value: 'About 援疆' }] },
        para('p1', 'Assisting Xinjiang (援疆) and the Corps (兵團).'),
        para('p2', 'Again 援疆, and 兵团 in the other script.'),
      ],
      terms,
    );
    expect([...plan.entries()].map(([id, m]) => [id, [...m]])).toEqual([
      [
        'p1',
        [
          ['援疆', 'yuanjiang'],
          ['兵團', 'bingtuan'],
        ],
      ],
    ]);
  });

  it('does not link a quotation that only contains a term', () => {
    expect(glossaryFirstUses([para('p1', 'the headquarters (援疆指挥部)')], terms).size).toBe(0);
  });
});
