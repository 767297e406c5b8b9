import { describe, expect, it } from 'vitest';
import { translatedSegments } from '../../src/core/translation-text';

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
