import { describe, expect, it } from 'vitest';
import { translatedSegments } from '../../src/core/translation-text';
import { titleForPage } from '../../src/lib/translations';

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
