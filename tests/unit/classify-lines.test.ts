import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCapture, parseDefaults, type Defaults } from '../../scripts/clean/captures';
import { decodeCapture } from '../../scripts/clean/decode-capture';
import { classifyLines } from '../../scripts/clean/steps/classify-lines';

const noDefaults: Defaults = { path: 'defaults.yaml', rules: [] };
const fixture = {
  file: '000_f1.txt',
  slug: 'fixture',
  script: 'zh-Hans',
  article: { first: '^正文开始', last: '^正文结束' },
  rules: [
    { match: '^首页\\|', drop: 'navigation', why: 'nav' },
    { match: '^标题$', metadata: 'title', read: { title: '$line' } },
    { match: '^来源:(.+)$', metadata: 'outlet', read: { outlet: '$1' } },
  ],
  articleReaders: [{ match: '电\\((\\S+?)\\)', read: { authors: [{ role: '记者', names: '$1' }] } }],
};
const config = parseCapture('fixture.yaml', fixture, noDefaults);
const examples = { 'zh-Hans': ['x'], 'zh-Hant': ['x'] };

const capture = (text: string) => decodeCapture('fixture.txt', new TextEncoder().encode(text));

describe('classifyLines', () => {
  const lines = ['首页|新闻', '标题', '', '标题', '正文开始,本网电(王某)', '  ', '第二段', '正文结束。', '来源:某报'];
  const result = classifyLines(capture(lines.join('\n')), config);

  it('accounts for every line exactly once', () => {
    expect(
      result.ledger
        .map((entry) => entry.line)
        .concat(result.articleLines.map((l) => l.number))
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('drops chrome and blank lines with named reasons', () => {
    expect(result.ledger.filter((entry) => entry.kept === 'dropped').map((entry) => [entry.line, 'reason' in entry && entry.reason])).toEqual([
      [1, 'navigation'],
      [3, 'blank'],
      [4, 'duplicateTitle'],
      [6, 'blank'],
    ]);
  });

  it('moves metadata lines out of the text and reads their values', () => {
    expect(result.metadata).toEqual([
      { line: 2, patch: { title: '标题' } },
      { line: 5, patch: { authors: [{ name: '王某', role: '记者' }] } },
      { line: 9, patch: { outlet: '某报' } },
    ]);
  });

  it('keeps the article lines as captured, indentation included', () => {
    expect(result.articleLines).toEqual([
      { number: 5, raw: '正文开始,本网电(王某)' },
      { number: 7, raw: '第二段' },
      { number: 8, raw: '正文结束。' },
    ]);
  });

  it('in a draft configuration, drops such a line as not yet reviewed, naming it in the ledger', () => {
    const draft = parseCapture('fixture.yaml', { ...fixture, status: 'draft' }, noDefaults);
    const result = classifyLines(capture(['正文开始', '正文结束', '广告'].join('\n')), draft);
    expect(result.ledger).toEqual([{ line: 3, text: '广告', kept: 'dropped', reason: 'unreviewed', why: 'outside the article, not yet reviewed' }]);
    expect(result.claimedBy.get(3)).toMatch(/^draft: /);
  });

  it('stops at a line outside the article that no rule accounts for', () => {
    expect(() => classifyLines(capture(['正文开始', '正文结束', '广告'].join('\n')), config)).toThrow(
      'fixture.txt:3: no rule accounts for this line outside the article: "广告"',
    );
  });

  it('stops when the article cannot be found', () => {
    expect(() => classifyLines(capture('标题\n别的\n'), config)).toThrow('fixture.txt:1: cannot find the first line of the article');
    expect(() => classifyLines(capture('标题\n正文开始\n'), config)).toThrow('fixture.txt:2: cannot find the last line of the article');
  });

  it('stops when two rules claim one line', () => {
    const ambiguous = parseCapture('fixture.yaml', { ...fixture, rules: [...fixture.rules, { match: '^标', drop: 'spam', why: 'x' }] }, noDefaults);
    expect(() => classifyLines(capture('标题\n正文开始\n正文结束'), ambiguous)).toThrow(
      'fixture.txt:1: 2 rules claim this line: fixture.yaml rules[1] /^标题$/u, fixture.yaml rules[3] /^标/u',
    );
  });
});

describe('default rules', () => {
  const defaults = parseDefaults('defaults.yaml', {
    rules: [
      { id: 'share', match: '^分享到:$', drop: 'siteWidget', why: 'share widget', examples },
      { id: 'source', match: '^来源:(?<outlet>.+)$', metadata: 'outlet', read: { outlet: '$<outlet>' }, examples },
      { id: 'heading', match: '^(?<heading>网友评论):$', drop: 'comments', why: '“$<heading>” heading', examples },
      { id: 'any-colon', match: ':', drop: 'spam', why: 'anything with a colon', examples },
    ],
  });
  const text = ['分享到:', '正文开始', '分享到:', '正文结束', '网友评论:', '来源:某报'].join('\n');
  const classify = (overrides: object) => classifyLines(capture(text), parseCapture('fixture.yaml', { ...fixture, rules: [], ...overrides }, defaults));
  const dropped = (result: ReturnType<typeof classifyLines>) =>
    result.ledger.flatMap((entry) => (entry.kept === 'dropped' ? [[entry.line, entry.reason, entry.why]] : []));

  it('claim lines outside the article, the first that matches winning, and fill in their why', () => {
    const result = classify({});
    expect(dropped(result)).toEqual([
      [1, 'siteWidget', 'share widget'],
      [5, 'comments', '“网友评论” heading'],
    ]);
    expect(result.metadata).toEqual([{ line: 6, patch: { outlet: '某报' } }]);
  });

  it('never touch the article: a line inside it that only a default matches is article text', () => {
    expect(classify({}).articleLines.map((line) => line.raw)).toEqual(['正文开始', '分享到:', '正文结束']);
  });

  it('give way to the capture’s own rule for a line, without an error', () => {
    const result = classify({ rules: [{ match: '^来源:(.+)$', metadata: 'outlet', read: { via: ['$1'] } }] });
    expect(result.metadata).toEqual([{ line: 6, patch: { via: ['某报'] } }]);
  });

  it('can be switched off by id, leaving the line to the next default', () => {
    expect(dropped(classify({ defaults: { off: ['share'] } }))[0]).toEqual([1, 'spam', 'anything with a colon']);
  });

  it('take the capture’s own wording for their why', () => {
    expect(dropped(classify({ defaults: { why: { heading: 'comments of $<heading>' } } }))[1]).toEqual([5, 'comments', 'comments of 网友评论']);
  });
});

describe('pinyin in metadata lines', () => {
  const withPinyin = parseCapture(
    'fixture.yaml',
    { ...fixture, rules: [...fixture.rules, { match: '^责任编辑:(.+)$', metadata: 'editors', read: { editors: [{ role: '责任编辑', names: '$1' }] } }] },
    noDefaults,
  );

  it('rules match the line without the site’s pinyin, and the removals are counted', () => {
    const result = classifyLines(capture('正文开始\n正文结束\n责(zé)任编(biān)辑:某人'), withPinyin);
    expect(result.metadata.at(-1)?.patch.editors).toEqual([{ name: '某人', role: '责任编辑' }]);
    expect(result.metadataPinyinRemoved).toBe(2);
  });

  it('pinyin on dropped lines is not counted: they are not published', () => {
    const result = classifyLines(capture('首页|新(xīn)闻\n正文开始\n正文结束'), withPinyin);
    expect(result.metadataPinyinRemoved).toBe(0);
  });
});

describe('the pinyin count of a real capture', () => {
  it('dongying-shule: 535 annotations, the editor line’s 責(zé)任編輯 included', async () => {
    const { cleanOne } = await import('../../scripts/clean/project');
    const { loadCaptures } = await import('../../scripts/clean/captures');
    const report = cleanOne(
      process.cwd(),
      loadCaptures(process.cwd()).find((c) => c.slug === 'dongying-shule')!,
    );
    expect(report.frontmatter.cleaning.pinyinAnnotationsRemoved).toBe(535);
    const raw = readFileSync('content/sources/001_682004c81572a2c1.txt', 'utf8');
    const published = report.ledger.lines
      .filter((e) => e.kept !== 'dropped')
      .map((e) => e.text)
      .join('\n');
    const inPublishedLines = [...published.matchAll(/\p{Script=Han}\((?:[a-zü]|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])+\)/gu)].length;
    expect(inPublishedLines).toBe(535);
    expect(raw.length).toBeGreaterThan(published.length);
  });
});
