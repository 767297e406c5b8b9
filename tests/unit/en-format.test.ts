/** English numbers and lists in sentences (src/i18n/en-format.ts), where each site's pages live (src/lib/site-paths.ts), and Chinese quoted in English (src/core/han.ts). */
import { describe, expect, it } from 'vitest';
import { counted, numberWord, series } from '../../src/i18n/en-format';
import { glossaryTermPath, inSite, pathUnder, reportsListPath } from '../../src/lib/site-paths';
import { hanRuns } from '../../src/core/han';

describe('numberWord', () => {
  it('writes counts up to ten in words, larger ones in figures', () => {
    expect([0, 1, 2, 5, 10].map(numberWord)).toEqual(['no', 'one', 'two', 'five', 'ten']);
    expect([11, 12, 250].map(numberWord)).toEqual(['11', '12', '250']);
  });
});

describe('counted', () => {
  it('puts the noun in the plural except after one', () => {
    expect(counted(5, 'report')).toBe('five reports');
    expect(counted(1, 'report')).toBe('one report');
    expect(counted(0, 'report')).toBe('no reports');
    expect(counted(14, 'pairing')).toBe('14 pairings');
    expect(counted(3, 'city', 'cities')).toBe('three cities');
  });
});

describe('series', () => {
  it('joins items with commas and a final “and”', () => {
    expect(series(['Shandong', 'Zhejiang', 'Shanxi'])).toBe('Shandong, Zhejiang and Shanxi');
    expect(series(['Shandong', 'Zhejiang'])).toBe('Shandong and Zhejiang');
    expect(series(['Dongying'])).toBe('Dongying');
    expect(series([])).toBe('');
  });
});

describe('inSite', () => {
  it('puts the English site under en/ and leaves the Chinese one at the root', () => {
    expect(pathUnder('/', inSite('about/', 'en'))).toBe('/en/about/');
    expect(pathUnder('/archive/', inSite('reports/x/', 'en'))).toBe('/archive/en/reports/x/');
    expect(pathUnder('/', inSite('', 'en'))).toBe('/en/');
    expect(pathUnder('/', inSite('glossary/#term-a', 'en'))).toBe('/en/glossary/#term-a');
    expect(pathUnder('/', inSite('about/', 'zh-Hans'))).toBe('/about/');
    expect(pathUnder('/', inSite('/provinces/', 'zh-Hant'))).toBe('/provinces/');
  });

  it('puts the list of all reports at reports/, its later pages under reports/page/, a term under glossary/', () => {
    expect([1, 2, 11].map((n) => pathUnder('/archive/', inSite(reportsListPath(n), 'en')))).toEqual([
      '/archive/en/reports/',
      '/archive/en/reports/page/2/',
      '/archive/en/reports/page/11/',
    ]);
    expect(reportsListPath()).toBe('reports/');
    expect(pathUnder('/', glossaryTermPath('yuanjiang'))).toBe('/glossary/yuanjiang/');
  });
});

describe('hanRuns', () => {
  it('splits English text into its quoted stretches of Chinese and the rest, losing nothing', () => {
    const text = 'The Corps (XPCC, 兵团) is; in full 新时代党的治疆方略: the 对口援疆，援疆 and 阿·买 too';
    const runs = hanRuns(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.han).map((r) => r.text)).toEqual(['兵团', '新时代党的治疆方略', '对口援疆，援疆', '阿·买']);
    expect(hanRuns('no Chinese here')).toEqual([{ text: 'no Chinese here', han: false }]);
  });
});
