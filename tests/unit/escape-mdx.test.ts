import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../scripts/clean/steps/escape-mdx';
import { renderMdx, reportComponents } from '../helpers/render-mdx';

const HOSTILE = [
  'import fs from "node:fs"',
  'export const x = 1',
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '**不是粗体** _也不是_ `代码` ~~删除~~',
  '[链接](https://example.com) ![图](x.png)',
  '&amp; &#123; \\{ 反斜杠\\',
  '# 不是标题 | 不是 | 表格 |',
  '1. 不是列表 - 也不是',
];

describe('escapeMdxText', () => {
  it.each(HOSTILE)('renders %j as exactly that text inside a paragraph', async (line) => {
    const html = await renderMdx(`<P id="p1">${escapeMdxText(line)}</P>`, reportComponents);
    const expected = line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html).toBe(`<p id="p1">${expected}</p>`);
  });

  it('renders hostile text as text in headings and captions too', async () => {
    const line = '<script>{1}</script> # *x*';
    const html = await renderMdx(
      `## ${escapeMdxText(line)}\n\n<LostImage id="f1">${escapeMdxText(line)}</LostImage>`,
      reportComponents,
    );
    const expected = '&lt;script&gt;{1}&lt;/script&gt; # *x*';
    expect(html).toBe(`<h2>${expected}</h2>\n<figure id="f1">${expected}</figure>`);
  });

  it('leaves Chinese text and full-width punctuation untouched', () => {
    expect(escapeMdxText('保障改善當地民生、推動（鄉村）振興！')).toBe('保障改善當地民生、推動（鄉村）振興！');
  });
});
