/**
 * The content layer on small fixture folders, the way Starlight's tests use theirs:
 * tests/fixtures/content/basics/ is a sound archive of one report; each other folder holds
 * the one file that breaks it, laid over basics/. Loading a broken folder must fail with
 * every problem named by file and field, exactly as the build prints them.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CURATED_FIELDS } from '../../src/core/schemas/programme';
import { reportSchema } from '../../src/core/schemas/report';
import { fieldPath, formatProblems } from '../../src/lib/content/errors';
import { contentErrors, loadArchive, schemaProblems } from '../helpers/content';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/content');
const BASICS = path.join(FIXTURES, 'basics');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** basics/ with the files of `fault` laid over it, in a temporary folder. */
function withFault(fault: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `content-${fault}-`));
  copies.push(dir);
  cpSync(BASICS, dir, { recursive: true });
  cpSync(path.join(FIXTURES, fault), dir, { recursive: true });
  return dir;
}

const problems = (message: string) => message.split('\n').slice(1);

/** The messages parseEntry gives for `data`, as the build prints them. */
const messages = (schema: z.ZodType, data: unknown, at: PropertyKey[] = []) => schemaProblems(schema, data, 'content/x.json', at);

describe('the error formatter', () => {
  it('writes field paths as a reader does', () => {
    expect(fieldPath(['figures', 2, 'quote'])).toBe('figures[2].quote');
    expect(fieldPath([3, 'id'])).toBe('[3].id');
    expect(fieldPath([])).toBe('');
  });

  it('names the file and the field of every zod issue, under where the entry sits', () => {
    const schema = z.strictObject({ a: z.string(), b: z.enum(['x', 'y']), c: z.number().refine((n) => n > 0, 'c is positive') });
    expect(messages(schema, { b: 'z', c: -1, d: true })).toEqual([
      'content/x.json: a: required',
      'content/x.json: b: expected "x" | "y", received "z"',
      'content/x.json: c: c is positive',
      'content/x.json: Unrecognized key: "d"',
    ]);
    expect(messages(schema, { a: 1, b: 'x', c: 1 }, ['places', 4])).toEqual(['content/x.json: places[4].a: expected string, received number']);
  });

  it('says what a union expects, as its branches agree (Starlight’s error map)', () => {
    const schema = z.union([z.object({ a: z.string() }), z.object({ a: z.number(), b: z.string() })]);
    expect(messages(schema, { a: true })).toEqual([
      'content/x.json: matches none of the allowed shapes\n    > a: expected string | number, received boolean',
    ]);
    expect(messages(reportSchema.shape.published, { stated: 'yes' })).toEqual(['content/x.json: stated: expected true | false, received "yes"']);
  });

  it('counts the problems above the list', () => {
    const one = { file: 'content/x.json', path: ['a'], message: 'required' };
    expect(formatProblems([one])).toBe("The archive's content has 1 problem:\n  - content/x.json: a: required");
    expect(formatProblems([one, { ...one, path: [] }]).split('\n')[0]).toBe("The archive's content has 2 problems:");
  });
});

describe('a sound archive', () => {
  const archive = loadArchive(BASICS);

  it('loads every collection', () => {
    expect(archive.reports.map((r) => r.id)).toEqual(['demo']);
    expect(archive.programmes.map((p) => p.slug)).toEqual(['demo']);
    expect([...archive.ledgers.keys()]).toEqual(['demo']);
    expect(archive.glossary.map((t) => t.id)).toEqual(['yuanjiang']);
    expect(archive.places.map((p) => p.id)).toEqual(['aksu', 'hotan', 'xpcc-1st-division', 'keping']);
    expect(archive.regions.regions.map((r) => r.id)).toEqual(['aksu']);
    expect(archive.provinces.map((p) => p.id)).toEqual(['zhejiang']);
  });

  it('gives each change the id of its place in the file', () => {
    expect(archive.changes.map((c) => [c.id, c.anchor])).toEqual([['change-1', 'p1']]);
  });

  it('describes each capture: path, lines as the pipeline counts them, SHA-256, text', () => {
    const capture = archive.captures.get('content/sources/009_0123456789abcdef.txt')!;
    expect(capture.lines).toBe(11);
    expect(capture.sha256).toBe('ceb24de347e1ce4c2c70196b7ea566372710f9df22bb7cf3d9c6810ccfbcd3af');
    expect(capture.text.split('\n')[1]).toBe('演示报道标题');
  });
});

