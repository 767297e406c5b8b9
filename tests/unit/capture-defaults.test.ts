/**
 * The shared default rules (content/captures/defaults.yaml): each claims the examples it
 * is written for, in both scripts, and none touches a sentence of the archived reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDefaults, type DefaultLineRule } from '../../scripts/clean/captures';
import { ledgerSchema } from '../../src/core/schemas/ledger';
import { fillTemplate, readMetadata } from '../../scripts/clean/metadata-reader';
import { capturedText } from '../../scripts/clean/model';
import { stripPinyin } from '../../scripts/clean/steps/strip-pinyin';
import { splitFrontmatter } from '../../src/core/frontmatter';
import { readBody } from '../../src/core/report-body';

const root = process.cwd();
const defaultsPath = 'content/captures/defaults.yaml';
const defaults = parseDefaults(defaultsPath, parse(readFileSync(join(root, defaultsPath), 'utf8')));

/** The default that claims a line: the first that matches (scripts/clean/captures.ts). */
const claimant = (line: string): DefaultLineRule | undefined => defaults.rules.find((rule) => rule.match.test(line));

const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe.each(defaults.rules.map((rule) => [rule.id, rule] as const))('default rule %s', (_, rule) => {
  const examples = [...rule.examples['zh-Hans'], ...rule.examples['zh-Hant']];

  it('claims its examples in Simplified and in Traditional', () => {
    for (const example of examples) expect(claimant(example)?.id, example).toBe(rule.id);
  });

  it('claims each example converted to the other script', () => {
    for (const example of rule.examples['zh-Hans']) expect(claimant(toHant(example))?.id, toHant(example)).toBe(rule.id);
    for (const example of rule.examples['zh-Hant']) expect(claimant(toHans(example))?.id, toHans(example)).toBe(rule.id);
  });

  it('says why, or reads metadata, for each example', () => {
    for (const example of examples) {
      const match = example.match(rule.match)!;
      if ('drop' in rule) expect(fillTemplate(rule.why, match), example).toBeTruthy();
      else expect(Object.keys(readMetadata(rule.read, match)).length, example).toBeGreaterThan(0);
    }
  });
});

describe('the defaults and the archived reports', () => {
  const reports = readdirSync(join(root, 'content/reports')).filter((name) => name.endsWith('.mdx'));
  const paragraphs = reports.flatMap((name) =>
    readBody(splitFrontmatter(readFileSync(join(root, 'content/reports', name), 'utf8')).body).map((block) =>
      block.segments.map((segment) => (segment.type === 'gap' ? '' : segment.value)).join(''),
    ),
  );
  const sentences = paragraphs.flatMap((paragraph) => paragraph.match(/[^。！？]+[。！？”]*/g) ?? []);

  it('match no sentence and no paragraph of the reports', () => {
    expect(sentences.length).toBeGreaterThan(paragraphs.length);
    const claimed = [...paragraphs, ...sentences].map((text) => text.trim()).filter((text) => claimant(text) !== undefined);
    expect(claimed).toEqual([]);
  });

  it('match no article line of the captures, as captured', () => {
    const ledgers = readdirSync(join(root, 'content/ledgers')).filter((name) => name.endsWith('.json'));
    const articleLines = ledgers.flatMap((name) =>
      ledgerSchema
        .parse(JSON.parse(readFileSync(join(root, 'content/ledgers', name), 'utf8')))
        .lines.filter((entry) => entry.kept === 'article')
        .map((entry) => {
          const [segment] = stripPinyin([capturedText(entry.text.trim())]).segments;
          return segment?.type === 'text' ? segment.value : '';
        }),
    );
    expect(articleLines.length).toBeGreaterThan(0);
    expect(articleLines.filter((line) => claimant(line) !== undefined)).toEqual([]);
  });
});

describe('what the metadata defaults read', () => {
  const read = (line: string) => {
    const rule = claimant(line);
    if (!rule || !('read' in rule)) throw new Error(`no metadata default claims ${line}`);
    return [rule.metadata, readMetadata(rule.read, line.match(rule.match)!)];
  };

  it('datelines: date, time, and the 来源, 作者 and 编辑 they print', () => {
    expect(read('2021-08-03 17:09:03 来源:中新网兵团')).toEqual([
      'dateline',
      { date: '2021-08-03', time: '17:09:03', outlet: '中新网兵团', authors: [], editors: [] },
    ]);
    expect(read('發布時間：2024-01-30 10:49 來源：人民網 作者：王建國 編輯：袁晶')).toEqual([
      'dateline',
      { date: '2024-01-30', time: '10:49', outlet: '人民網', authors: [{ name: '王建國', role: '作者' }], editors: [{ name: '袁晶', role: '編輯' }] },
    ]);
    expect(read('2023年09月05日 来源：新疆日报 编辑：赵孝蕾')).toEqual([
      'dateline',
      { date: '2023-09-05', outlet: '新疆日报', authors: [], editors: [{ name: '赵孝蕾', role: '编辑' }] },
    ]);
  });

  it('sources, with or without brackets', () => {
    expect(read('(来源:山西日报)')).toEqual(['outlet', { outlet: '山西日报' }]);
    expect(read('來源:大眾新聞客戶端')).toEqual(['outlet', { outlet: '大眾新聞客戶端' }]);
  });

  it('bylines: reporters and correspondents with their printed roles', () => {
    expect(read('(大眾新聞記者 張環澤 通訊員 郭銳 朱俊青)')).toEqual([
      'byline',
      {
        authors: [
          { name: '張環澤', role: '記者' },
          { name: '郭銳', role: '通訊員' },
          { name: '朱俊青', role: '通訊員' },
        ],
      },
    ]);
    expect(read('本报记者 阿依古丽·买买提')).toEqual(['byline', { authors: [{ name: '阿依古丽·买买提', role: '记者' }] }]);
    expect(read('文/张环泽 郭锐')).toEqual([
      'byline',
      {
        authors: [
          { name: '张环泽', role: '文' },
          { name: '郭锐', role: '文' },
        ],
      },
    ]);
  });

  it('editors and the review chain', () => {
    expect(read('【编辑:孙亭文】')).toEqual(['editors', { editors: [{ name: '孙亭文', role: '编辑' }] }]);
    expect(read('責任編輯:admin')).toEqual(['editors', { editors: [{ name: 'admin', role: '責任編輯' }] }]);
    expect(read('二審:孫瑞永')).toEqual(['review', { editors: [{ name: '孫瑞永', role: '二審' }] }]);
    expect(read('一审：贾春毅 二审：孙瑞永 三审：管延会')).toEqual([
      'review',
      {
        editors: [
          { name: '贾春毅', role: '一审' },
          { name: '孙瑞永', role: '二审' },
          { name: '管延会', role: '三审' },
        ],
      },
    ]);
  });
});
