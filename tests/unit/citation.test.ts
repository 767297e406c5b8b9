/**
 * Citation data and the two citation styles (src/lib/citation.ts). The expected strings
 * are written out by hand from the rules of each style, on small explicit fixtures; the
 * last block runs the real reports through citationData.
 */
import { describe, expect, it } from 'vitest';
import {
  archiveUrl,
  chicagoAuthors,
  chicagoDate,
  chicagoIssued,
  citationData,
  estimateBounds,
  formatChicago,
  formatChicagoTranslation,
  formatGbt7714,
  formatGbt7714Translation,
  gbtAuthors,
  reportPermalink,
  scriptRuns,
  translationCitationData,
} from '../../src/lib/citation';
import { loadArchive } from '../helpers/content';
import type { Report } from '../../src/core/schemas/report';
import { loadReports } from '../e2e/support/content';

const SITE = 'https://archive.example.org';
const OPTIONS = { site: SITE, base: '/', accessed: '2026-11-25' };

function report(overrides: Partial<Report> = {}): { id: string; data: Report } {
  const data: Report = {
    title: '山東援兵團十年間',
    deck: '搭建平臺引才聚智',
    script: 'zh-Hant',
    published: { stated: true, date: '2025-08-05', time: '09:10:16', line: 5 },
    outlet: '大眾新聞客戶端',
    via: [],
    capturedFrom: '新派新聞',
    authors: [
      { name: '張環澤', role: '記者', roleSource: 'printed' },
      { name: '郭銳', role: '通訊員', roleSource: 'printed' },
      { name: '朱俊青', role: '通訊員', roleSource: 'printed' },
    ],
    editors: [{ name: '李婕寧', role: '編輯', roleSource: 'printed' }],
    source: { file: 'content/sources/000_135aae545a4bb161.txt', sha256: 'a'.repeat(64), lines: 90 },
    cleaning: {
      articleLines: 1,
      metadataLines: 1,
      droppedLines: 1,
      pinyinAnnotationsRemoved: 0,
      punctuationRestored: 0,
      duplicateTitleLines: 0,
    },
    restorations: [],
    ...overrides,
  };
  return { id: 'shandong-12th-division', data };
}

const undated = report({
  title: '青山一道同云雨，明月何曾是两乡。',
  deck: undefined,
  script: 'zh-Hans',
  published: { stated: false, estimate: '2022-10/2023-06', evidence: [{ line: 4, note: { zh: '甲', en: 'x' } }] },
  outlet: null,
  authors: [],
  editors: [],
});

describe('addresses', () => {
  it('joins site, base path and path, whatever the slashes', () => {
    expect(archiveUrl(SITE, '/')).toBe('https://archive.example.org/');
    expect(archiveUrl(`${SITE}/`, '/archive/', 'sources/000_a.txt')).toBe('https://archive.example.org/archive/sources/000_a.txt');
    expect(archiveUrl(new URL(SITE), 'archive', '/data/figures.csv')).toBe('https://archive.example.org/archive/data/figures.csv');
  });

  it('builds the permalink of a report page, base path included', () => {
    expect(reportPermalink(SITE, '/', 'taizhou-alar')).toBe('https://archive.example.org/reports/taizhou-alar/');
    expect(reportPermalink(SITE, '/archive/', 'taizhou-alar')).toBe('https://archive.example.org/archive/reports/taizhou-alar/');
  });

  it('splits estimates into bounds', () => {
    expect(estimateBounds('2022-10/2023-06')).toEqual(['2022-10', '2023-06']);
    expect(estimateBounds('2023-09')).toEqual(['2023-09', '2023-09']);
    expect(estimateBounds('2023')).toEqual(['2023', '2023']);
  });
});

