import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight, stylesheetHrefs } from '../../scripts/css-weight';
import { diffSnapshots } from '../../scripts/style-diff';
import { VISUAL_PROPERTIES, type ElementStyle, type PageSnapshot } from '../../scripts/style-snapshot';

/** An element whose properties all have the value `v`, except those given. */
function element(
  name: string,
  tag: string,
  box: ElementStyle['box'],
  values: Partial<Record<(typeof VISUAL_PROPERTIES)[number], string>> = {},
): ElementStyle {
  return { name, tag, box, values: VISUAL_PROPERTIES.map((p) => values[p] ?? 'v') };
}
const page = (...elements: ElementStyle[]): PageSnapshot => ({ elements });

describe('diffSnapshots', () => {
  const body = element('html > body', 'body', [0, 0, 1280, 900]);
  const para = element('p#p3.para', 'p', [100, 200, 600, 48], { color: 'rgb(31, 30, 27)' });

  it('finds nothing between equal snapshots', () => {
    expect(diffSnapshots(page(body, para), page(body, para))).toEqual([]);
  });

  it('names the element and the property that changed, with both values', () => {
    const after = element('p#p3.para', 'p', [100, 200, 600, 48], { color: 'rgb(0, 0, 0)' });
    expect(diffSnapshots(page(body, para), page(body, after))).toEqual([
      { element: 'p#p3.para', what: 'color', before: 'rgb(31, 30, 27)', after: 'rgb(0, 0, 0)' },
    ]);
  });

  it('reports a box that moved by more than rounding, not one within it', () => {
    const nudged = element('p#p3.para', 'p', [100, 200.01, 600, 48], { color: 'rgb(31, 30, 27)' });
    const moved = element('p#p3.para', 'p', [100, 201, 600, 48], { color: 'rgb(31, 30, 27)' });
    expect(diffSnapshots(page(para), page(nudged))).toEqual([]);
    expect(diffSnapshots(page(para), page(moved))).toEqual([{ element: 'p#p3.para', what: 'box', before: '100 200 600 48', after: '100 201 600 48' }]);
  });

  it('stops at the first place the two pages have different elements', () => {
    const other = element('html > body > div', 'div', [0, 0, 1, 1]);
    expect(diffSnapshots(page(body, para, para), page(body, other, other))).toEqual([
      { element: 'p#p3.para', what: 'element', before: 'p', after: 'div' },
    ]);
    expect(diffSnapshots(page(body, para), page(body))).toEqual([{ element: 'p#p3.para', what: 'element', before: 'p', after: '(none)' }]);
  });
});

describe('stylesheetHrefs and pageWeight', () => {
  const html =
    '<head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css"><link href="/_astro/b.css" rel="stylesheet"></head>';

  it('lists the stylesheets a page links, in order, and nothing else', () => {
    expect(stylesheetHrefs(html)).toEqual(['/_astro/a.css', '/_astro/b.css']);
  });

  it('adds up the stylesheets’ bytes, each gzipped on its own', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'css-weight-'));
    mkdirSync(path.join(dir, '_astro'));
    const a = 'body{color:red}'.repeat(20);
    const b = '.x{margin:0}';
    writeFileSync(path.join(dir, '_astro/a.css'), a);
    writeFileSync(path.join(dir, '_astro/b.css'), b);
    writeFileSync(path.join(dir, 'index.html'), html);
    const weight = pageWeight(dir, 'index.html');
    expect(weight.stylesheets).toBe(2);
    expect(weight.css).toEqual({ raw: a.length + b.length, gzip: gzipSync(a).length + gzipSync(b).length });
    expect(weight.html.raw).toBe(html.length);
  });
});
