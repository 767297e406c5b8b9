import { describe, expect, it } from 'vitest';
import { escapeMdxText, unescapeMdxText } from '../../src/core/mdx-escape';
import { HOSTILE } from '../helpers/hostile-text';
import { renderMdx, reportComponents } from '../helpers/render-mdx';

describe('escapeMdxText', () => {
  it.each(HOSTILE)('renders %j as exactly that text inside a paragraph', async (line) => {
    const html = await renderMdx(`<P id="p1">${escapeMdxText(line)}</P>`, reportComponents);
    const expected = line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html).toBe(`<p id="p1">${expected}</p>`);
  });

  it('renders hostile text as text in headings and captions too', async () => {
    const line = '<script>{1}</script> # *x*';
    const html = await renderMdx(`## ${escapeMdxText(line)}\n\n<LostImage id="f1">${escapeMdxText(line)}</LostImage>`, reportComponents);
    const expected = '&lt;script&gt;{1}&lt;/script&gt; # *x*';
    expect(html).toBe(`<h2>${expected}</h2>\n<figure id="f1">${expected}</figure>`);
  });

  it('leaves Chinese text and full-width punctuation untouched', () => {
    expect(escapeMdxText('保障改善當地民生、推動（鄉村）振興！')).toBe('保障改善當地民生、推動（鄉村）振興！');
  });
});

describe('unescapeMdxText', () => {
  it.each(HOSTILE)('gives back %j from its escaped form', (line) => {
    expect(unescapeMdxText(escapeMdxText(line))).toBe(line);
  });

  it('drops only the backslashes escapeMdxText writes', () => {
    expect(unescapeMdxText('\\\\ \\* \\< a\\b \\( \\中')).toBe('\\ * < a\\b \\( \\中');
  });
});
