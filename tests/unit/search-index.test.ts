/**
 * The index builder (src/lib/search/records.ts) on a small fixture: which records, with
 * which URLs (under a base path), filters and content; then a real Pagefind index of it,
 * queried through pagefind.js with the search client (src/lib/search/client.ts), as the
 * search page does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/serve';
import { idOfRecord, pageIds, pagefindIds } from '../../src/integrations/search-index';
import type { Programme } from '../../src/core/schemas/programme';
import { ArchiveSearch, excerpt, textDirectiveFor, type PagefindLike } from '../../src/lib/search/client';
import { buildFoldMap } from '../../src/lib/search/fold-map';
import { buildEntries, buildLookup, corpusTexts, publicationYears, toPagefindRecord, type SourceReport } from '../../src/lib/search/records';
import { groupByReport } from '../../src/lib/search/groups';
import { kindOfAnchor, parseRecordUrl, type Lookup } from '../../src/lib/search/shared';

const HANT: SourceReport = {
  slug: 'demo-hant',
  title: '魯疆同心 醫療援疆',
  deck: '三載援疆',
  script: 'zh-Hant',
  years: ['2022', '2023'],
  body: [
    '---',
    'title: "魯疆同心 醫療援疆"',
    '---',
    '',
    '<P id="p1">東營援疆指揮部推動醫療援疆，累計投入援疆資金13.56億元。</P>',
    '',
    '## 產業援疆，用力灌注發展活水',
    '',
    '<P id="p2">引進山東水發集團，在疏勒縣建設蔬菜產業園<Gap id="r1" />。</P>',
    '',
    '<LostImage id="f1">圖為疏勒縣的駱駝</LostImage>',
  ].join('\n'),
};

const HANS: SourceReport = {
  slug: 'demo-hans',
  title: '湖州援疆',
  script: 'zh-Hans',
  years: ['2024'],
  body: [
    '<P id="p1">投资20亿元的浙能柯坪370MW光伏项目顺利开工。</P>',
    '',
    '<P id="p2">湖州市援疆指挥部出台支持骆驼产业发展政策，医院的医生开展柔性援疆。</P>',
  ].join('\n'),
};

function programme(slug: string, extra: Partial<Programme>): Programme {
  return {
    slug,
    title: `${slug} 项目`,
    titleEn: `${slug} programme`,
    province: 'shandong',
    city: null,
    cityEn: null,
    recipients: [{ name: '疏勒县', nameEn: 'Shule County', region: 'kashgar', kind: 'county', primary: true, anchor: 'p1', quote: '疏勒县' }],
    period: { text: '三年', anchor: 'p1', quote: '三年' },
    batch: null,
    themes: ['医疗', '产业'],
    figures: [
      {
        id: 'total-funds',
        label: '援疆资金累计投入',
        labelEn: 'Xinjiang-assistance funds invested',
        category: 'money',
        value: '13.56億元',
        quote: '累計投入援疆資金13.56億元',
        anchor: 'p1',
      },
    ],
    summary: '这是编者摘要。它由本站撰写。',
    summaryEn: 'This is an editorial summary. The archive wrote it.',
    source: '001_abc.txt',
    ...extra,
  };
}

const PROGRAMMES = [
  programme('demo-hant', {}),
  programme('demo-hans', {
    province: 'zhejiang',
    themes: ['产业', '旅游'],
    recipients: [{ name: '柯坪县', nameEn: 'Keping (Kalpin) County', region: 'aksu', kind: 'county', primary: true, anchor: 'p1', quote: '柯坪' }],
    figures: [
      {
        id: 'solar',
        label: '光伏项目投资',
        labelEn: 'Investment in the photovoltaic project',
        category: 'money',
        value: '20亿元',
        quote: '投资20亿元的浙能柯坪370MW光伏项目顺利开工',
        anchor: 'p1',
      },
    ],
    summary: '湖州支援柯坪。骆驼产业是重点。',
    summaryEn: 'Huzhou supports Keping. The camel industry is central.',
  }),
];

const input = { reports: [HANT, HANS], programmes: PROGRAMMES };
const map = buildFoldMap(corpusTexts(input));
const headingId = (_slug: string, text: string) => text.replace(/[，]/g, '');

describe('the built page, read as a tree', () => {
  it('gives every element id, and each heading (h2–h6 with an id) with its text', () => {
    const html =
      '<main id="main"><h1 id="title">題</h1><h2 id="產業援疆">產業<ins>援疆</ins> &amp; <b>發展</b> </h2>' +
      '<p id="p1" data-id="x">正文<span id="a&amp;b">，</span></p><h3>無 id</h3><svg><g id="map"></g></svg></main>';
    const { ids, headings } = pageIds(html);
    expect([...ids]).toEqual(['main', 'title', '產業援疆', 'p1', 'a&b', 'map']);
    expect(headings).toEqual([{ id: '產業援疆', text: '產業援疆 & 發展' }]);
  });
});

describe('index entries', () => {
  const entries = buildEntries({ ...input, base: '/archive/', headingId }, map);
  const byUrl = new Map(entries.map((e) => [e.url, e]));

  it('has one record per title, heading, caption, paragraph, figure and summary, text in reading order, each with its own URL under the base path', () => {
    expect(entries.map((e) => e.url)).toEqual([
      '/archive/reports/demo-hant/',
      '/archive/reports/demo-hant/#p1',
      '/archive/reports/demo-hant/#產業援疆用力灌注發展活水',
      '/archive/reports/demo-hant/#p2',
      '/archive/reports/demo-hant/#f1',
      '/archive/reports/demo-hant/#fig-total-funds',
      '/archive/reports/demo-hant/#programme',
      '/archive/reports/demo-hans/',
      '/archive/reports/demo-hans/#p1',
      '/archive/reports/demo-hans/#p2',
      '/archive/reports/demo-hans/#fig-solar',
      '/archive/reports/demo-hans/#programme',
    ]);
    expect(entries.map((e) => e.kind)).toEqual([
      'title',
      'paragraph',
      'heading',
      'paragraph',
      'caption',
      'figure',
      'summary',
      'title',
      'paragraph',
      'paragraph',
      'figure',
      'summary',
    ]);
    for (const e of entries) {
      expect(parseRecordUrl(e.url)).toEqual({ slug: e.slug, anchor: e.anchor });
      expect(kindOfAnchor(e.anchor)).toBe(e.kind);
    }
    expect(buildEntries({ ...input, base: '/', headingId }, map)[1]!.url).toBe('/reports/demo-hant/#p1');
  });

  it('indexes the folded text and shows the printed one', () => {
    const p1 = byUrl.get('/archive/reports/demo-hant/#p1')!;
    expect(p1.text).toBe('東營援疆指揮部推動醫療援疆，累計投入援疆資金13.56億元。');
    expect(p1.content.split(' ')).toEqual(expect.arrayContaining(['东营', '医疗', '疗援', '13.56', '亿元']));
    expect(p1.content).not.toMatch(/[醫療東營億]/);
    const record = toPagefindRecord(p1);
    expect(record).toEqual({ url: p1.url, content: p1.content, language: 'und', meta: { text: p1.text }, filters: p1.filters });
  });

  it('leaves the gap mark out of the index', () => {
    const p2 = byUrl.get('/archive/reports/demo-hant/#p2')!;
    expect(p2.text).toContain('〔缺〕');
    expect(p2.content).not.toContain('缺');
  });

  it('finds a figure by its label and value, and shows its sentence', () => {
    const fig = byUrl.get('/archive/reports/demo-hant/#fig-total-funds')!;
    expect(fig.searchable).toBe('援疆资金累计投入：13.56億元');
    expect(fig.text).toBe('累計投入援疆資金13.56億元');
    expect(fig.content).toBe('援疆 疆资 资金 金累 累计 计投 投入 入 13.56 亿元 元');
  });

  it('files every record under the report’s province, regions, themes, years and slug', () => {
    for (const e of entries.filter((x) => x.slug === 'demo-hant')) {
      expect(e.filters).toEqual({ province: ['shandong'], region: ['kashgar'], theme: ['医疗', '产业'], year: ['2022', '2023'], report: ['demo-hant'] });
    }
    expect(byUrl.get('/archive/reports/demo-hans/#p1')!.filters.province).toEqual(['zhejiang']);
  });

  it('refuses two records with one URL', () => {
    expect(() => buildEntries({ ...input, base: '/', headingId: () => 'p1' }, map)).toThrow(/share the URL/);
  });

  it('reads publication years from a date or an estimate', () => {
    expect(publicationYears({ stated: true, date: '2024-01-30' })).toEqual(['2024']);
    expect(publicationYears({ stated: false, estimate: '2022-10/2023-06' })).toEqual(['2022', '2023']);
    expect(publicationYears({ stated: false, estimate: '2023-09' })).toEqual(['2023']);
  });

  it('writes a lookup with the fold map, what results show, and the records by id in reading order', () => {
    const lookup = buildLookup(input, map, { entries, idOf: (url) => `id:${url.split('#')[1] ?? ''}` });
    expect(lookup.reports['demo-hant']).toEqual({
      title: '魯疆同心 醫療援疆',
      programme: 'demo-hant 项目',
      lang: 'zh-Hant',
      figures: { 'total-funds': '援疆资金累计投入：13.56億元' },
      // The gap mark 〔缺〕 ends at 23 in p2; the page shows its note reference there.
      notes: { p2: [23] },
      // The figure quotes 累計投入援疆資金13.56億元 from p1.
      quoted: { p1: [[14, 29]] },
      // The text (title, p1, the heading, p2, the caption f1), then the summary panel.
      records: [
        ['id:', ''],
        ['id:p1', 'p1'],
        ['id:產業援疆用力灌注發展活水', '產業援疆用力灌注發展活水'],
        ['id:p2', 'p2'],
        ['id:f1', 'f1'],
        ['id:fig-total-funds', 'fig-total-funds'],
        ['id:programme', 'programme'],
      ],
      text: 5,
    });
    expect(lookup.fold).toContain('醫医');
  });
});

describe('links and excerpts', () => {
  const decode = (d: string) => decodeURIComponent(d.replace(/^:~:text=/, ''));

  it('gives a hit its sentence as context, percent-encoding the directive syntax', () => {
    const text = '前一句。東營援疆指揮部推動醫療援疆，累計投入援疆資金13.56億元。後一句。';
    const d = textDirectiveFor(text, { start: 13, end: 15 }, { lang: 'zh-Hant' });
    const [prefix, hit, suffix] = d
      .replace(/^:~:text=/, '')
      .split(',')
      .map((x) => decodeURIComponent(x));
    expect(prefix).toBe('東營援疆指揮部推動-');
    expect(hit).toBe('醫療');
    expect(suffix).toBe('-援疆，累計投入援疆資金13.56億元。');
    expect(textDirectiveFor('a-b c&d.', { start: 0, end: 3 }, { lang: 'en', maxContext: 0 })).toBe(':~:text=a%2Db');
  });

  it('never runs across a note reference, and gives up when the hit itself does', () => {
    const text = '群眾之苦，解群眾之難，實施各類援疆項目';
    // A note reference follows 難 (offset 10).
    const d = decode(textDirectiveFor(text, { start: 13, end: 15 }, { lang: 'zh-Hant', notes: [10] }));
    expect(d.startsWith('，實施')).toBe(true);
    expect(textDirectiveFor(text, { start: 8, end: 12 }, { lang: 'zh-Hant', notes: [10] })).toBe('');
  });

  it('reaches outside a stretch the summary panel quotes', () => {
    const text = '第一句話在這裡。三年來累計投入援疆資金十三億元，惠及群眾。第三句話。';
    const quote: [number, number] = [8, 29];
    const hitAt = text.indexOf('援疆');
    const d = decode(textDirectiveFor(text, { start: hitAt, end: hitAt + 2 }, { lang: 'zh-Hant', quoted: [quote] }));
    const span = d.replace(/-,|,-/g, '');
    const at = text.indexOf(span);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at < quote[0] || at + span.length > quote[1]).toBe(true);
    // A paragraph quoted whole gets no directive.
    expect(textDirectiveFor('全段引用。', { start: 0, end: 2 }, { lang: 'zh-Hant', quoted: [[0, 5]] })).toBe('');
  });

  it('cuts an excerpt around the first hit and marks every hit in it', () => {
    const text = `${'前文'.repeat(60)}醫療${'後文'.repeat(60)}`;
    const pieces = excerpt(text, [{ start: 120, end: 122 }], 20);
    expect(pieces[0]).toEqual({ text: '…', mark: false });
    expect(pieces.find((p) => p.mark)).toEqual({ text: '醫療', mark: true });
    expect(pieces.at(-1)).toEqual({ text: '…', mark: false });
    expect(excerpt('短文醫療', [{ start: 2, end: 4 }])).toEqual([
      { text: '短文', mark: false },
      { text: '醫療', mark: true },
    ]);
  });
});

describe('a real Pagefind index of the fixture, searched as the page searches it', () => {
  let dir = '';
  let server: ReturnType<typeof createStaticServer>;
  let search: ArchiveSearch;
  let lookup: Lookup;
  const entries = buildEntries({ ...input, base: '/', headingId }, map);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
    const pagefind = await import('pagefind');
    const { index } = await pagefind.createIndex({});
    for (const e of entries) {
      const added = await index!.addCustomRecord(toPagefindRecord(e));
      expect(added.errors).toEqual([]);
    }
    await index!.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    await pagefind.close();

    server = createStaticServer({ dir, base: '/' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // pagefind.js is an ES module for the browser; Node imports it from a file.
    const module = path.join(dir, 'pagefind-module.mjs');
    writeFileSync(module, readFileSync(path.join(dir, 'pagefind', 'pagefind.js')));
    const mod = (await import(pathToFileURL(module).href)) as {
      createInstance(o: object): PagefindLike & { options(o: object): Promise<void> };
    };
    const instance = mod.createInstance({ basePath: `${origin}/pagefind/`, noWorker: true });
    await instance.options({ baseUrl: '/', ranking: { metaWeights: { text: 0 } } });
    lookup = buildLookup(input, map, { entries, idOf: idOfRecord(await pagefindIds(path.join(dir, 'pagefind'))) });
    search = new ArchiveSearch(instance, lookup);
  }, 60_000);

  afterAll(() => {
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const run = async (q: string, filters = {}) => {
    const found = await search.find(q, filters);
    const hits = await search.load(found.plan, [...found.exact, ...found.partial]);
    return {
      exact: hits
        .filter((h) => h.match === 'exact')
        .map((h) => `${h.slug}#${h.anchor}`)
        .sort(),
      partial: hits
        .filter((h) => h.match === 'partial')
        .map((h) => `${h.slug}#${h.anchor}`)
        .sort(),
      hits,
    };
  };

  it('finds Traditional text with a Simplified query, and the other way round', async () => {
    expect((await run('医疗援疆')).exact).toEqual(['demo-hant#', 'demo-hant#p1']);
    expect((await run('醫療援疆')).exact).toEqual(['demo-hant#', 'demo-hant#p1']);
    expect((await run('駱駝')).exact).toEqual(['demo-hans#p2', 'demo-hans#programme', 'demo-hant#f1']);
  });

  it('finds words inside long compounds, numbers, Latin and figures', async () => {
    expect((await run('水发')).exact).toEqual(['demo-hant#p2']);
    expect((await run('13.56亿元')).exact).toEqual(['demo-hant#fig-total-funds', 'demo-hant#p1']);
    expect((await run('370MW')).exact).toEqual(['demo-hans#p1']);
    expect((await run('mw')).exact).toEqual(['demo-hans#p1']);
    expect((await run('资金累计')).exact).toEqual(['demo-hant#fig-total-funds']);
  });

  it('ranks the phrase first and lists scattered characters as partial matches', async () => {
    const r = await run('医生医院');
    expect(r.exact).toEqual([]);
    expect(r.partial).toEqual(['demo-hans#p2']);
    expect((await run('援疆资金')).exact).toEqual(['demo-hant#fig-total-funds', 'demo-hant#p1']);
  });

  it('finds nothing for words that are not there', async () => {
    for (const q of ['汽水爆炸', '井冈山市', '版权所有', '端午']) {
      const r = await run(q);
      expect(r.exact, q).toEqual([]);
      expect(r.partial, q).toEqual([]);
    }
  });

  it('applies filters', async () => {
    expect((await run('援疆', { province: 'zhejiang' })).exact.every((h) => h.startsWith('demo-hans'))).toBe(true);
    expect((await run('骆驼', { province: 'shandong' })).exact).toEqual(['demo-hant#f1']);
    expect((await run('骆驼', { province: 'shandong', year: '2024' })).exact).toEqual([]);
    expect((await run('骆驼', { theme: '旅游' })).exact).toEqual(['demo-hans#p2', 'demo-hans#programme']);
  });

  it('groups the hits by report from their ids alone, every one placed by the lookup file', async () => {
    const found = await search.find('骆驼');
    const groups = groupByReport(found.exact, lookup);
    expect(groups.map((g) => [g.slug, g.hits.map((h) => h.anchor).sort()])).toEqual([
      ['demo-hans', ['p2', 'programme']],
      ['demo-hant', ['f1']],
    ]);
    expect(groups[1]!.hits[0]!.block).toBe(4);
  });

  it('links to the element with a text directive for the hit, in the printed script', async () => {
    const hit = (await run('医疗')).hits.find((h) => h.anchor === 'p1')!;
    expect(hit.href).toMatch(/^\/reports\/demo-hant\/#p1:~:text=/);
    expect(decodeURIComponent(hit.href.split(':~:text=')[1]!)).toContain('醫療');
    expect(hit.title).toBe('魯疆同心 醫療援疆');
    expect(hit.programme).toBe('demo-hant 项目');
  });
});
