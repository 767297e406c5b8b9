/** Chinese numbers and lists in sentences (src/i18n/zh-format.ts). */
import { describe, expect, it } from 'vitest';
import { counted, hanNumeral, series } from '../../src/i18n/zh-format';

describe('hanNumeral', () => {
  it('writes the digits and the tens as they are read', () => {
    expect([0, 1, 5, 9].map(hanNumeral)).toEqual(['零', '一', '五', '九']);
    expect([10, 11, 12, 19].map(hanNumeral)).toEqual(['十', '十一', '十二', '十九']);
    expect([20, 21, 99].map(hanNumeral)).toEqual(['二十', '二十一', '九十九']);
  });

  it('reads one zero for each run of zeros inside a number, none at its end', () => {
    expect(hanNumeral(100)).toBe('一百');
    expect(hanNumeral(101)).toBe('一百零一');
    expect(hanNumeral(110)).toBe('一百一十');
    expect(hanNumeral(1001)).toBe('一千零一');
    expect(hanNumeral(1010)).toBe('一千零一十');
    expect(hanNumeral(2000)).toBe('二千');
    expect(hanNumeral(9999)).toBe('九千九百九十九');
  });

  it('refuses what it cannot write', () => {
    for (const n of [-1, 1.5, 10000, Number.NaN]) expect(() => hanNumeral(n), String(n)).toThrow(/hanNumeral/);
  });
});

describe('counted', () => {
  it('puts the measure word after the number, with 两 for two', () => {
    expect(counted(5, '篇')).toBe('五篇');
    expect(counted(3, '省')).toBe('三省');
    expect(counted(2, '篇')).toBe('两篇');
    expect(counted(1, '个')).toBe('一个');
    expect(counted(12, '个')).toBe('十二个');
    expect(counted(22, '篇')).toBe('二十二篇');
  });
});

describe('series', () => {
  it('joins items with the enumeration comma', () => {
    expect(series(['山东', '浙江', '山西'])).toBe('山东、浙江、山西');
    expect(series(['东营'])).toBe('东营');
    expect(series([])).toBe('');
  });
});
