/**
 * Programme data validation: the real data loads and validates, and small explicit
 * fixtures show that each kind of mistake produces a message naming file and field
 * (the schema when the file is loaded; checkProgramme against the report).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, FIGURE_CSV_COLUMNS, figuresAsCsv, parsePrintedAmount, programmesAsJson } from '../../src/lib/programmes';
import { checkArchive, checkProgramme } from '../../src/lib/content/checks';
import { ContentError, formatProblem, parseEntry } from '../../src/lib/content/errors';
import { paragraphTexts } from '../../src/lib/report-text';
import { CURATED_FIELDS, programmeSchema, type Programme, type ProgrammeInput } from '../../src/core/schemas/programme';
import { gazetteerIds } from '../../src/core/schemas/gazetteer';
import { curated, loadArchive, loadCollections, ROOT } from '../helpers/content';

// ---------------------------------------------------------------------------------------
// Fixtures

const REPORT = [
  '---',
  'title: "演示报道"',
  'source:',
  '  file: "content/sources/009_abcdef.txt"',
  '---',
  '',
  '<P id="p1">2023年4月，第十批湖州市援疆指挥部接续工作。</P>',
  '',
  '## 项目招商',
  '',
  '<P id="p2">2023年，共实施援疆项目29个，总投资1.1807亿元。完成手术近200台，服务群众420人次。</P>',
  '',
  '<P id="p3">湖州将携手阿克苏地区柯坪县的干部群众。投入援疆资金3000万元，帮助480名贫困学生。</P>',
  '',
].join('\n');

const FILES = { data: 'content/programmes/demo.json', report: 'content/reports/demo.mdx' };
const DEMO_REPORT = { file: FILES.report, data: { source: { file: 'content/sources/009_abcdef.txt' } }, paragraphs: paragraphTexts(REPORT) };

/** A programme file with its curation given. */
type CuratedInput = ProgrammeInput & Required<Pick<ProgrammeInput, (typeof CURATED_FIELDS)[number]>>;

/** A valid programme for REPORT; each test breaks one thing. */
function demo(): CuratedInput {
  return {
    slug: 'demo',
    title: '浙江湖州对口支援柯坪县',
    titleEn: 'Pairing assistance from Huzhou, Zhejiang, to Keping County',
    province: 'zhejiang',
    city: '湖州市',
    cityEn: 'Huzhou',
    recipients: [
      {
        name: '柯坪县',
        nameEn: 'Keping (Kalpin) County',
        region: 'aksu',
        kind: 'county',
        primary: true,
        anchor: 'p3',
        quote: '湖州将携手阿克苏地区柯坪县的干部群众。',
      },
    ],
    period: { text: '2023年', anchor: 'p2', quote: '2023年，共实施援疆项目29个，总投资1.1807亿元。', start: '2023' },
    batch: { text: '第十批', anchor: 'p1', quote: '2023年4月，第十批湖州市援疆指挥部接续工作。' },
    themes: ['产业', '教育'],
    figures: [
      {
        id: 'projects',
        label: '援疆项目',
        labelEn: 'Xinjiang-assistance projects',
        category: 'projects',
        value: '29个',
        quote: '2023年，共实施援疆项目29个，总投资1.1807亿元。',
        anchor: 'p2',
        amount: { value: 29, unit: '个' },
      },
      {
        id: 'investment',
        label: '总投资',
        labelEn: 'Total investment',
        category: 'money',
        value: '1.1807亿元',
        quote: '2023年，共实施援疆项目29个，总投资1.1807亿元。',
        anchor: 'p2',
        amount: { value: 118070000, unit: '元' },
      },
      {
        id: 'surgeries',
        label: '手术',
        labelEn: 'Operations',
        category: 'health',
        value: '近200台',
        quote: '完成手术近200台，服务群众420人次。',
        anchor: 'p2',
        amount: { value: 200, unit: '台', approx: true },
      },
      {
        id: 'patients',
        label: '服务群众',
        labelEn: 'People served',
        category: 'health',
        value: '420人次',
        quote: '完成手术近200台，服务群众420人次。',
        anchor: 'p2',
      },
      {
        id: 'funds',
        label: '援疆资金',
        labelEn: 'Xinjiang-assistance funds',
        category: 'money',
        value: '3000万元',
        quote: '投入援疆资金3000万元，帮助480名贫困学生。',
        anchor: 'p3',
      },
      {
        id: 'students',
        label: '贫困学生',
        labelEn: 'Poor students',
        category: 'education',
        value: '480名',
        quote: '投入援疆资金3000万元，帮助480名贫困学生。',
        anchor: 'p3',
      },
    ],
    summary: '这是一个演示用的项目。它只用于测试。',
    summaryEn: 'This is a programme for the demonstration. It serves only the tests.',
    source: '009_abcdef.txt',
  };
}

