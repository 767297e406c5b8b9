import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/lib/search/client';
import type { Distribution } from '../../src/lib/search/groups';
import {
  distributionLabel,
  foundNothing,
  hasFilters,
  latestSearch,
  noMatchTips,
  pageTitle,
  queryFromSearch,
  offersOtherSearch,
  queryPath,
  resultsStatus,
  submitHistory,
  whereLabel,
  type SearchQuery,
} from '../../src/client/search-state';
import { searchResults as en } from '../../src/i18n/search-results/en';
import { searchResults as zh } from '../../src/i18n/search-results/zh-Hans';

const query = (q: string, filters: SearchQuery['filters'] = {}): SearchQuery => ({ q, filters });
const hit = (slug: string): Hit => ({
  id: slug,
  match: 'exact',
  slug,
  kind: 'paragraph',
  anchor: 'p1',
  title: '',
  programme: '',
  text: '',
  lang: 'zh-Hans',
  label: '',
  ranges: [],
  labelRanges: [],
  href: '',
});
const hits = (...slugs: string[]) => slugs.map(hit);

describe('the query in the URL', () => {
  it('reads the words and every filter, trimmed, leaving out blank ones and unknown parameters', () => {
    expect(queryFromSearch('?q=%20%E5%8C%BB%E7%96%97%20&province=zhejiang&region=&theme=+&year=2021&page=2')).toEqual(
      query('医疗', { province: 'zhejiang', year: '2021' }),
    );
    expect(queryFromSearch('')).toEqual(query(''));
  });

  it('writes only the parameters with a value, always in the same order, encoded', () => {
    expect(queryPath('/search/', query('医疗', { year: '2021', province: 'zhejiang' }))).toBe('/search/?q=%E5%8C%BB%E7%96%97&province=zhejiang&year=2021');
    expect(queryPath('/archive/search/', query('', { theme: '医疗 卫生' }))).toBe('/archive/search/?theme=%E5%8C%BB%E7%96%97+%E5%8D%AB%E7%94%9F');
    expect(queryPath('/search/', query(''))).toBe('/search/');
  });

  it('reads back what it writes', () => {
    const shared = query('13.56亿元 & 台州', { province: 'zhejiang', region: 'aksu', theme: '教育', year: '2019' });
    expect(queryFromSearch(queryPath('/search/', shared).split('/search/')[1]!)).toEqual(shared);
  });
});

describe('history', () => {
  it('gives new words a history entry of their own, and replaces the entry when only the filters change', () => {
    expect(submitHistory(query('疏勒'), query('医疗'))).toBe('push');
    expect(submitHistory(query('医疗', { year: '2021' }), query('医疗'))).toBe('replace');
  });
});

describe('filters', () => {
  it('are on when any has a value', () => {
    expect(hasFilters(query('医疗'))).toBe(false);
    expect(hasFilters(query('医疗', { theme: '' }))).toBe(false);
    expect(hasFilters(query('', { region: 'kashgar' }))).toBe(true);
  });
});

