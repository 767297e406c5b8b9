/**
 * The wording module (src/i18n): every language has every key; Traditional is exactly
 * OpenCC's conversion of Simplified plus the reviewed overrides, and an override that no
 * longer applies fails; a function's arguments pass through the derivation untouched;
 * English is English, Chinese only where it quotes.
 */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, nameIn, SITE_NAME, wording } from '../../src/i18n';
import { HAN } from '../../src/core/han';
import { deriveDictionary, type Override } from '../../src/i18n/derive';
import { zhHans } from '../../src/i18n/zh-Hans';
import { HANT_OVERRIDES } from '../../src/i18n/zh-Hant';
import { ourWordsIn } from '../../src/lib/apparatus/convert';

type Leaf = { key: string; value: unknown };

function leaves(value: unknown, key = ''): Leaf[] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, key === '' ? k : `${key}.${k}`));
  }
  return [{ key, value }];
}

/** Each key with what it holds: a string, or a function (a language may leave out an argument it does not need). */
const shape = (dictionary: unknown) => leaves(dictionary).map(({ key, value }) => `${key}: ${typeof value}`);

describe('every language', () => {
  it('has every key of the Simplified wording, each of the same kind', () => {
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) expect(shape(dictionary), lang).toEqual(shape(zhHans));
  });

  it('is told apart from a dictionary that lacks a key (the check is not empty)', () => {
    const { siteNav: _, ...chrome } = zhHans.chrome;
    expect(shape({ ...zhHans, chrome })).not.toEqual(shape(zhHans));
    expect(shape(zhHans).length).toBeGreaterThan(200);
  });
});

describe('deriveDictionary', () => {
  const toTrad = (text: string) => text.replaceAll('简', '簡').replaceAll('发', '發');
  const source = {
    a: { title: '简表', nested: { deep: '发文' } },
    greet: (name: string) => `简介：${name}`,
    list: (names: readonly string[], n: number) => `${names.join('、')}共${n > 1 ? '多' : '一'}简`,
  };

  it('converts every string and the wording around every argument, never an argument', () => {
    const d = deriveDictionary(source, toTrad);
    expect(d.a).toEqual({ title: '簡表', nested: { deep: '發文' } });
    expect(d.greet('简发')).toBe('簡介：简发');
    expect(d.list(['简', '发'], 2)).toBe('简、发共多簡');
    expect(d.list(['简'], 1)).toBe('简共一簡');
  });

  it('applies an override to its string only', () => {
    const d = deriveDictionary(source, toTrad, [{ key: 'a.title', from: '簡', to: '简', reason: 'test' }]);
    expect(d.a.title).toBe('简表');
    expect(d.a.nested.deep).toBe('發文');
  });

  it('fails on an override for a key that no longer exists', () => {
    const stale: Override = { key: 'a.gone', from: '簡', to: '简', reason: 'test' };
    expect(() => deriveDictionary(source, toTrad, [stale])).toThrow(/"a\.gone": no such string/);
  });

  it('fails on an override the conversion has made unnecessary', () => {
    const done: Override = { key: 'a.title', from: '简', to: '簡', reason: 'the converter now does this' };
    expect(() => deriveDictionary(source, toTrad, [done])).toThrow(/"a\.title": the conversion no longer gives "简"/);
  });

  it('fails on an override for a function, whose output depends on its arguments', () => {
    expect(() => deriveDictionary(source, toTrad, [{ key: 'greet', from: '簡', to: '简', reason: 'test' }])).toThrow(/"greet".*function/);
  });
});