const parse = (input: ProgrammeInput) => curated(programmeSchema.parse(input));

/** The messages for a programme against the demo report, as the build prints them. */
const validateProgramme = (p: Programme, id = 'demo') =>
  checkProgramme({ id, filePath: `content/programmes/${id}.json`, data: p }, DEMO_REPORT).map(formatProblem);

/** The schema's messages for a programme file, then checkProgramme's, as the build prints them. */
function check(input: unknown): string[] {
  try {
    return validateProgramme(parseEntry(programmeSchema, input, FILES.data));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map(formatProblem);
  }
}

// ---------------------------------------------------------------------------------------

describe('the fixture', () => {
  it('is valid, so every failure below comes from the one thing each test breaks', () => {
    expect(check(demo())).toEqual([]);
  });
});

describe('validateProgramme', () => {
  it('reports a quote that is not in its anchor paragraph, naming file, field, paragraph and report', () => {
    const p = demo();
    p.figures[2]!.anchor = 'p3';
    expect(validateProgramme(parse(p))).toEqual([
      'content/programmes/demo.json: figures[2].quote: is not in paragraph p3 of content/reports/demo.mdx (it is in p2)',
    ]);
  });

  it('points out ASCII punctuation in a quote', () => {
    const p = demo();
    p.figures[4]!.quote = '投入援疆资金3000万元,帮助480名贫困学生。';
    expect(validateProgramme(parse(p))).toEqual([
      'content/programmes/demo.json: figures[4].quote: is not in paragraph p3 of content/reports/demo.mdx (it has ASCII punctuation where the report has full-width ，：；（）！？)',
    ]);
  });

  it('reports a value that is not in its quote', () => {
    const p = demo();
    p.figures[3]!.value = '430人次';
    expect(validateProgramme(parse(p))).toEqual(['content/programmes/demo.json: figures[3].value: "430人次" is not in its quote']);
  });

  it('reports an anchor that names no paragraph', () => {
    const p = demo();
    p.figures[0]!.anchor = 'p9';
    expect(validateProgramme(parse(p))).toEqual([
      'content/programmes/demo.json: figures[0].anchor: is p9, which is not a paragraph of content/reports/demo.mdx (it has p1–p3)',
    ]);
  });

  it('checks the quotes of recipients, period and batch, and that their names and texts are in them', () => {
    const p = demo();
    p.recipients[0]!.anchor = 'p2';
    p.period.text = '2024年';
    p.batch!.quote = '第十一批湖州市援疆指挥部接续工作。';
    expect(validateProgramme(parse(p))).toEqual([
      'content/programmes/demo.json: recipients[0].quote: is not in paragraph p2 of content/reports/demo.mdx (it is in p3)',
      'content/programmes/demo.json: period.text: "2024年" is not in its quote',
      'content/programmes/demo.json: batch.quote: is not in paragraph p1 of content/reports/demo.mdx',
      'content/programmes/demo.json: batch.text: "第十批" is not in its quote',
    ]);
    const q = demo();
    q.recipients[0]!.name = '疏勒县';
    expect(validateProgramme(parse(q))).toEqual(['content/programmes/demo.json: recipients[0].name: "疏勒县" is not in its quote']);
  });

  it('reports a slug that does not match the file name, and a source that is not the report’s', () => {
    const p = demo();
    p.source = '004_c023152330cebe12.txt';
    expect(validateProgramme(parse(p), 'other')).toEqual([
      'content/programmes/other.json: slug: is "demo" but the file is named other.json',
      'content/programmes/other.json: source: is "004_c023152330cebe12.txt" but content/reports/demo.mdx comes from 009_abcdef.txt',
    ]);
  });

  it('checks an amount against the printed value', () => {
    const p = demo();
    p.figures[1]!.amount = { value: 11807000, unit: '万元' };
    p.figures[2]!.amount = { value: 200, unit: '台' };
    p.figures[3]!.amount = { value: 420, unit: '人次', approx: true };
    expect(validateProgramme(parse(p))).toEqual([
      'content/programmes/demo.json: figures[1].amount.value: is 11807000 but "1.1807亿元" reads as 118070000',
      'content/programmes/demo.json: figures[1].amount.unit: is "万元" but "1.1807亿元" reads as "元"',
      'content/programmes/demo.json: figures[2].amount.approx: must be true: "近200台" is qualified (余/多/超/近/约/左右…)',
      'content/programmes/demo.json: figures[3].amount.approx: must be false: "420人次" is not qualified',
    ]);
  });
});

