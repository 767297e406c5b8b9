import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/core/pagination';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('keeps a short list on one page', () => {
    expect(paginate(range(5), 50)).toEqual([{ number: 1, pages: 1, items: range(5), first: 1, last: 5 }]);
  });

  it('fills every page but the last, in order, each item once', () => {
    const pages = paginate(range(501), 50);
    expect(pages).toHaveLength(11);
    expect(pages.map((p) => p.items.length)).toEqual([...Array<number>(10).fill(50), 1]);
    expect(pages.flatMap((p) => p.items)).toEqual(range(501));
    expect(pages.map((p) => [p.number, p.pages, p.first, p.last])[10]).toEqual([11, 11, 501, 501]);
    expect(pages[1]).toMatchObject({ number: 2, first: 51, last: 100 });
  });

  it('makes no empty last page at an exact multiple', () => {
    expect(paginate(range(100), 50).map((p) => p.last)).toEqual([50, 100]);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 50)).toEqual([{ number: 1, pages: 1, items: [], first: 0, last: 0 }]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    for (const n of [0, -1, 2.5, Number.NaN]) expect(() => paginate(range(3), n)).toThrow(/items a page/);
  });
});
