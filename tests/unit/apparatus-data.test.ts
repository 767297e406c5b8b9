/**
 * The apparatus data: the glossary (schema, both scripts, pinyin, first-use plan), the
 * changelog (schema and validation against the reports, messages naming file and field),
 * and the citation exports, parsed back with citation-js (a real RIS, BibTeX and CSL-JSON
 * reader).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { changesFileSchema } from '../../src/core/schemas/changes';
import { glossaryFileSchema } from '../../src/core/schemas/glossary';
import { exportRecord, reportCitation, citationMeta, reportTranslationCitation, translationExportRecord } from '../../src/lib/apparatus/citation-record';
import { toBibtex, toCslJson, toRis, type ExportRecord } from '../../src/lib/apparatus/cite-export';
import { convertTo } from '../../src/lib/apparatus/convert';
import { apparatusParagraphs, findTerms, planFirstUses, termForms } from '../../src/lib/apparatus/glossary';
import { checkArchive } from '../../src/lib/content/checks';
import { formatProblem } from '../../src/lib/content/errors';
import { apparatusOf, loadArchive, loadCollections, ROOT, schemaProblems } from '../helpers/content';

const ARCHIVE = loadArchive();
const SLUGS = ARCHIVE.reports.map((r) => r.id).sort();
const buildApparatus = (slug: string) => apparatusOf(ARCHIVE, slug);
const programmeOf = (slug: string) => ARCHIVE.programmes.find((p) => p.slug === slug) ?? null;
const translationOf = (slug: string) => {
  const t = ARCHIVE.translations.get(slug);
  if (!t) throw new Error(`no translation of ${slug}`);
  return t;
};

describe('glossary', () => {
  const terms = ARCHIVE.glossary;

  it('covers the terms the archive promises', () => {
    const hans = terms.map((t) => t.hans);
    for (const t of [
      '对口支援',
      '援疆',
      '兵团',
      '师',
      '团场',
      '连队',
      '组团式援疆',
      '柔性援疆',
      '文化润疆',
      '消费援疆',
      '结对',
      '批次',
      '指挥部',
      '产业援疆',
      '智力援疆',
    ]) {
      expect(hans, t).toContain(t);
    }
  });

  it('gives the Traditional form OpenCC gives, and pinyin that matches the characters', () => {
    const norm = (s: string) =>
      s
        .normalize('NFC')
        .toLowerCase()
        .replace(/[\s’'-]/g, '');
    for (const t of terms) {
      expect(t.hant, t.id).toBe(convertTo('zh-Hant', t.hans));
      expect(norm(t.pinyin), t.id).toBe(norm(pinyin(t.hans, { type: 'string' })));
    }
  });

  it('rejects a bad file with the file and field named', () => {
    const ok = { group: 'programme', hans: '援疆', hant: '援疆', pinyin: 'a', en: 'b', zh: '乙。' };
    expect(schemaProblems(glossaryFileSchema, [{ ...ok, id: 'X' }], 'g.json')).toEqual(['g.json: [0].id: ids are lower-case pinyin words joined by -']);
    const { zh: _zh, ...withoutZh } = ok;
    expect(
      schemaProblems(
        glossaryFileSchema,
        [
          { ...ok, id: 'a', zh: '援助新疆,即援疆。' },
          { ...withoutZh, id: 'b' },
        ],
        'g.json',
      ),
    ).toEqual([
      'g.json: [0].zh: Chinese text uses full-width punctuation (，：；（）！？), never ASCII between Han characters',
      'g.json: [1].zh: required',
    ]);
    expect(
      schemaProblems(
        glossaryFileSchema,
        [
          { ...ok, id: 'a' },
          { ...ok, id: 'a' },
        ],
        'g.json',
      ),
    ).toEqual(['g.json: [1].id: id "a" is already used by entry 0']);
  });

  it('glosses each term in Chinese too, in Simplified script, with full-width punctuation', () => {
    for (const t of terms) {
      expect(convertTo('zh-Hans', t.zh), t.id).toBe(t.zh);
      expect(t.zh, t.id).not.toMatch(/[,:;!?()]/);
    }
  });

  it('finds terms in both scripts: 醫療援疆 in a Traditional text, 干部 as written by the capture', () => {
    const found = findTerms('援疆干部人才在指揮部', 'zh-Hant', terms);
    const ids = found.map((m) => m.term);
    expect(ids).toContain('yuanjiang-ganbu-rencai');
    expect(ids).toContain('zhihuibu');
  });

  it('links each term once per report, on its first use, inside captured text only', () => {
    for (const slug of SLUGS) {
      const app = buildApparatus(slug);
      const plan = planFirstUses(apparatusParagraphs(app), app.data.script, terms);
      const seen = new Set<string>();
      for (const [anchor, matches] of plan) {
        const b = app.byAnchor.get(anchor)!;
        for (const m of matches) {
          expect(seen.has(m.term), `${slug}: ${m.term} linked twice`).toBe(false);
          seen.add(m.term);
          const term = terms.find((t) => t.id === m.term)!;
          const text = b.text.slice(m.start, m.end);
          const forms = termForms(term).flatMap((f) => [f, convertTo('zh-Hant', f)]);
          expect(forms.includes(text) || forms.includes(convertTo('zh-Hans', text)), `${slug} ${anchor}: ${text}`).toBe(true);
        }
        for (let i = 1; i < matches.length; i++) expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
      }
    }
    // dongying-shule links 援疆指揮部 (the headquarters) in ¶2, its first paragraph that has it.
    const dongying = buildApparatus('dongying-shule');
    const dy = planFirstUses(apparatusParagraphs(dongying), dongying.data.script, terms).get('p2')!;
    expect(dy.map((m) => m.term)).toContain('zhihuibu');
  });
});

describe('changelog', () => {
  const collections = loadCollections(ROOT);

  /** What the build says of a changelog file holding `changes`, over the real reports ([] when it is sound). */
  function changeProblems(changes: unknown[], file = 'content/changes.json'): string[] {
    const invalid = schemaProblems(changesFileSchema, changes, file);
    if (invalid.length > 0) return invalid;
    const entry = { id: 'changes', filePath: file, data: changesFileSchema.parse(changes) };
    return checkArchive({ ...collections, changes: [entry] }).map(formatProblem);
  }

  it('the published changelog is valid, and every entry names its place or field, before and after', () => {
    expect(ARCHIVE.changes.length).toBeGreaterThan(0);
    for (const e of ARCHIVE.changes) {
      expect(e.anchor ?? e.field).toBeTruthy();
      expect(e.before).not.toBe(e.after);
    }
  });

  it('accepts the test fixture and numbers the entries in file order', () => {
    const { changes } = loadArchive(ROOT, { changesFile: 'tests/fixtures/changes.json' });
    expect(changes.map((e) => [e.id, e.report])).toEqual([
      ['change-1', 'taizhou-alar'],
      ['change-2', 'dongying-shule'],
    ]);
    expect(changes[0]).toMatchObject({ report: 'taizhou-alar', anchor: 'p6' });
  });

  it('fails on an unknown slug or anchor, naming the file and the field', () => {
    const base = { date: '2026-01-01', field: 'title', before: 'a', after: 'b', what: { zh: '甲', en: 'x' }, why: { zh: '乙', en: 'y' } };
    expect(changeProblems([{ ...base, report: 'no-such-report' }])).toEqual([
      expect.stringMatching(/^content\/changes\.json: \[0\]\.report: unknown report "no-such-report"/),
    ]);
    expect(changeProblems([{ ...base, report: 'taizhou-alar', anchor: 'p999' }])).toEqual([
      'content/changes.json: [0].anchor: report "taizhou-alar" has no paragraph, figure or note "p999"',
    ]);
    expect(changeProblems([{ ...base, report: 'taizhou-alar', date: '1 May' }], 'c.json')).toEqual([expect.stringMatching(/^c\.json: \[0\]\.date: /)]);
    expect(changeProblems([{ ...base, report: 'taizhou-alar', anchor: 'r1' }], 'c.json')).toEqual([
      expect.stringMatching(/^c\.json: \[0\]\.anchor: anchors are/),
    ]);
    expect(changeProblems([{ ...base, report: 'taizhou-alar', anchor: 'note-r1' }], 'c.json')).toEqual([
      'c.json: [0].anchor: report "taizhou-alar" has no paragraph, figure or note "note-r1"',
    ]);
    expect(changeProblems([{ ...base, report: 'dongying-shule', anchor: 'note-r13' }], 'c.json')).toEqual([]);
    const { field: _field, ...placeless } = base;
    expect(changeProblems([{ ...placeless, report: 'taizhou-alar' }], 'c.json')).toEqual([
      'c.json: [0].field: a change names the anchor or the field it touches',
    ]);
  });
});

