import { describe, expect, it } from 'vitest';
import { checkNoteQuotations } from '../../scripts/clean/steps/check-notes';
import { parseNote } from '../../src/core/notes';
import { editorialNoteSchema } from '../../src/core/schemas/note';

describe('editorial notes', () => {
  it('splits prose from quotations of the text, glyphs and capture lines', () => {
    expect(parseNote('依据{q:當地}，{g:數}与{L4:?shù)孛}。')).toEqual([
      { type: 'prose', value: '依据' },
      { type: 'quote', value: '當地' },
      { type: 'prose', value: '，' },
      { type: 'glyph', value: '數' },
      { type: 'prose', value: '与' },
      { type: 'capture', line: 4, value: '?shù)孛' },
      { type: 'prose', value: '。' },
    ]);
  });

  it('refuses a stray brace and ASCII punctuation in Chinese prose', () => {
    expect(() => parseNote('见{x:甲}')).toThrow(/a brace outside/);
    expect(editorialNoteSchema.safeParse({ zh: '秋阳杲杲,9月', en: 'x' }).success).toBe(true);
    const ascii = editorialNoteSchema.safeParse({ zh: '秋阳,杲杲', en: 'x' });
    expect(ascii.success).toBe(false);
    expect(ascii.error?.issues[0]?.message).toMatch(/full-width punctuation/);
    expect(editorialNoteSchema.safeParse({ zh: '见{L2:秋阳,杲杲}', en: 'x' }).success).toBe(true);
  });

  const published = '秋阳杲杲，9月1日，初入指挥部';
  const lines = ['标题', '秋阳杲杲,9月1日,初入指挥部'];
  const check = (zh: string) => () =>
    checkNoteQuotations([{ field: 'published.evidence[0].note', note: { zh, en: 'x' } }], published, lines, 'content/sources/003.txt');

  it('accepts quotations that are where they say', () => {
    expect(check('{q:秋阳杲杲，9月1日}：记者到访；原样见{L2:秋阳杲杲,9月1日}。')).not.toThrow();
  });

  it('names the field of a note that misquotes the text or the capture', () => {
    expect(check('{q:秋阳杲杲,9月1日}')).toThrow(
      'content/sources/003.txt: published.evidence[0].note.zh quotes "秋阳杲杲,9月1日", which is not in the published text',
    );
    expect(check('{L1:秋阳}')).toThrow('content/sources/003.txt:1: published.evidence[0].note.zh quotes "秋阳" as this line of the capture');
  });
});
