/** Small hand-made programme data for the chart unit tests. */
import type { CuratedProgramme } from '../../../src/core/schemas/programme';
import type { Place, Province, Region } from '../../../src/lib/gazetteer';

export function programmes(): CuratedProgramme[] {
  return [
    {
      slug: 'alpha',
      title: '甲省支援甲县',
      titleEn: 'Province A supports County A',
      province: 'shandong',
      city: '東營市',
      cityEn: 'Dongying',
      recipients: [{ name: '甲縣', nameEn: 'County A', region: 'kashgar', kind: 'county', primary: true, anchor: 'p2', quote: '支援甲縣。' }],
      period: { text: '自2020年3月以來', anchor: 'p2', quote: '自2020年3月以來，支援甲縣。', start: '2020-03' },
      batch: { text: '第十批', anchor: 'p3', quote: '第十批幹部。' },
      themes: ['民生'],
      figures: [
        {
          id: 'funds',
          label: '资金',
          labelEn: 'Funds',
          category: 'money',
          value: '13.56億元',
          quote: '投入13.56億元。',
          anchor: 'p6',
          amount: { value: 1356000000, unit: '元', approx: false },
        },
        {
          id: 'small-funds',
          label: '小额资金',
          labelEn: 'Small funds',
          category: 'money',
          value: '420余萬元',
          quote: '投入420余萬元。',
          anchor: 'p4',
          amount: { value: 4200000, unit: '元', approx: true },
        },
        {
          id: 'people',
          label: '人员',
          labelEn: 'Personnel',
          category: 'people',
          value: '千余名',
          quote: '千余名人才。',
          anchor: 'p7',
          amount: { value: 1000, unit: '名', approx: true },
        },
        {
          id: 'visits',
          label: '人次',
          labelEn: 'Person-times',
          category: 'people',
          value: '300人次',
          quote: '300人次。',
          anchor: 'p8',
          amount: { value: 300, unit: '人次', approx: false },
        },
        {
          id: 'doctors',
          label: '医生',
          labelEn: 'Doctors',
          category: 'health',
          value: '37名',
          quote: '37名醫生。',
          anchor: 'p8',
          amount: { value: 37, unit: '名', approx: false },
        },
        {
          id: 'firms',
          label: '企业',
          labelEn: 'Firms',
          category: 'projects',
          value: '13家',
          quote: '13家企業。',
          anchor: 'p12',
          amount: { value: 13, unit: '家', approx: false },
        },
      ],
      summary: '一。二。',
      summaryEn: 'One. Two.',
      source: '001_aaaa.txt',
    },
    {
      slug: 'beta',
      title: '乙省支援乙州',
      titleEn: 'Province B supports Prefecture B',
      province: 'shanxi',
      city: null,
      cityEn: null,
      recipients: [
        { name: '乙州州直', nameEn: 'Prefecture B', region: 'changji', kind: 'prefecture', primary: true, anchor: 'p2', quote: '支援乙州州直、乙团。' },
        {
          name: '乙团',
          nameEn: 'Regiment B',
          region: 'xpcc-12th-division',
          kind: 'regiment',
          primary: false,
          anchor: 'p2',
          quote: '支援乙州州直、乙团。',
        },
      ],
      period: { text: '2023年', anchor: 'p1', quote: '2023年，支援。', start: '2023-01', end: '2023-12' },
      batch: null,
      themes: ['民生'],
      figures: [
        {
          id: 'funds',
          label: '资金',
          labelEn: 'Funds',
          category: 'money',
          value: '1.5亿元',
          quote: '投入1.5亿元。',
          anchor: 'p5',
          amount: { value: 150000000, unit: '元', approx: false },
        },
        {
          id: 'jobs',
          label: '岗位',
          labelEn: 'Jobs',
          category: 'jobs',
          value: '9500个',
          quote: '9500个岗位。',
          anchor: 'p7',
          amount: { value: 9500, unit: '个', approx: false },
        },
        { id: 'rate', label: '比例', labelEn: 'Rate', category: 'health', value: '92%', quote: '92%。', anchor: 'p9' },
      ],
      summary: '一。二。',
      summaryEn: 'One. Two.',
      source: '003_bbbb.txt',
    },
  ];
}

export function places(): Place[] {
  return [
    {
      id: 'a-county',
      label: '甲县',
      labelHant: '甲縣',
      labelEn: 'A County',
      names: ['甲縣'],
      region: 'kashgar',
      lon: 76.05,
      lat: 39.4,
      precision: 'seat',
      note: { zh: '县城。', en: 'County town.' },
    },
    {
      id: 'b-pref',
      label: '乙州',
      labelHant: '乙州',
      labelEn: 'B Prefecture',
      names: ['乙州州直'],
      region: 'changji',
      lon: 87.3,
      lat: 44.01,
      precision: 'seat',
      note: { zh: '州府。', en: 'Prefecture seat.' },
    },
    {
      id: 'b-regiment',
      label: '乙团',
      labelHant: '乙團',
      labelEn: 'B Regiment',
      names: ['乙团'],
      region: 'xpcc-12th-division',
      lon: 87.9,
      lat: 44.3,
      precision: 'rough',
      note: { zh: '粗略。', en: 'Rough.' },
    },
    {
      id: 'unused',
      label: '无',
      labelHant: '無',
      labelEn: 'None',
      names: ['无人提到'],
      region: 'aksu',
      lon: 79.05,
      lat: 40.51,
      precision: 'seat',
      note: { zh: '无。', en: 'None.' },
    },
  ];
}

const kind = 'xuar-prefecture' as const;
export function regions(): Region[] {
  const r = (id: Region['id'], name: string): Region => ({ id, name, nameHant: name, nameEn: id, kind, description: '一。二。', descriptionEn: id });
  return [
    r('kashgar', '喀什地区'),
    r('aksu', '阿克苏地区'),
    r('changji', '昌吉州'),
    r('xpcc-1st-division', '一师'),
    r('xpcc-6th-division', '六师'),
    r('xpcc-12th-division', '十二师'),
  ];
}

export function provinces(): Province[] {
  const p = (id: Province['id'], name: string, mapCode: string): Province => ({
    id,
    name,
    nameHant: name,
    nameEn: id,
    description: '省。',
    descriptionEn: id,
    mapCode,
  });
  return [p('shandong', '山东省', 'CN-SD'), p('zhejiang', '浙江省', 'CN-ZJ'), p('shanxi', '山西省', 'CN-SX')];
}
