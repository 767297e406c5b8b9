import { describe, expect, it } from 'vitest';
import { foreignTo } from '../e2e/support/script-forms';
import { pageText } from '../e2e/support/page-text';

const foreign = (script: 'zh-Hans' | 'zh-Hant', text: string) => [...text].filter((c) => foreignTo(script, c)).join('');

describe('which characters belong to one script only (the one-script check of every page)', () => {
  it('finds Traditional-only characters on a Simplified page, and not those both scripts use', () => {
    expect(foreign('zh-Hans', '醫療東營著录显著干部台州')).toBe('醫療東營');
  });

  it('finds Simplified-only characters on a Traditional page, and not 干 余 台 里', () => {
    expect(foreign('zh-Hant', '简体医疗干涉余三勝台灣萬里')).toBe('简体医疗');
  });
});

describe('page text: our words and quotations', () => {
  const html = `<html lang="zh-Hant"><head><title>x</title></head><body>
    <p>我們的話</p><q>引文</q><samp>?shù)孛</samp><span lang="zh-Hans">简体</span>
    <div class="report-body"><p>正文</p></div><a data-quotes title="引用標題">第 2 段</a><a title="標題" href="#">鏈接</a></body></html>`;
  const { lang, runs } = pageText(html);

  it('reads the page language and tells our words from quotations', () => {
    expect(lang).toBe('zh-Hant');
    expect(runs.filter((r) => !r.quoted).map((r) => r.text.trim())).toEqual(['我們的話', '標題', '鏈接']);
    expect(runs.filter((r) => r.quoted).map((r) => r.text.trim())).toEqual(['引文', '?shù)孛', '简体', '正文', '引用標題', '第 2 段']);
  });
});