describe('the latest search', () => {
  it('is the last one started: an earlier search learns it was overtaken', () => {
    const start = latestSearch();
    const first = start();
    expect(first()).toBe(true);
    const second = start();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('is counted per page', () => {
    const one = latestSearch()();
    latestSearch()();
    expect(one()).toBe(true);
  });
});

describe('what the page says', () => {
  it('names the query in the title', () => {
    expect(pageTitle(zh, '医疗', '援疆档案')).toBe('搜索：医疗 · 援疆档案');
    expect(pageTitle(zh, '', '援疆档案')).toBe('搜索 · 援疆档案');
  });

  const groups = (n: number) => Array.from({ length: n }, () => ({}));

  it('counts the exact matches and the reports they are in, and adds the partial matches', () => {
    expect(resultsStatus(zh, '医疗', { groups: groups(2), partial: [], exactTotal: 3 })).toBe('“医疗”：找到 3 处完全匹配，在 2 篇报道中。');
    expect(resultsStatus(zh, '医疗', { groups: groups(5), partial: hits('c'), exactTotal: 25 })).toBe(
      '“医疗”：找到 25 处完全匹配，在 5 篇报道中；另有 1 处部分匹配。',
    );
  });

  it('says when only partial matches were found, and when nothing was', () => {
    expect(resultsStatus(zh, '骆驼医疗', { groups: [], partial: hits('a', 'b'), exactTotal: 0 })).toBe('“骆驼医疗”：没有完全匹配；有 2 处部分匹配。');
    const nothing = { groups: [], partial: [], exactTotal: 0 };
    expect(foundNothing(nothing)).toBe(true);
    expect(resultsStatus(zh, '火星', nothing)).toBe('没有找到与“火星”匹配的内容。');
  });

  it('says in words where a report’s matches fall, and names the rest', () => {
    const d = (over: Partial<Distribution>): Distribution => ({ total: 0, ticks: [], blocks: 20, paragraphs: null, otherText: 0, panel: 0, ...over });
    expect(distributionLabel(zh, d({ total: 12, paragraphs: { count: 12, first: 3, last: 18 } }))).toBe('12 处，分布于第 3–18 段');
    expect(distributionLabel(zh, d({ total: 1, paragraphs: { count: 1, first: 5, last: 5 } }))).toBe('1 处，在第 5 段');
    expect(distributionLabel(zh, d({ total: 5, paragraphs: { count: 3, first: 2, last: 9 }, otherText: 1, panel: 1 }))).toBe(
      '5 处，分布于第 2–9 段（3 处），标题、小标题或图片说明中 1 处，项目概要中 1 处',
    );
    expect(distributionLabel(zh, d({ total: 2, panel: 2 }))).toBe('2 处，项目概要中 2 处');
    expect(zh.rest(3)).toBe('其余 3 处');
  });

  it('says where on its page a result is', () => {
    expect(whereLabel(zh, { kind: 'paragraph', anchor: 'p12' })).toBe('第 12 段');
    expect(whereLabel(zh, { kind: 'figure', anchor: 'fig-doctors' })).toBe('项目概要 · 关键数字');
    expect(whereLabel(zh, { kind: 'summary', anchor: 'programme' })).toMatch(/非报道原文/);
  });
});

describe('what to try when nothing matched', () => {
  const link = (to: SearchQuery, text: string) => ({ to, text });

  it('offers each shorter query that matches, under the same filters, with its count', () => {
    const filtered = query('骆驼医疗', { province: 'shandong' });
    const tips = noMatchTips(
      zh,
      filtered,
      {
        suggestions: [
          { query: '骆驼', count: 4 },
          { query: '医疗', count: 9 },
        ],
        withoutFilters: 0,
      },
      link,
    );
    expect(tips[0]).toEqual(['少用几个字词：', { to: query('骆驼', { province: 'shandong' }), text: '只搜“骆驼”' }, '（4 处）']);
    expect(tips[1]).toEqual(['少用几个字词：', { to: query('医疗', { province: 'shandong' }), text: '只搜“医疗”' }, '（9 处）']);
    // With suggestions, the general advice to shorten the query is left out.
    expect(tips.flat().some((piece) => typeof piece === 'string' && piece.includes('更短'))).toBe(false);
  });

  it('offers the query without its filters, saying whether that finds anything', () => {
    const filtered = query('疏勒', { province: 'zhejiang', year: '2021' });
    const [withMatches] = noMatchTips(zh, filtered, { suggestions: [], withoutFilters: 5 }, link);
    expect(withMatches).toEqual(['去掉筛选条件：', { to: query('疏勒'), text: '不加筛选再搜“疏勒”' }, '（5 处）']);
    const [without] = noMatchTips(zh, filtered, { suggestions: [], withoutFilters: 0 }, link);
    expect(without![2]).toBe('（也没有结果）');
  });

  it('always ends with the advice on scripts, and without suggestions advises a shorter query', () => {
    const tips = noMatchTips(zh, query('火星探测器'), { suggestions: [], withoutFilters: null }, link);
    expect(tips).toHaveLength(2);
    expect(tips[0]![0]).toMatch(/更短/);
    expect(tips[1]![0]).toMatch(/简体和繁体会自动互相匹配/);
    expect(tips.flat().every((piece) => typeof piece === 'string')).toBe(true);
  });
});

describe('the English page’s wording', () => {
  it('says the same things in English, with singular and plural', () => {
    expect(pageTitle(en, 'hospital', '援疆档案')).toBe('Search: hospital · 援疆档案');
    expect(resultsStatus(en, 'hospital', { groups: [{}], partial: [], exactTotal: 1 })).toBe('“hospital”: 1 match in 1 report.');
    expect(resultsStatus(en, 'hospital', { groups: [{}, {}], partial: [], exactTotal: 6 })).toBe('“hospital”: 6 matches in 2 reports.');
    const d: Distribution = { total: 3, ticks: [], blocks: 20, paragraphs: { count: 2, first: 4, last: 9 }, otherText: 0, panel: 1 };
    expect(distributionLabel(en, d)).toBe('3 matches: in paragraphs 4–9 (2 matches); 1 in the programme summary');
    expect(whereLabel(en, { kind: 'paragraph', anchor: 'p12' })).toBe('Paragraph 12');
  });
});

describe('the other language’s search', () => {
  it('is offered on the English page for a query with Chinese characters, found or not', () => {
    expect(offersOtherSearch('en', '疏勒', false)).toBe(true);
    expect(offersOtherSearch('en', 'Shule 疏勒', true)).toBe(true);
    expect(offersOtherSearch('en', 'Shule', true)).toBe(false);
  });

  it('is offered on the Chinese page for a query in Latin letters that found nothing', () => {
    expect(offersOtherSearch('zh-Hans', 'hospital', true)).toBe(true);
    expect(offersOtherSearch('zh-Hans', 'MECT', false)).toBe(false);
    expect(offersOtherSearch('zh-Hans', '医院 hospital', true)).toBe(false);
    expect(offersOtherSearch('zh-Hans', '370', true)).toBe(false);
    expect(offersOtherSearch('zh-Hans', '火星', true)).toBe(false);
  });
});