describe('citation exports', () => {
  const SITE = 'https://archive.example.org';

  async function parse(text: string) {
    const cite = await Cite.async(text);
    expect(cite.data).toHaveLength(1);
    return cite.data[0] as Record<string, unknown>;
  }
  const names = (v: unknown) =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((n) =>
      typeof n === 'string' ? n : ((n as { literal?: string; family?: string }).literal ?? (n as { family?: string }).family),
    );

  for (const slug of SLUGS) {
    it(`${slug}: RIS, BibTeX and CSL-JSON parse and carry title, authors, date, outlet and URL`, async () => {
      const app = buildApparatus(slug);
      const d = app.data;
      const record: ExportRecord = exportRecord(reportCitation({ id: slug, data: d }, programmeOf(slug), SITE));
      const url = `${SITE}/reports/${slug}/`;
      expect(record.url).toBe(url);
      const year = d.published.stated ? Number(d.published.date.slice(0, 4)) : Number(d.published.estimate.slice(0, 4));
      const authors = d.authors.map((a) => a.name);

      const csl = await parse(toCslJson(record));
      expect(csl.title).toBe(d.title);
      expect(csl.type).toBe('article-newspaper');
      expect(names(csl.author)).toEqual(authors);
      expect((csl.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(year);
      if (d.published.stated) expect((csl.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(d.published.date.split('-').map(Number));
      else expect(csl.issued).toMatchObject({ circa: true });
      expect(csl['container-title']).toBe(d.outlet ?? undefined);
      expect(csl.URL).toBe(url);
      expect(csl.language).toBe(d.script);

      const bib = await parse(toBibtex(record));
      expect(bib.title).toBe(d.title);
      expect(names(bib.author)).toEqual(authors);
      expect((bib.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(year);
      expect(bib['container-title']).toBe(d.outlet ?? undefined);
      expect(bib.publisher).toBe(d.outlet ?? undefined);
      expect(bib.URL).toBe(url);

      const ris = await parse(toRis(record));
      expect(ris.type).toBe('article-newspaper');
      expect(ris.title).toBe(d.title);
      // RIS, type NEWS: AU is the reporter (citation-js follows the RIS specification).
      expect(names(ris.reporter ?? ris.author)).toEqual(authors);
      expect((ris.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(year);
      expect(ris['container-title']).toBe(d.outlet ?? undefined);
      expect(ris.URL).toBe(url);
    });
  }

  for (const slug of SLUGS) {
    it(`${slug}: the translation's RIS, BibTeX and CSL-JSON parse as a translation by the archive, with the original report as source`, async () => {
      const d = buildApparatus(slug).data;
      const translation = translationOf(slug);
      const record = translationExportRecord(reportTranslationCitation({ id: slug, data: d }, programmeOf(slug), translation, SITE));
      const url = `${SITE}/en/reports/${slug}/`;
      const authors = d.authors.map((a) => a.name);
      const originalYear = Number((d.published.stated ? d.published.date : d.published.estimate).slice(0, 4));

      const csl = await parse(toCslJson(record));
      expect(csl).toMatchObject({ title: translation.title, URL: url, language: 'en', 'original-title': d.title, publisher: '援疆档案' });
      expect(names(csl.translator)).toEqual(['援疆档案']);
      expect(names(csl.author)).toEqual(authors);
      expect(csl['original-publisher']).toBe(d.outlet ?? undefined);
      expect((csl['original-date'] as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(originalYear);
      expect((csl.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(translation.translated.split('-').map(Number));

      const bibtex = toBibtex(record);
      expect(bibtex).toMatch(/^@online\{/);
      const bib = await parse(bibtex);
      expect(bib).toMatchObject({ title: translation.title, URL: url, 'original-title': d.title });
      expect(names(bib.translator)).toEqual(['援疆档案']);
      expect(names(bib.author)).toEqual(authors);

      const risText = toRis(record);
      expect(risText.split('\r\n').slice(0, 2)).toEqual(['TY  - ELEC', `TI  - ${translation.title}`]);
      expect(risText).toContain(`\r\nA4  - 援疆档案\r\n`);
      expect(risText).toContain(`\r\nOP  - ${d.title}. ${d.outlet === null ? '' : `${d.outlet}, `}`);
      // citation-js reads A4 as the translator only for book-like types; the lines above are the RIS.
      expect(await parse(risText)).toMatchObject({ type: 'webpage', title: translation.title, URL: url });
    });
  }

  it('escapes BibTeX specials and keeps Chinese names whole', async () => {
    const r: ExportRecord = {
      id: 'x',
      title: '100% & #1 {援疆}',
      authors: ['欧阳修'],
      date: { stated: false, estimate: '2022-10/2023-06' },
      outlet: null,
      url: 'https://a.example/x/',
      language: 'zh-Hans',
      archive: '援疆档案',
      note: 'n_1',
    };
    const bib = await parse(toBibtex(r));
    expect(bib.title).toBe('100% & #1 {援疆}');
    expect(names(bib.author)).toEqual(['欧阳修']);
    expect(bib.issued).toEqual({
      'date-parts': [
        [2022, 10],
        [2023, 6],
      ],
    });
  });

  it('meta tags: one citation_author per author, the year of an estimate', () => {
    const d = buildApparatus('dongying-shule').data;
    const meta = citationMeta(exportRecord(reportCitation({ id: 'dongying-shule', data: d }, programmeOf('dongying-shule'), SITE)));
    expect(meta.find((m) => m.name === 'citation_publication_date')?.content).toBe('2022');
    expect(meta.some((m) => m.name === 'citation_author')).toBe(false);
    expect(meta.some((m) => m.name === 'citation_journal_title')).toBe(false);
  });
});
