/** What the wording counts and lists, from the data (src/lib/archive-facts.ts). */
import { describe, expect, it } from 'vitest';
import { archiveFacts, shortPlaceName } from '../../src/lib/archive-facts';
import type { Province } from '../../src/lib/gazetteer';
import { programme } from '../fixtures/programme';
import type { Report } from '../../src/core/schemas/report';

const report = (n: string, script: Report['script']) => ({ data: { source: { file: `content/sources/${n}_abc123.txt` }, script } });

const province = (id: Province['id'], name: string): Province => ({
  id,
  name,
  nameHant: name,
  nameEn: id,
  description: '一。',
  descriptionEn: 'One.',
  mapCode: 'CN-XX',
});

const provinces = [province('shandong', '山东省'), province('zhejiang', '浙江省'), province('shanxi', '山西省')];

describe('archiveFacts', () => {
  const facts = archiveFacts({
    reports: [report('003', 'zh-Hans'), report('001', 'zh-Hant'), report('007', 'zh-Hans')],
    programmes: [
      programme('c', '007_c.txt', 'zhejiang', '湖州市'),
      programme('b', '003_b.txt', 'zhejiang', '台州市'),
      programme('a', '001_a.txt', 'shandong', '東營市'),
    ],
    provinces,
  });

  it('counts the reports, and the reports in each script', () => {
    expect(facts.reports).toBe(3);
    expect(facts.byScript).toEqual({ 'zh-Hans': 2, 'zh-Hant': 1 });
  });

  it('gives the range of capture numbers, whatever order the reports come in', () => {
    expect(facts.captures).toEqual({ first: '001', last: '007' });
  });

  it('lists the provinces that have a report, in the data’s order, by their short names', () => {
    expect(facts.provinces).toEqual(['山东', '浙江']);
  });

  it('lists the leading cities province by province, in capture order, in Simplified', () => {
    expect(facts.cities).toEqual(['东营', '台州', '湖州']);
  });

  it('refuses an archive with no reports', () => {
    expect(() => archiveFacts({ reports: [], programmes: [], provinces })).toThrow(/no reports/);
  });
});

describe('shortPlaceName', () => {
  it('drops the administrative suffix of a province or city, and nothing else', () => {
    expect(shortPlaceName('山东省')).toBe('山东');
    expect(shortPlaceName('东营市')).toBe('东营');
    expect(shortPlaceName('山東')).toBe('山東');
    expect(shortPlaceName('喀什地区')).toBe('喀什地区');
  });
});
