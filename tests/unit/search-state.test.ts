import { describe, expect, it } from 'vitest';
import type { Hit } from '../../src/lib/search/client';
import {
  foundNothing,
  hasFilters,
  latestSearch,
  moreLabel,
  noMatchTips,
  pageTitle,
  queryFromSearch,
  queryPath,
  resultsStatus,
  submitHistory,
  whereLabel,
  type SearchQuery,
} from '../../src/client/search-state';

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
    expect(pageTitle('医疗')).toBe('搜索：医疗 · 援疆档案');
    expect(pageTitle('')).toBe('搜索 · 援疆档案');
  });

  it('counts the exact matches and the reports they are in once all are shown', () => {
    const outcome = { exact: hits('a', 'b', 'a'), partial: [], exactTotal: 3, more: false };
    expect(resultsStatus('医疗', outcome)).toBe('“医疗”：找到 3 处完全匹配，在 2 篇报道中。');
  });

  it('says how many are shown while more can be loaded, and adds the partial matches', () => {
    const outcome = { exact: hits('a', 'b'), partial: hits('c'), exactTotal: 25, more: true };
    expect(resultsStatus('医疗', outcome)).toBe('“医疗”：找到 25 处完全匹配，先显示前 2 处；另有 1 处部分匹配。');
  });

  it('says when only partial matches were found, and when nothing was', () => {
    expect(resultsStatus('骆驼医疗', { exact: [], partial: hits('a', 'b'), exactTotal: 0, more: false })).toBe(
      '“骆驼医疗”：没有完全匹配；有 2 处部分匹配。',
    );
    const nothing = { exact: [], partial: [], exactTotal: 0, more: false };
    expect(foundNothing(nothing)).toBe(true);
    expect(resultsStatus('火星', nothing)).toBe('没有找到与“火星”匹配的内容。');
  });

  it('offers the exact matches not shown yet', () => {
    expect(moreLabel(25, 10)).toBe('显示更多完全匹配（还有 15 处）');
  });

  it('says where on its page a result is', () => {
    expect(whereLabel({ kind: 'paragraph', anchor: 'p12' })).toBe('第 12 段');
    expect(whereLabel({ kind: 'figure', anchor: 'fig-doctors' })).toBe('项目概要 · 关键数字');
    expect(whereLabel({ kind: 'summary', anchor: 'programme' })).toMatch(/非报道原文/);
  });
});

describe('what to try when nothing matched', () => {
  const link = (to: SearchQuery, text: string) => ({ to, text });

  it('offers each shorter query that matches, under the same filters, with its count', () => {
    const filtered = query('骆驼医疗', { province: 'shandong' });
    const tips = noMatchTips(
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
    const [withMatches] = noMatchTips(filtered, { suggestions: [], withoutFilters: 5 }, link);
    expect(withMatches).toEqual(['去掉筛选条件：', { to: query('疏勒'), text: '不加筛选再搜“疏勒”' }, '（5 处）']);
    const [without] = noMatchTips(filtered, { suggestions: [], withoutFilters: 0 }, link);
    expect(without![2]).toBe('（也没有结果）');
  });

  it('always ends with the advice on scripts, and without suggestions advises a shorter query', () => {
    const tips = noMatchTips(query('火星探测器'), { suggestions: [], withoutFilters: null }, link);
    expect(tips).toHaveLength(2);
    expect(tips[0]![0]).toMatch(/更短/);
    expect(tips[1]![0]).toMatch(/简体和繁体会自动互相匹配/);
    expect(tips.flat().every((piece) => typeof piece === 'string')).toBe(true);
  });
});
