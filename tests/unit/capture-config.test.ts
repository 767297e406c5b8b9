/** Capture configurations as data: what a bad one says, naming the file and the rule or field. */
import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCaptures, parseCapture, parseDefaults, type Defaults } from '../../scripts/clean/captures';

const examples = { 'zh-Hans': ['分享到:'], 'zh-Hant': ['分享到:'] };
const defaults: Defaults = parseDefaults('defaults.yaml', {
  rules: [
    { id: 'share', match: '^分享到:$', drop: 'siteWidget', why: 'share widget', examples },
    { id: 'source', match: '^来源:(.+)$', metadata: 'outlet', read: { outlet: '$1' }, examples },
  ],
});
const minimal = { file: '005_ab.txt', slug: 'tianjin-hotan', script: 'zh-Hans', article: { first: '^正文', last: '^完' } };
const parsed = (data: object) => () => parseCapture('content/captures/005.yaml', { ...minimal, ...data }, defaults);

describe('a capture configuration', () => {
  it('needs no rules of its own', () => {
    const config = parseCapture('content/captures/005.yaml', minimal, defaults);
    expect(config.rules).toEqual([]);
    expect(config.defaults.map((rule) => rule.origin)).toEqual(['defaults.yaml rule share', 'defaults.yaml rule source']);
  });

  it('is reviewed unless it says it is a draft, and says nothing else there', () => {
    expect(parseCapture('content/captures/005.yaml', minimal, defaults).draft).toBe(false);
    expect(parsed({ status: 'draft' })().draft).toBe(true);
    expect(parsed({ status: 'checked' })).toThrow(/^content\/captures\/005\.yaml: status: /);
  });

  it('stops on a pattern that is not a regular expression, naming file and rule', () => {
    expect(
      parsed({
        rules: [
          { match: '^ok$', drop: 'spam', why: 'x' },
          { match: '^(来源', drop: 'spam', why: 'x' },
        ],
      }),
    ).toThrow(/^content\/captures\/005\.yaml: rules\[1\]\.match: not a valid regular expression: .*Unterminated group/);
    expect(parsed({ article: { first: '[', last: '^完' } })).toThrow('content/captures/005.yaml: article.first: not a valid regular expression');
  });

  it('stops on a template that refers to a group the pattern lacks', () => {
    expect(parsed({ rules: [{ match: '^来源:(.+)$', metadata: 'outlet', read: { outlet: '$2' } }] })).toThrow(
      'content/captures/005.yaml: rules[0].read: $2 not in the pattern ^来源:(.+)$',
    );
    expect(parsed({ rules: [{ match: '^x$', drop: 'spam', why: 'cost: 5$' }] })).toThrow('content/captures/005.yaml: rules[0].why: a $ in a template is');
  });

  it('stops on a wrong field, naming it', () => {
    expect(parsed({ rules: [{ match: '^x$', drop: 'chrome', why: 'x' }] })).toThrow(/content\/captures\/005\.yaml: rules\[0\]\.drop: Invalid option/);
    expect(parsed({ rules: [{ match: '^x$', metadata: 'title', read: { titel: '$line' } }] })).toThrow(/rules\[0\]\.read: Unrecognized key: "titel"/);
    expect(parsed({ script: 'zh-CN' })).toThrow(/content\/captures\/005\.yaml: script: /);
    expect(parsed({ undated: { estimate: 'autumn 2023', evidence: [] } })).toThrow(/undated\.estimate: .*undated\.evidence: /);
  });

  it('stops on a default it names that does not exist, or whose why cannot be its own', () => {
    expect(parsed({ defaults: { off: ['share', 'shares'] } })).toThrow('content/captures/005.yaml: defaults.off[1]: no default rule has the id shares');
    expect(parsed({ defaults: { why: { sharing: 'x' } } })).toThrow('content/captures/005.yaml: defaults.why.sharing: no default rule has this id');
    expect(parsed({ defaults: { why: { source: 'x' } } })).toThrow(
      'content/captures/005.yaml: defaults.why.source: this default reads metadata and drops nothing',
    );
  });
});

describe('the default rules', () => {
  it('stop on a bad pattern or a repeated id, naming the file and the rule', () => {
    const rule = { id: 'share', match: '^分享(到:$', drop: 'siteWidget', why: 'x', examples };
    expect(() => parseDefaults('content/captures/defaults.yaml', { rules: [rule] })).toThrow(
      'content/captures/defaults.yaml: rule share.match: not a valid regular expression',
    );
    const ok = { ...rule, match: '^分享到:$' };
    expect(() => parseDefaults('content/captures/defaults.yaml', { rules: [ok, ok] })).toThrow(
      'content/captures/defaults.yaml: rules[1].id: the id share is used twice',
    );
  });

  it('need examples in both scripts', () => {
    const rule = { id: 'share', match: '^分享到:$', drop: 'siteWidget', why: 'x', examples: { 'zh-Hans': ['分享到:'] } };
    expect(() => parseDefaults('content/captures/defaults.yaml', { rules: [rule] })).toThrow(/rules\[0\]\.examples\.zh-Hant: /);
  });
});

describe('loadCaptures', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'captures-'));
    cpSync(join(process.cwd(), 'content/captures'), join(root, 'content/captures'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads every configuration in capture order', () => {
    expect(loadCaptures(root).map((config) => config.file.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it('stops on a configuration not named after its capture', () => {
    renameSync(join(root, 'content/captures/004.yaml'), join(root, 'content/captures/005.yaml'));
    expect(() => loadCaptures(root)).toThrow('content/captures/005.yaml: file: 004_c023152330cebe12.txt is not capture 005');
    renameSync(join(root, 'content/captures/005.yaml'), join(root, 'content/captures/huzhou.yaml'));
    expect(() => loadCaptures(root)).toThrow('content/captures/huzhou.yaml: not a capture configuration: name it NNN.yaml');
  });

  it('stops on two configurations with one slug', () => {
    writeFileSync(join(root, 'content/captures/005.yaml'), 'file: 005_ab.txt\nslug: huzhou-keping\nscript: zh-Hans\narticle: { first: a, last: b }\n');
    expect(() => loadCaptures(root)).toThrow('content/captures/005.yaml: slug: huzhou-keping is already the slug of content/captures/004.yaml');
  });

  it('stops on a file that is not YAML', () => {
    writeFileSync(join(root, 'content/captures/005.yaml'), 'file: [005_ab.txt\n');
    expect(() => loadCaptures(root)).toThrow(/^content\/captures\/005\.yaml: not valid YAML: /);
  });
});
