/**
 * The committed reports against the raw captures: every line accounted for, the
 * article text kept whole (no more, no less), nothing of the sites' chrome left, and
 * the committed files exactly what the pipeline produces.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCaptures } from '../../scripts/clean/captures';
import { cleanOne, generateOutputs, staleOutputs } from '../../scripts/clean/project';
import { decodeCapture } from '../../scripts/clean/decode-capture';
import { capturedText } from '../../scripts/clean/model';
import { stripPinyin } from '../../scripts/clean/steps/strip-pinyin';
import { splitFrontmatter } from '../../src/core/frontmatter';
import { ledgerSchema } from '../../src/core/schemas/ledger';
import { renderMdx, reportComponents } from '../helpers/render-mdx';

const root = process.cwd();
const captures = loadCaptures(root);
const committed = (path: string) => readFileSync(join(root, path), 'utf8');

describe('the captures', () => {
  it('are byte-identical copies of the shared seeds, where the seeds are at hand', () => {
    const seeds = join(root, '../shared/seeds');
    if (!existsSync(seeds)) return;
    for (const name of readdirSync(seeds)) {
      expect(readFileSync(join(root, 'content/sources', name)).equals(readFileSync(join(seeds, name))), name).toBe(true);
    }
  });

  it('each have a capture config', () => {
    expect(readdirSync(join(root, 'content/sources')).sort()).toEqual(captures.map((c) => c.file).sort());
  });
});

describe('the committed output', () => {
  it('is exactly what the pipeline produces from the captures', () => {
    expect(staleOutputs(root, generateOutputs(root))).toEqual([]);
  });
});

describe.each(captures.map((config) => [config.slug, config] as const))('%s', (slug, config) => {
  const capture = decodeCapture(config.file, readFileSync(join(root, 'content/sources', config.file)));
  const { lines: ledger, source } = ledgerSchema.parse(JSON.parse(committed(`content/ledgers/${slug}.json`)));
  const mdx = committed(`content/reports/${slug}.mdx`);

  it('has a ledger of the documented format, for this capture', () => {
    expect(source).toEqual({ file: `content/sources/${config.file}`, sha256: capture.sha256 });
  });

  it('has a ledger entry for every line of the capture, in order, with its text', () => {
    expect(ledger.map((entry) => entry.line)).toEqual(capture.lines.map((_, index) => index + 1));
    expect(ledger.map((entry) => entry.text)).toEqual(capture.lines);
  });

  it('names a reason for every dropped line', () => {
    for (const entry of ledger) {
      if (entry.kept === 'dropped') expect(entry.why.length, `line ${entry.line}`).toBeGreaterThan(0);
    }
  });

  it('keeps every article line whole: the rendered block is the captured line, repaired and normalised', async () => {
    const { frontmatter } = cleanOne(root, config);
    const html = await renderMdx(mdx, reportComponents);
    const blocks = [...html.matchAll(/<(p|h2|h3|figure)\b[^>]*>([\s\S]*?)<\/\1>/g)].map(([, , inner]) => textOf(inner!));
    const expected = ledger
      .filter((entry) => entry.kept === 'article')
      .map((entry) => {
        let text = entry.text.trim();
        for (const r of frontmatter.restorations.filter((r) => r.line === entry.line)) {
          text = text.replace(r.garbled, r.restored ?? '〔缺〕');
        }
        const [segment] = stripPinyin([capturedText(text)]).segments;
        return segment?.type === 'text' ? segment.value : '';
      });
    expect(blocks.map(asCaptured)).toEqual(expected.map(asCaptured));
  });

  it('has no ASCII punctuation beside Han characters', async () => {
    const text = textOf(await renderMdx(mdx, reportComponents));
    expect(text.match(/[\p{Script=Han}][,:;!?()]|[,:;!?()][\p{Script=Han}]/gu)).toBeNull();
  });

  it('has no pinyin annotations and no damage marks', async () => {
    const text = textOf(await renderMdx(mdx, reportComponents));
    expect(text).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/u);
    expect(text).not.toMatch(/[?？][a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)|\p{Script=Han}[?？]\p{Script=Han}|\/p>|\uFFFD/u);
  });

  it('holds none of the lines dropped as chrome', () => {
    const { body } = splitFrontmatter(mdx);
    for (const entry of ledger) {
      if (entry.kept === 'dropped' && entry.reason !== 'blank' && entry.reason !== 'duplicateTitle') {
        expect(body, `line ${entry.line}`).not.toContain(entry.text.trim().slice(0, 12));
      }
    }
  });
});

const textOf = (html: string) =>
  html
    .replace(/<mark[^>]*>[^<]*<\/mark>/g, '〔缺〕')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Full-width punctuation folded back to what the scraper captured, for comparison. */
const asCaptured = (text: string) => text.normalize('NFKC');
