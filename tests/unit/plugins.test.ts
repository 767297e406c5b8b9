/**
 * The rehype plugins of src/plugins/, each on the fixture folders of
 * tests/unit/plugins/<plugin>/<case>/, as remark-gfm and rehype-slug test theirs:
 * input.mdx is compiled with the plugin (its frontmatter where Astro gives it to plugins)
 * and rendered with the report components reduced to plain elements
 * (tests/helpers/render-mdx.ts). What it gives must be output.html, or for a case that
 * must fail, the error's message must be error.txt. A case's options are its files:
 * ledger.json (the ledger of the report `input`), glossary.json and programme.json (its
 * figures); a case of rehype-restored-punctuation with a glossary.json runs
 * rehypeGlossaryFirstUse first, as the site does.
 *
 * `UPDATE=1 npx vitest run tests/unit/plugins.test.ts` writes every expected file afresh
 * (and a new case's on its first run): review the diff.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryFileSchema } from '../../src/core/schemas/glossary';
import { ledgerSchema } from '../../src/core/schemas/ledger';
import rehypeGlossaryFirstUse from '../../src/plugins/rehype-glossary-first-use';
import rehypeRestoredPunctuation from '../../src/plugins/rehype-restored-punctuation';
import rehypeFigureMarks, { quotedFiguresSchema } from '../../src/plugins/rehype-figure-marks';
import { glossaryPath, pathUnder } from '../../src/lib/site-paths';
import { renderMdx, reportComponents, type RenderOptions } from '../helpers/render-mdx';

const FIXTURES = join(import.meta.dirname, 'plugins');
const OUTPUT = 'output.html';
const ERROR = 'error.txt';

const json = (dir: string, name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8'));

const glossary = (dir: string): NonNullable<RenderOptions['rehypePlugins']>[number] => [
  rehypeGlossaryFirstUse,
  { terms: glossaryFileSchema.parse(json(dir, 'glossary.json')), href: (id: string) => pathUnder('/', glossaryPath(id)) },
];

const ledgers = (dir: string) => new Map(existsSync(join(dir, 'ledger.json')) ? [['input', ledgerSchema.parse(json(dir, 'ledger.json'))]] : []);

/** The plugins each fixture folder is compiled with. */
const PLUGINS: Record<string, (dir: string) => RenderOptions['rehypePlugins']> = {
  'rehype-glossary-first-use': (dir) => [glossary(dir)],
  'rehype-restored-punctuation': (dir) => [
    ...(existsSync(join(dir, 'glossary.json')) ? [glossary(dir)] : []),
    [rehypeRestoredPunctuation, { ledgers: ledgers(dir) }],
  ],
  'rehype-figure-marks': (dir) => [
    [
      rehypeFigureMarks,
      { figures: new Map(existsSync(join(dir, 'programme.json')) ? [['input', quotedFiguresSchema.parse(json(dir, 'programme.json')).figures]] : []) },
    ],
  ],
};

it('every plugin has fixtures, and every fixture folder a plugin', () => {
  expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(PLUGINS).sort());
});

describe.each(Object.entries(PLUGINS))('%s', (plugin, plugins) => {
  const cases = readdirSync(join(FIXTURES, plugin)).sort();

  it.each(cases)('%s', async (name) => {
    const dir = join(FIXTURES, plugin, name);
    const input = readFileSync(join(dir, 'input.mdx'), 'utf8');
    let actual: { file: string; text: string };
    try {
      actual = { file: OUTPUT, text: `${await renderMdx(input, reportComponents, { path: join(dir, 'input.mdx'), rehypePlugins: plugins(dir) })}\n` };
    } catch (error) {
      actual = { file: ERROR, text: `${(error as Error).message}\n` };
    }
    const expected = [OUTPUT, ERROR].filter((file) => existsSync(join(dir, file)));
    if ('UPDATE' in process.env || expected.length === 0) {
      for (const file of expected) rmSync(join(dir, file));
      writeFileSync(join(dir, actual.file), actual.text);
      return;
    }
    expect(expected, `${name} expects ${expected.join(' and ')}`).toEqual([actual.file]);
    expect(actual.text).toBe(readFileSync(join(dir, actual.file), 'utf8'));
  });
});