describe('citationData', () => {
  it('gathers the report, the archive as container, permalink and access date', () => {
    const d = citationData(report(), null, { ...OPTIONS, base: '/archive/' });
    expect(d).toMatchObject({
      slug: 'shandong-12th-division',
      title: '山東援兵團十年間',
      deck: '搭建平臺引才聚智',
      language: 'zh-Hant',
      outlet: '大眾新聞客戶端',
      capturedFrom: '新派新聞',
      issued: { stated: true, date: '2025-08-05', time: '09:10:16' },
      accessed: '2026-11-25',
      permalink: 'https://archive.example.org/archive/reports/shandong-12th-division/',
      archive: { title: '援疆档案', url: 'https://archive.example.org/archive/' },
      capture: {
        file: '000_135aae545a4bb161.txt',
        url: 'https://archive.example.org/archive/sources/000_135aae545a4bb161.txt',
      },
      programme: null,
    });
    expect(d.authors.map((a) => a.name)).toEqual(['張環澤', '郭銳', '朱俊青']);
    expect(d.editors).toEqual([{ name: '李婕寧', role: '編輯' }]);
  });

  it('keeps an undated report undated, with the estimate and its bounds', () => {
    const d = citationData(undated, null, OPTIONS);
    expect(d.issued).toEqual({ stated: false, estimate: '2022-10/2023-06', from: '2022-10', to: '2023-06' });
    expect(d.outlet).toBeNull();
    expect(d.deck).toBeNull();
  });

  it('takes subject information from the programme', () => {
    const programme = loadArchive().programmes.find((p) => p.slug === 'shandong-12th-division')!;
    const d = citationData(report(), programme, OPTIONS);
    expect(d.programme?.title).toBe(programme.title);
    expect(d.programme?.keywords).toEqual(programme.themes);
    expect(d.programme?.recipients).toEqual(programme.recipients.map((r) => r.name));
  });

  it('refuses an access date that is not YYYY-MM-DD', () => {
    expect(() => citationData(report(), null, { ...OPTIONS, accessed: '25/11/2026' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('GB/T 7714-2015', () => {
  it('lists up to three authors, then 等', () => {
    const people = ['甲', '乙', '丙', '丁'].map((name) => ({ name, role: '记者' }));
    expect(gbtAuthors(people.slice(0, 3), 'zh-Hans')).toBe('甲, 乙, 丙');
    expect(gbtAuthors(people, 'zh-Hans')).toBe('甲, 乙, 丙, 等');
    expect(gbtAuthors([], 'zh-Hans')).toBe('');
  });

  it('formats a dated report with authors as a component of the archive', () => {
    expect(formatGbt7714(citationData(report(), null, OPTIONS))).toBe(
      '張環澤, 郭銳, 朱俊青. 山東援兵團十年間[N/OL]//援疆档案. 援疆档案, 2025-08-05[2026-11-25]. https://archive.example.org/reports/shandong-12th-division/. 原載: 大眾新聞客戶端.',
    );
  });

  it('starts with the title when there is no author, and gives the estimate in square brackets', () => {
    expect(formatGbt7714(citationData(undated, null, OPTIONS))).toBe(
      '青山一道同云雨，明月何曾是两乡。[N/OL]//援疆档案. 援疆档案, [2022-10/2023-06][2026-11-25]. https://archive.example.org/reports/shandong-12th-division/.',
    );
  });

  it('names the archive as the publisher whether or not the outlet is known; the outlet follows the address', () => {
    const known = formatGbt7714(citationData(report({ script: 'zh-Hans', outlet: '大众新闻客户端' }), null, OPTIONS));
    expect(known).toContain('//援疆档案. 援疆档案, 2025-08-05[2026-11-25]. ');
    expect(known.endsWith('/reports/shandong-12th-division/. 原载: 大众新闻客户端.')).toBe(true);
    expect(known).not.toContain('援疆档案. 大众新闻客户端');

    const unknown = formatGbt7714(citationData(report({ outlet: null, authors: [] }), null, OPTIONS));
    expect(unknown).toBe(
      '山東援兵團十年間[N/OL]//援疆档案. 援疆档案, 2025-08-05[2026-11-25]. https://archive.example.org/reports/shandong-12th-division/.',
    );
    expect(unknown).not.toMatch(/出版者不[详詳]|原[载載]/);
  });
});

describe('Chicago (notes-bibliography, bibliography entry)', () => {
  it('writes dates in words', () => {
    expect(chicagoDate('2025-08-05')).toBe('August 5, 2025');
    expect(chicagoDate('2023-09')).toBe('September 2023');
    expect(chicagoDate('2023')).toBe('2023');
    expect(() => chicagoDate('2023-13')).toThrow();
  });

  it('gives n.d. with the estimate for an undated report', () => {
    expect(chicagoIssued({ stated: false, estimate: '2023-09', from: '2023-09', to: '2023-09' })).toBe('n.d. [ca. September 2023]');
    expect(chicagoIssued({ stated: false, estimate: '2022-10/2023-06', from: '2022-10', to: '2023-06' })).toBe('n.d. [ca. October 2022–June 2023]');
  });

  it('joins authors without inverting Chinese names', () => {
    const p = (name: string) => ({ name, role: '记者' });
    expect(chicagoAuthors([p('王建国')])).toBe('王建国');
    expect(chicagoAuthors([p('甲'), p('乙')])).toBe('甲 and 乙');
    expect(chicagoAuthors([p('甲'), p('乙'), p('丙')])).toBe('甲, 乙, and 丙');
  });

  it('formats a dated report', () => {
    expect(formatChicago(citationData(report(), null, OPTIONS))).toBe(
      '張環澤, 郭銳, and 朱俊青. “山東援兵團十年間.” 大眾新聞客戶端, August 5, 2025. Archived in 援疆档案. Accessed November 25, 2026. https://archive.example.org/reports/shandong-12th-division/.',
    );
  });

  it('formats an undated report without author or outlet; a title ending in 。 gets no second period', () => {
    expect(formatChicago(citationData(undated, null, OPTIONS))).toBe(
      '“青山一道同云雨，明月何曾是两乡。” n.d. [ca. October 2022–June 2023]. Archived in 援疆档案. Accessed November 25, 2026. https://archive.example.org/reports/shandong-12th-division/.',
    );
  });
});

describe('the translation, a work of the archive with the report as its source', () => {
  const translation = { title: 'Ten Years of Shandong Aiding the Corps', translated: '2026-12-02' };
  const original = citationData(report(), null, { ...OPTIONS, base: '/archive/' });

  it('takes the English title, the archive as translator, the date of translation and the English permalink', () => {
    expect(translationCitationData(original, translation)).toEqual({
      original,
      title: 'Ten Years of Shandong Aiding the Corps',
      language: 'en',
      translator: '援疆档案',
      translated: '2026-12-02',
      permalink: 'https://archive.example.org/archive/en/reports/shandong-12th-division/',
      accessed: '2026-11-25',
    });
  });

  it('GB/T 7714: the archive as translator and publisher, then the original, its outlet and date', () => {
    expect(formatGbt7714Translation(translationCitationData(original, translation))).toBe(
      '張環澤, 郭銳, 朱俊青. Ten Years of Shandong Aiding the Corps[N/OL]. 援疆档案, trans. 援疆档案, 2026-12-02[2026-11-25]. https://archive.example.org/archive/en/reports/shandong-12th-division/. Original: 山東援兵團十年間[N]. 大眾新聞客戶端, 2025-08-05. https://archive.example.org/archive/reports/shandong-12th-division/.',
    );
  });

  it('Chicago: translated by the archive, originally published as the report', () => {
    expect(formatChicagoTranslation(translationCitationData(original, translation))).toBe(
      '張環澤, 郭銳, and 朱俊青. “Ten Years of Shandong Aiding the Corps.” Translated by 援疆档案. 援疆档案, December 2, 2026. Originally published as “山東援兵團十年間,” 大眾新聞客戶端, August 5, 2025. Accessed November 25, 2026. https://archive.example.org/archive/en/reports/shandong-12th-division/.',
    );
  });

  it('an undated original without outlet or author: its estimate, nothing invented', () => {
    const data = translationCitationData(citationData(undated, null, OPTIONS), translation);
    expect(formatGbt7714Translation(data)).toBe(
      `Ten Years of Shandong Aiding the Corps[N/OL]. 援疆档案, trans. 援疆档案, 2026-12-02[2026-11-25]. https://archive.example.org/en/reports/${undated.id}/. Original: ${undated.data.title}[N]. [2022-10/2023-06]. https://archive.example.org/reports/${undated.id}/.`,
    );
    expect(formatChicagoTranslation(data)).toContain(`Originally published as “${undated.data.title},” n.d. [ca. October 2022–June 2023]. Accessed`);
  });
});

describe('scriptRuns', () => {
  it('splits out the archive name and Chinese runs, and joins back to the input', () => {
    const text = '張環澤, and 朱俊青. “山東 援兵團.” Archived in 援疆档案. Accessed May 1, 2026.';
    const runs = scriptRuns(text, '援疆档案');
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.kind === 'name').map((r) => r.text)).toEqual(['援疆档案']);
    expect(runs.filter((r) => r.kind === 'han').map((r) => r.text)).toEqual(['張環澤', '朱俊青', '山東 援兵團']);
    expect(runs[runs.length - 1]).toEqual({ kind: 'other', text: '. Accessed May 1, 2026.' });
  });
});

describe('the real reports', () => {
  const programmes = loadArchive().programmes;
  for (const r of loadReports()) {
    it(`${r.slug}: both styles name outlet or its absence, date or n.d., the archive, the permalink and the access date`, () => {
      const d = citationData(
        { id: r.slug, data: r.data },
        programmes.find((p) => p.slug === r.slug),
        {
          ...OPTIONS,
          base: '/archive/',
        },
      );
      const permalink = `https://archive.example.org/archive/reports/${r.slug}/`;
      const gbt = formatGbt7714(d);
      const chicago = formatChicago(d);
      for (const s of [gbt, chicago]) {
        expect(s).toContain(r.data.title);
        expect(s).toContain('援疆档案');
        expect(s).toContain(`${permalink}.`);
        if (r.data.outlet) expect(s).toContain(r.data.outlet);
      }
      expect(gbt).toContain('[2026-11-25]');
      expect(chicago).toContain('Accessed November 25, 2026.');
      if (r.data.published.stated) {
        expect(gbt).toContain(r.data.published.date);
      } else {
        expect(gbt).toContain(`[${r.data.published.estimate}]`);
        expect(chicago).toContain('n.d. [ca. ');
      }
      expect(gbt).toContain('[N/OL]//援疆档案. 援疆档案, ');
      expect(gbt).not.toMatch(/出版者不[详詳]/);
      if (r.data.outlet) expect(gbt.endsWith(`${permalink}. ${r.data.script === 'zh-Hant' ? '原載' : '原载'}: ${r.data.outlet}.`)).toBe(true);
      else expect(gbt.endsWith(`${permalink}.`)).toBe(true);
    });
  }
});
