/**
 * A typical capture needs few rules of its own: a national outlet's page, with the chrome
 * such pages print, cleaned with the real defaults and a configuration of three rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCapture, parseDefaults } from '../../scripts/clean/captures';
import { cleanCapture } from '../../scripts/clean/pipeline';
import { decodeCapture } from '../../scripts/clean/decode-capture';

const defaultsPath = 'content/captures/defaults.yaml';
const defaults = parseDefaults(defaultsPath, parse(readFileSync(join(process.cwd(), defaultsPath), 'utf8')));

const page = [
  '人民网',
  '您当前的位置：首页 > 新疆频道 > 援疆动态',
  '首页|时政|经济|社会|文化|援疆',
  '津和同心 天津援助和田十年',
  '2024-05-20 10:30:00 来源：人民网-新疆频道',
  '分享到：微信 朋友圈 微博',
  '字号：大 中 小',
  '（记者 李明 通讯员 王芳）',
  '  本报和田5月20日电 十年来，天津市对口支援和田地区，建成学校和医院。',
  '  天津援疆干部人才扎根南疆。',
  '  天津对口援疆工作将继续推进。',
  '（责任编辑：张伟）',
  '一审：刘洋 二审：陈静 三审：杨帆',
  '【打印】 【关闭窗口】',
  '扫一扫在手机打开当前页',
  '上一篇：和田玉产业发展',
  '下一篇：天津医疗队抵达和田',
  '相关新闻',
  '- 天津医疗队抵达和田',
  '- 和田玉产业发展',
  '网友评论',
  '文明上网，理性发言',
  '主办：人民日报社',
  '版权所有 人民网',
  '京ICP证000008号',
  '京公网安备11000002000008号',
  '违法和不良信息举报电话：010-65363263',
].join('\n');

const config = parseCapture(
  'content/captures/005.yaml',
  {
    file: '005_0123456789abcdef.txt',
    slug: 'tianjin-hotan',
    script: 'zh-Hans',
    article: { first: '^本报和田5月20日电', last: '^天津对口援疆工作' },
    rules: [
      { match: '^人民网$', metadata: 'capturedFrom', read: { capturedFrom: '$line' } },
      { match: '^津和同心 ', metadata: 'title', read: { title: '$line' } },
    ],
  },
  defaults,
);

describe('a typical capture with the default rules', () => {
  const report = cleanCapture(config, decodeCapture(config.file, new TextEncoder().encode(page)), []);

  it('keeps the article and accounts for every other line', () => {
    expect(report.ledger.lines.filter((entry) => entry.kept === 'article').map((entry) => entry.line)).toEqual([9, 10, 11]);
    expect(report.ledger.lines).toHaveLength(page.split('\n').length);
  });

  it('reads the metadata the page prints', () => {
    const { title, published, outlet, capturedFrom, authors, editors } = report.frontmatter;
    expect({ title, published, outlet, capturedFrom }).toEqual({
      title: '津和同心 天津援助和田十年',
      published: { stated: true, date: '2024-05-20', time: '10:30:00', line: 5 },
      outlet: '人民网-新疆频道',
      capturedFrom: '人民网',
    });
    expect(authors.map((p) => `${p.role} ${p.name}`)).toEqual(['记者 李明', '通讯员 王芳']);
    expect(editors.map((p) => `${p.role} ${p.name}`)).toEqual(['责任编辑 张伟', '一审 刘洋', '二审 陈静', '三审 杨帆']);
  });

  it('drops the chrome with the reason of each kind', () => {
    const reasons = report.ledger.lines.flatMap((entry) => (entry.kept === 'dropped' ? [`${entry.line} ${entry.reason}`] : []));
    expect(reasons).toEqual([
      '2 breadcrumb',
      '3 navigation',
      '6 siteWidget',
      '7 siteWidget',
      '14 siteWidget',
      '15 siteWidget',
      '16 nextArticle',
      '17 nextArticle',
      '18 relatedArticles',
      '19 relatedArticles',
      '20 relatedArticles',
      '21 comments',
      '22 comments',
      '23 siteFooter',
      '24 copyright',
      '25 licence',
      '26 licence',
      '27 siteFooter',
    ]);
  });
});