describe('the Traditional wording', () => {
  const hans = leaves(zhHans);
  const hant = new Map(leaves(wording('zh-Hant')).map((l) => [l.key, l.value]));
  const withOverrides = (key: string, text: string) => HANT_OVERRIDES.filter((o) => o.key === key).reduce((t, o) => t.split(o.from).join(o.to), text);

  it('is, string by string, OpenCC’s conversion of the Simplified plus the overrides', () => {
    for (const { key, value } of hans) {
      if (typeof value === 'string') expect(hant.get(key), key).toBe(withOverrides(key, ourWordsIn('zh-Hant', value)));
    }
  });

  it('says in every sentence with data what OpenCC makes of the Simplified sentence', () => {
    // Placeholder arguments without Han characters, so the whole sentence can be converted at once.
    const samples: Record<string, unknown[]> = {
      'charts.map.description': [['A', 'B']],
      'charts.map.svgTitle': [['A', 'B', 'C']],
      'charts.map.pointLabel': ['A', 'B', ['C', 'D'], 'E'],
      'charts.compare.mixedUnits': [['A', 'B']],
      'pages.list': [['A', 'B']],
      'pages.home.intro': [5, ['A', 'B'], ['C', 'D']],
      'pages.provinces.description': [['A', 'B']],
      'pages.provinces.cities': [['A', 'B']],
      'about.what.p1': ['X', 5, ['A', 'B'], ['C', 'D']],
    };
    let functions = 0;
    for (const { key, value } of hans) {
      if (typeof value !== 'function') continue;
      const args = samples[key] ?? [2, 1, 3, 4].slice(0, value.length);
      const call = (f: unknown) => (f as (...a: unknown[]) => string)(...args);
      expect(call(hant.get(key)), key).toBe(ourWordsIn('zh-Hant', call(value)));
      functions++;
    }
    expect(functions).toBeGreaterThan(30);
  });

  it('prints a quotation or a name it is given exactly as given', () => {
    const t = wording('zh-Hant');
    expect(t.charts.compare.approx('约100万元')).toBe('約數（原文作“约100万元”）');
    expect(t.apparatus.conversionNotice('简体原文', '繁體')).toContain('由简体原文機器轉換而成的繁體版本');
  });

  it('has a short list of overrides, each with its reason', () => {
    expect(HANT_OVERRIDES.length).toBeLessThanOrEqual(10);
    for (const o of HANT_OVERRIDES) expect(o.reason.length, o.key).toBeGreaterThan(20);
  });
});

describe('the English wording', () => {
  const english = leaves(wording('en'));
  const han = new RegExp(HAN, 'u');

  it('has English in every string; the one Chinese string is the archive’s name, its title as a work', () => {
    const chinese = english.filter((l) => typeof l.value === 'string' && han.test(l.value));
    expect(chinese).toEqual([{ key: 'chrome.siteName', value: SITE_NAME }]);
    expect(english.filter((l) => typeof l.value === 'string').length).toBeGreaterThan(200);
  });

  it('says every sentence with data in English, printing its arguments as given', () => {
    const samples: Record<string, unknown[]> = {
      'charts.map.description': [['Shandong', 'Zhejiang', 'Shanxi']],
      'charts.map.svgTitle': [['Shandong', 'Zhejiang']],
      'charts.map.pointLabel': ['Shule County', 'Kashgar', ['Shandong'], 'near the seat'],
      'pages.list': [['Shandong', 'Zhejiang']],
      'pages.home.intro': [5, ['Shandong', 'Zhejiang', 'Shanxi'], ['Dongying', 'Taizhou', 'Huzhou']],
      'pages.provinces.description': [['Shandong', 'Zhejiang']],
      'pages.provinces.cities': [['Dongying', 'Taizhou']],
      'about.what.p1': ['Yuanjiang', 5, ['Shandong', 'Zhejiang'], ['Dongying']],
    };
    let functions = 0;
    for (const { key, value } of english) {
      if (typeof value !== 'function') continue;
      const out = (value as (...a: unknown[]) => string)(...(samples[key] ?? [2, 1, 3, 4].slice(0, value.length)));
      expect(out, key).not.toMatch(han);
      expect(out.length, key).toBeGreaterThan(0);
      functions++;
    }
    expect(functions).toBeGreaterThan(30);
    const t = wording('en');
    expect(t.charts.map.description(['Shandong', 'Zhejiang', 'Shanxi'])).toContain('between Shandong, Zhejiang and Shanxi and');
    expect(t.charts.timeline.description(5)).toContain('five reports');
  });

  it('names each theme and figure category, and a province or region by its English name', () => {
    expect(Object.keys(wording('en').report.themeName)).toEqual(Object.keys(zhHans.report.themeName));
    expect(Object.keys(wording('en').charts.compare.category)).toEqual(Object.keys(zhHans.charts.compare.category));
    expect(nameIn('en', { name: '山东省', nameHant: '山東省', nameEn: 'Shandong' })).toBe('Shandong');
  });
});
