/**
 * The report-body format (src/core/report-body.ts): readBody reads exactly what writeBody
 * writes, on every real report and on text that MDX would otherwise take for syntax.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/core/frontmatter';
import { readBody, readSegments, writeBody, type BodyBlock } from '../../src/core/report-body';
import { HOSTILE } from '../helpers/hostile-text';

describe('readBody', () => {
  it('reads paragraphs, headings and captions with their segments', () => {
    const blocks = readBody('<P id="p1">a\\*b<Gap id="r1" /></P>\n\n### 小标题\n\n<LostImage id="f1">图<Restored id="r2">地</Restored></LostImage>\n');
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        anchor: 'p1',
        segments: [
          { type: 'text', value: 'a*b' },
          { type: 'gap', id: 'r1' },
        ],
      },
      { kind: 'heading', level: 3, segments: [{ type: 'text', value: '小标题' }] },
      {
        kind: 'caption',
        anchor: 'f1',
        segments: [
          { type: 'text', value: '图' },
          { type: 'restoration', id: 'r2', value: '地' },
        ],
      },
    ]);
  });

  it('refuses what writeBody never writes rather than guess', () => {
    expect(() => readBody('<div>x</div>')).toThrow(/no paragraph/);
    expect(() => readBody('---\ntitle: x\n---\n\n<P id="p1">甲</P>')).toThrow(/no paragraph/);
    expect(() => readSegments('甲<em>乙</em>')).toThrow(/unexpected markup/);
    expect(() => readSegments('甲<Restored id="r1">乙')).toThrow(/unexpected markup/);
    expect(() => readSegments('<Restored id="r1">乙<Gap id="r2" /></Restored>')).toThrow(/unexpected markup/);
  });

  it('reads an escaped < as text and an escaped backslash before markup as a backslash', () => {
    expect(readSegments('\\<Gap id="r1" /\\>')).toEqual([{ type: 'text', value: '<Gap id="r1" />' }]);
    expect(readSegments('甲\\\\<Gap id="r1" />')).toEqual([
      { type: 'text', value: '甲\\' },
      { type: 'gap', id: 'r1' },
    ]);
  });
});

describe('writeBody and readBody', () => {
  const reportsDir = join(process.cwd(), 'content/reports');
  const reports = readdirSync(reportsDir).filter((name) => name.endsWith('.mdx'));

  it('cover every report', () => expect(reports.length).toBeGreaterThan(0));

  it.each(reports)('give back content/reports/%s byte for byte', (name) => {
    const { body } = splitFrontmatter(readFileSync(join(reportsDir, name), 'utf8'));
    // The pipeline puts a blank line after the frontmatter and a newline at the end;
    // the body proper (Astro's `entry.body`) is what lies between.
    const proper = body.trim();
    expect(body).toBe(`\n${proper}\n`);
    expect(writeBody(readBody(proper))).toBe(proper);
  });

  it.each(HOSTILE)('give back %j in every kind of block and segment', (line) => {
    const blocks: BodyBlock[] = [
      {
        kind: 'paragraph',
        anchor: 'p1',
        segments: [
          { type: 'text', value: line },
          { type: 'restoration', id: 'r1', value: line },
          { type: 'gap', id: 'r2' },
          { type: 'text', value: line },
        ],
      },
      { kind: 'heading', level: 2, segments: [{ type: 'text', value: line }] },
      { kind: 'caption', anchor: 'f1', segments: [{ type: 'restoration', id: 'r3', value: line }] },
    ];
    const body = writeBody(blocks);
    expect(readBody(body)).toEqual(blocks);
    expect(writeBody(readBody(body))).toBe(body);
  });
});
