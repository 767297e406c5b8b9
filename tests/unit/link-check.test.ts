import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, pageLinks } from '../e2e/support/link-check';

const site = mkdtempSync(path.join(tmpdir(), 'link-check-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function write(file: string, text: string) {
  const full = path.join(site, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

const page = (body: string) =>
  `<!doctype html><html lang="zh-Hans"><head><title>t</title><link rel="stylesheet" href="/archive/_astro/a.css"></head><body>${body}</body></html>`;

write('_astro/a.css', 'body{}');
write('sources/000.txt', 'raw');
write(
  'index.html',
  page(
    '<a href="/archive/reports/one/#p1">ok</a> <a href="reports/one/#p2:~:text=%E5%8C%BB">relative, text directive</a> <a href="#top" id="top">self</a> <a href="https://example.org/">external</a> <a href="mailto:a@b.c">mail</a>',
  ),
);
write(
  'reports/one/index.html',
  page(
    '<p id="p1">一</p><p id="p2">二</p><a href="/archive/sources/000.txt">raw</a> <a href="#p3">missing fragment</a> <a href="/archive/reports/two/">missing page</a> <a href="/archive/reports/one">no slash</a> <a href="/elsewhere/">outside</a> <img src="/archive/img/gone.png" alt=""> <form action="/archive/search/"></form> <a href="/archive/sources/000.txt#x">fragment on a file</a>',
  ),
);
write('search/index.html', page('<svg><a href="/archive/reports/one/#p%31"><text>encoded</text></a></svg>'));

describe('checkLinks', () => {
  const result = checkLinks(site, '/archive/');

  it('reads every page and every internal reference', () => {
    expect(result.pages).toBe(3);
    // index: 1 stylesheet + 3 internal links; one: 1 + 8; search: 1 + 1 (external and mailto are not counted).
    expect(result.links).toBe(15);
  });

  it('names each broken link and fragment with its page, and nothing else', () => {
    expect(result.problems.sort()).toEqual(
      [
        '/archive/reports/one/: #p3 → no element with id "p3" on /archive/reports/one/',
        '/archive/reports/one/: /archive/reports/two/ → no such file',
        '/archive/reports/one/: /archive/reports/one → a folder without index.html, or a link without its trailing slash',
        '/archive/reports/one/: /elsewhere/ → outside the base path /archive/',
        '/archive/reports/one/: /archive/img/gone.png → no such file',
        '/archive/reports/one/: /archive/sources/000.txt#x → a fragment on a file that is not a page',
      ].sort(),
    );
  });
});

describe('pageLinks', () => {
  it('collects ids, hrefs, srcs and form actions, not external URLs', () => {
    const { ids, refs } = pageLinks('<p id="a"></p><a href="/x/">x</a><img src="y.png" alt=""><form action="/s/"></form><a href="https://e.org/">e</a>');
    expect([...ids]).toEqual(['a']);
    expect(refs).toEqual(['/x/', 'y.png', '/s/']);
  });
});