describe('a broken archive stops the build, naming the file and the field', () => {
  it.each([
    ['frontmatter-field', ['content/reports/demo.mdx: script: expected "zh-Hans" | "zh-Hant", received "zh-CN"']],
    ['quote-not-in-paragraph', ['content/programmes/demo.json: figures[0].quote: is not in paragraph p2 of content/reports/demo.mdx']],
    [
      'capture-altered',
      [
        'content/reports/demo.mdx: source.sha256: is ceb24de347e1ce4c2c70196b7ea566372710f9df22bb7cf3d9c6810ccfbcd3af, but content/sources/009_0123456789abcdef.txt has 8d1a6b965752ac84d34d251741f1840194047553ba8746401fb1cff942ba9e4d',
      ],
    ],
    ['ledger-mismatch', ['content/ledgers/demo.json: lines[6].role: line 7 is a paragraph, but block 2 of content/reports/demo.mdx is a heading']],
    [
      'ledger-edits',
      [
        'content/ledgers/demo.json: lines[4].edits: line 5, p1 of content/reports/demo.mdx: the recorded edits give …2023年4月,第十批湖州市援疆指挥部…, but the published block has …2023年4月，第十批湖州市援疆指挥部…',
      ],
    ],
    ['restoration-record', ['content/restorations/demo.json: [0]: differs from restorations[0] of content/reports/demo.mdx (run npm run clean)']],
    [
      'restoration-mark',
      [
        'content/reports/demo.mdx: restorations: has no record r2, which the body marks with <Restored id="r2">',
        // The ledger records no restoration there either.
        'content/ledgers/demo.json: lines[4].edits: line 5, p1 of content/reports/demo.mdx: the recorded edits give …月，第十批湖州市援疆指挥部接续工作。…, but the published block has …月，第十批湖州市⟨r2:援疆⟩指挥部接续…',
        // Nor does the translation mark it.
        'content/translations/en/demo.json: blocks.p1: marks none, but p1 of content/reports/demo.mdx has {r2:…} (restored text {rN:…}, gaps {rN:})',
      ],
    ],
    ['change-anchor', ['content/changes.json: [0].anchor: report "demo" has no paragraph, figure or note "p9"']],
    [
      'recipient-place',
      ['content/programmes/demo.json: recipients[0].name: "柯坪县" has no place in content/gazetteer.json (add it to a recipient\'s "aliases")'],
    ],
    [
      'translation-block',
      [
        'content/translations/en/demo.json: blocks: has no p2, a paragraph of content/reports/demo.mdx',
        'content/translations/en/demo.json: blocks.p4: is not a block of content/reports/demo.mdx (its blocks are p1, 项目招商, p2, p3)',
      ],
    ],
    [
      'translation-mark',
      ['content/translations/en/demo.json: blocks.p3: marks {r2:…}, but p3 of content/reports/demo.mdx has {r1:…} (restored text {rN:…}, gaps {rN:})'],
    ],
    ['translation-edition', ['content/translations/en/demo.json: from: is zh-Hant, but content/reports/demo.mdx is in zh-Hans']],
    ['glossary-duplicate', ['content/glossary.json: [1].id: id "yuanjiang" is already used by entry 0']],
    ['glossary-chinese', ['content/glossary.json: [0].zh: required']],
    ['gazetteer-english', ['content/gazetteer.json: recipients[3].seat.noteEn: required']],
    ['pair-note-english', ['content/gazetteer.json: supporters[1].pairs[0].noteEn: required beside note']],
    ['programme-english', ['content/programmes/demo.json: titleEn: required', 'content/programmes/demo.json: figures[1].labelEn: required']],
    [
      'summary-english',
      [
        `content/programmes/demo.json: summaryEn: a curated programme gives ${CURATED_FIELDS.join(', ')}; this one lacks summaryEn (give them, or leave out period, batch, themes, figures, summary to publish the report uncurated)`,
      ],
    ],
    [
      'report-without-programme',
      [
        'content/reports/second.mdx: restorations: has 1 record(s), but content/restorations/second.json is missing',
        'content/ledgers/second.json: is missing (every report has a ledger; content/reports/second.mdx has none)',
        'content/programmes/second.json: is missing (every report has a programme; content/reports/second.mdx has none)',
      ],
    ],
  ])('%s', (fault, expected) => {
    const message = contentErrors(withFault(fault));
    expect(message.split('\n')[0]).toBe(`The archive's content has ${expected.length} problem${expected.length === 1 ? '' : 's'}:`);
    expect(problems(message)).toEqual(expected.map((p) => `  - ${p}`));
  });
});