describe('the programme schema, as the build reports it', () => {
  it('reports a province or region id the gazetteer lacks, naming the file, the field and the known ids', () => {
    const c = loadCollections(ROOT);
    const [entry, ...others] = c.programmes;
    const recipients = entry!.data.recipients.map((r, i) => (i === 0 ? { ...r, region: 'aksu-prefecture' } : r));
    const problems = checkArchive({ ...c, programmes: [{ ...entry!, data: { ...entry!.data, province: 'atlantis', recipients } }, ...others] }).map(
      formatProblem,
    );
    const ids = gazetteerIds(c.gazetteer[0]!.data);
    const file = `content/programmes/${entry!.id}.json`;
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}: province: "atlantis" is not a province or municipality in content/gazetteer.json; known: ${ids.provinces.join(', ')}`,
        `${file}: recipients[0].region: "aksu-prefecture" is not a region in content/gazetteer.json; known: ${ids.regions.join(', ')}`,
      ]),
    );
  });

  it('reports the slug "page", which the list of all reports uses for its later pages', () => {
    const p = demo();
    p.slug = 'page';
    expect(check(p)).toEqual([expect.stringMatching(/^content\/programmes\/demo\.json: slug: a slug may not be "page": \/reports\/page\//)]);
  });

  it('reports fewer than six figures', () => {
    const p = demo();
    p.figures = p.figures.slice(0, 5);
    expect(check(p)).toEqual(['content/programmes/demo.json: figures: a programme lists at least six figures']);
  });

  it('reports duplicate figure ids, bad anchors, unknown fields and missing fields by path', () => {
    const p = demo() as Record<string, unknown> & ReturnType<typeof demo>;
    p.figures[5]!.id = 'projects';
    p.figures[4]!.anchor = 'paragraph-3';
    (p.figures[3] as Record<string, unknown>).note = 'extra';
    delete (p as Partial<ProgrammeInput>).source;
    const problems = check(p);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/programmes\/demo\.json: figures\[4\]\.anchor: an anchor is a paragraph id/),
        expect.stringMatching(/^content\/programmes\/demo\.json: figures\[3\]: .*note/),
        expect.stringMatching(/^content\/programmes\/demo\.json: source: /),
      ]),
    );
    // Refinements run once the shape is right.
    const q = demo();
    q.figures[5]!.id = 'projects';
    expect(check(q)).toEqual(['content/programmes/demo.json: figures[5].id: figure id "projects" is already used by figures[0]']);
  });

  it('reports a missing English title, recipient name or figure label, naming the field', () => {
    const p = demo();
    delete (p as Partial<ProgrammeInput>).titleEn;
    delete (p.recipients[0] as Partial<(typeof p.recipients)[number]>).nameEn;
    delete (p.figures[2] as Partial<(typeof p.figures)[number]>).labelEn;
    expect(check(p)).toEqual([
      'content/programmes/demo.json: titleEn: required',
      'content/programmes/demo.json: recipients[0].nameEn: required',
      'content/programmes/demo.json: figures[2].labelEn: required',
    ]);
  });

  it('reports a curated programme without its English summary, as a missing part of the curation', () => {
    const p = demo();
    delete (p as Partial<CuratedInput>).summaryEn;
    expect(check(p)).toEqual([
      `content/programmes/demo.json: summaryEn: a curated programme gives ${CURATED_FIELDS.join(', ')}; this one lacks summaryEn (give them, or leave out period, batch, themes, figures, summary to publish the report uncurated)`,
    ]);
  });

  it('reports a lead city without its English name, and an English name without a city', () => {
    const p = demo();
    p.cityEn = null;
    expect(check(p)).toEqual(['content/programmes/demo.json: cityEn: city is 湖州市: give its English name as cityEn']);
    const q = demo();
    q.city = null;
    expect(check(q)).toEqual(['content/programmes/demo.json: cityEn: cityEn is given, but city is not: give both, or neither']);
  });

  it('reports Chinese characters in English text, and an English label over 60 characters', () => {
    const p = demo();
    p.summaryEn = 'Huzhou supports Keping (柯坪). It is a test.';
    p.figures[0]!.labelEn = 'Xinjiang-assistance projects carried out in the year, all kinds';
    expect(check(p)).toEqual([
      'content/programmes/demo.json: figures[0].labelEn: an English label is at most 60 characters',
      'content/programmes/demo.json: summaryEn: English text has no Chinese characters',
    ]);
  });

  it('reports a summary that is not two to four sentences', () => {
    const p = demo();
    p.summary = '只有一句。';
    expect(check(p)).toEqual(['content/programmes/demo.json: summary: the summary is two to four sentences']);
  });
});

describe('the real data', () => {
  const programmes = loadArchive().programmes;

  it('loads and validates: one programme per report, in capture order', () => {
    const reports = readdirSync(join(process.cwd(), 'content/reports'))
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => n.replace(/\.mdx$/, ''));
    expect(programmes.map((p) => p.slug).sort()).toEqual(reports.sort());
    const captureOrder = [...programmes].sort((a, b) => a.source.localeCompare(b.source)).map((p) => p.slug);
    expect(programmes.map((p) => p.slug)).toEqual(captureOrder);
  });

  it('has, from the gazetteer, every region and province the programmes name', () => {
    const archive = loadArchive();
    expect(archive.regions.regions.map((r) => r.id).sort()).toEqual(
      [...new Set(archive.programmes.flatMap((p) => p.recipients.map((r) => r.region)))].sort(),
    );
    expect(archive.provinces.map((p) => p.id).sort()).toEqual([...new Set(archive.programmes.map((p) => p.province))].sort());
  });
});

describe('parsePrintedAmount', () => {
  it.each([
    ['13.56億元', { value: 1356000000, unit: '元', approx: false }],
    ['755名', { value: 755, unit: '名', approx: false }],
    ['100余萬人次', { value: 1000000, unit: '人次', approx: true }],
    ['2000多臺', { value: 2000, unit: '台', approx: true }],
    ['1万余峰', { value: 10000, unit: '峰', approx: true }],
    ['超200万元', { value: 2000000, unit: '元', approx: true }],
    ['约2亿元', { value: 200000000, unit: '元', approx: true }],
    ['近200台', { value: 200, unit: '台', approx: true }],
    ['10萬噸左右', { value: 100000, unit: '吨', approx: true }],
    ['千余名', { value: 1000, unit: '名', approx: true }],
    ['1.1807亿元', { value: 118070000, unit: '元', approx: false }],
    ['92%', { value: 92, unit: '%', approx: false }],
    ['25大項', { value: 25, unit: '项', approx: false }],
    ['596小项', { value: 596, unit: '项', approx: false }],
  ])('%s', (printed, amount) => {
    expect(parsePrintedAmount(printed)).toEqual(amount);
  });

  it.each(['過億', '114项195.6亿元', '1分05秒', '第十批'])('%s is not a plain amount', (printed) => {
    expect(parsePrintedAmount(printed)).toBeNull();
  });
});

/** A strict RFC 4180 reader, to check the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      while (true) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    }
    if (text[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (i < text.length) {
      if (text[i] === '"' || text[i] === '\r' || text[i] === '\n') throw new Error(`bad character at ${i}`);
      field += text[i++];
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('figuresAsCsv', () => {
  it('quotes fields only when RFC 4180 needs it', () => {
    expect(csvField('13.56億元')).toBe('13.56億元');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
  });

  it('writes a header and one row per figure that read back exactly', () => {
    const p = parse(demo());
    p.figures[3]!.quote = '完成手术近200台,服务群众"420人次"。';
    const rows = readCsv(figuresAsCsv([p]));
    expect(rows[0]).toEqual([...FIGURE_CSV_COLUMNS]);
    expect(rows).toHaveLength(7);
    expect(rows[2]).toEqual([
      'demo',
      'investment',
      '总投资',
      'money',
      '1.1807亿元',
      '118070000',
      '元',
      'false',
      '2023年，共实施援疆项目29个，总投资1.1807亿元。',
      'p2',
      '/reports/demo/#p2',
    ]);
    expect(rows[4]![8]).toBe('完成手术近200台,服务群众"420人次"。');
    expect(rows[5]!.slice(5, 8)).toEqual(['', '', '']);
  });

  it('writes every figure of the real data, with permalinks under the base path', () => {
    const programmes = loadArchive().programmes;
    const rows = readCsv(figuresAsCsv(programmes, '/archive/'));
    expect(rows).toHaveLength(1 + programmes.reduce((n, p) => n + (p.figures?.length ?? 0), 0));
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(FIGURE_CSV_COLUMNS.length);
      expect(row[10]).toBe(`/archive/reports/${row[0]}/#${row[9]}`);
      expect(row[8]).toContain(row[4]);
    }
  });
});

describe('programmesAsJson', () => {
  it('publishes each programme with its recipients, period, themes, figures and source', () => {
    const [entry] = programmesAsJson([parse(demo())]);
    expect(entry).toMatchObject({
      slug: 'demo',
      title: '浙江湖州对口支援柯坪县',
      province: 'zhejiang',
      city: '湖州市',
      recipients: [{ name: '柯坪县', region: 'aksu', primary: true }],
      period: { text: '2023年', start: '2023' },
      themes: ['产业', '教育'],
      source: '009_abcdef.txt',
      report: '/reports/demo/',
      editorialSummary: '这是一个演示用的项目。它只用于测试。',
    });
    expect(entry!.figures[0]).toEqual({
      id: 'projects',
      label: '援疆项目',
      category: 'projects',
      value: '29个',
      amount: { value: 29, unit: '个', approx: false },
      quote: '2023年，共实施援疆项目29个，总投资1.1807亿元。',
      anchor: 'p2',
      permalink: '/reports/demo/#p2',
    });
    expect(entry!.figures[3]!.amount).toBeNull();
  });

  it('is plain JSON for the real data', () => {
    const data = programmesAsJson(loadArchive().programmes);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data).toHaveLength(loadArchive().programmes.length);
  });
});
