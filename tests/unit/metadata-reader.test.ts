/** The interpreter of capture configurations' templates and metadata readers. */
import { describe, expect, it } from 'vitest';
import { fillTemplate, readMetadata, readerTemplates, unknownReferences } from '../../scripts/clean/metadata-reader';

const note = { zh: '一条说明。', en: 'A note.' };

describe('fillTemplate', () => {
  const match = '来源:人民网 编辑:袁晶'.match(/^来源:(?<outlet>\S+)(?: 作者:(\S+))? 编辑:(\S+)$/u)!;

  it('fills in the whole line, numbered and named groups, and $$', () => {
    expect(fillTemplate('$line', match)).toBe('来源:人民网 编辑:袁晶');
    expect(fillTemplate('“$<outlet>” and $3', match)).toBe('“人民网” and 袁晶');
    expect(fillTemplate('$$1 costs $$', match)).toBe('$1 costs $');
  });

  it('gives nothing when a group it refers to took no part in the match', () => {
    expect(fillTemplate('by $2', match)).toBeUndefined();
  });
});

describe('unknownReferences', () => {
  it('names references to groups the pattern lacks', () => {
    const pattern = /^(?<date>\d+) (\S+)$/u;
    expect(unknownReferences('$<date> $1 $2 $line $$', pattern)).toEqual([]);
    expect(unknownReferences('$<day> $3 $0', pattern)).toEqual(['$<day>', '$3', '$0']);
  });
});

describe('readerTemplates', () => {
  it('lists every template of a reader, people’s roles and names included', () => {
    expect(readerTemplates({ title: '$line', via: ['$1'], authors: [{ role: '记者', names: '$2' }] }).sort()).toEqual(
      ['$1', '$2', '$line', '记者'].sort(),
    );
  });
});

describe('readMetadata', () => {
  const dateline = /^(?<date>\d{4}-\d{2}-\d{2}) (?<time>\d{2}:\d{2})(?: 来源:(?<outlet>\S+))?(?: (?<role>编辑):(?<names>.+))?$/u;

  it('maps groups to fields and leaves out fields whose groups took no part', () => {
    const reader = { date: '$<date>', time: '$<time>', outlet: '$<outlet>', editors: [{ role: '$<role>', names: '$<names>' }] };
    expect(readMetadata(reader, '2024-01-30 10:49 来源:人民网'.match(dateline)!)).toEqual({
      date: '2024-01-30',
      time: '10:49',
      outlet: '人民网',
      editors: [],
    });
    expect(readMetadata(reader, '2024-01-30 10:49 编辑:袁晶 赵孝蕾'.match(dateline)!)).toEqual({
      date: '2024-01-30',
      time: '10:49',
      editors: [
        { name: '袁晶', role: '编辑' },
        { name: '赵孝蕾', role: '编辑' },
      ],
    });
  });

  it('splits names at spaces, 、 and commas, each with the role and its note', () => {
    const match = '记者 张三、李四,王五'.match(/^(记者) (.+)$/u)!;
    expect(readMetadata({ authors: [{ role: '$1', names: '$2', roleSource: 'inferred', note }] }, match).authors).toEqual([
      { name: '张三', role: '记者', roleSource: 'inferred', note },
      { name: '李四', role: '记者', roleSource: 'inferred', note },
      { name: '王五', role: '记者', roleSource: 'inferred', note },
    ]);
  });

  it('reads lists and fixed text', () => {
    const match = '来 源:柯坪县融媒体中心'.match(/^来 源:(.+)$/u)!;
    expect(readMetadata({ via: ['$1'], capturedFrom: '中新网' }, match)).toEqual({ via: ['柯坪县融媒体中心'], capturedFrom: '中新网' });
  });
});
