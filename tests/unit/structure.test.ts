import { describe, expect, it } from 'vitest';
import { anchorBlocks } from '../../scripts/clean/steps/anchor-blocks';
import { looksLikeHeading, structure } from '../../scripts/clean/steps/structure';
import { capturedText } from '../../scripts/clean/model';
import { writeBody } from '../../src/core/report-body';

const line = (number: number, raw: string) => ({ number, raw, segments: [capturedText(raw.trim())] });

describe('looksLikeHeading', () => {
  it.each(['搭建平臺深化人才智力支援', '魯企進疆 兵企入魯', '民生援疆，用愛聚力幸福生活', '未来展望'])('%s is a heading', (text) => {
    expect(looksLikeHeading(text)).toBe(true);
  });
  it.each(['管理組創新平臺思維，靠機制解決十二師人才瓶頸。', '文旅融合“润业”。', '來源：大眾', '这是一个长度超过二十个字的没有标点的长句子所以不是标题'])(
    '%s is not a heading',
    (text) => expect(looksLikeHeading(text)).toBe(false),
  );
});

describe('structure', () => {
  it('finds headings, subheadings, captions and paragraphs', () => {
    const blocks = structure([line(1, '产业援疆'), line(2, '统筹推进发展'), line(3, '  正文第一段。'), line(4, '图为某地'), line(5, '  末段')], {
      isCaption: (raw) => raw.startsWith('图为'),
    });
    expect(blocks.map((b) => [b.type, 'level' in b ? b.level : undefined])).toEqual([
      ['heading', 2],
      ['heading', 3],
      ['paragraph', undefined],
      ['caption', undefined],
      ['paragraph', undefined],
    ]);
  });
});

describe('anchorBlocks and writeBody', () => {
  it('numbers paragraphs and figures in reading order and writes one block per line', () => {
    const blocks = structure([line(1, '标题行'), line(2, '第一段。'), line(3, '图为'), line(4, '第二段。')], {
      isCaption: (raw) => raw === '图为',
    });
    expect(writeBody(anchorBlocks(blocks))).toBe(
      ['## 标题行', '<P id="p1">第一段。</P>', '<LostImage id="f1">图为</LostImage>', '<P id="p2">第二段。</P>'].join('\n\n'),
    );
  });

  it('renders restorations and gaps as components, escaping their text', () => {
    const body = writeBody(
      anchorBlocks([
        {
          type: 'paragraph',
          line: 1,
          segments: [capturedText('當'), { type: 'restoration', id: 'r1', value: '地<民>生' }, { type: 'gap', id: 'r2' }],
        },
      ]),
    );
    expect(body).toBe('<P id="p1">當<Restored id="r1">地\\<民\\>生</Restored><Gap id="r2" /></P>');
  });
});
