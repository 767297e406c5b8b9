/**
 * `npm run add`, its pure parts: the command line, the naming rule, the script and the
 * article proposed for a capture, the draft programme, and the whole plan on the
 * synthetic fixture (tests/fixtures/add/) against the real project's state, written nowhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCaptures } from '../../scripts/clean/captures';
import { AddError } from '../../scripts/add/errors';
import { detectScript } from '../../scripts/add/detect-script';
import { nameForms } from '../../scripts/add/draft-programme';
import { parseAddArgs } from '../../scripts/add/options';
import { planAdd } from '../../scripts/add/plan';
import { readProjectState } from '../../scripts/add/project-state';
import { proposeArticle } from '../../scripts/add/propose-article';
import { reviewTable } from '../../scripts/add/review-table';
import { nextCaptureNumber, sha256, sourceName } from '../../scripts/add/source-name';
import { programmeSchema } from '../../src/core/schemas/programme';

const ROOT = process.cwd();
const FIXTURE = 'tests/fixtures/add/tianjin-hotan.txt';
const fixture = readFileSync(join(ROOT, FIXTURE));
const state = readProjectState(ROOT);
const sources = readdirSync(join(ROOT, 'content/sources')).filter((name) => name.endsWith('.txt'));
const lines = (file: string) =>
  readFileSync(join(ROOT, 'content/sources', file), 'utf8')
    .replace(/\n$/, '')
    .split('\n');
const args = (more: string[] = []) => [FIXTURE, '--slug', 'tianjin-hotan', '--province', 'tianjin', '--recipient', 'hotan', ...more];
const options = (more: string[] = []) => {
  const invocation = parseAddArgs(args(more));
  if (invocation.usage) throw new Error('expected options');
  return invocation.options;
};
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof AddError) return error.message;
    throw error;
  }
  throw new Error('expected an AddError');
};

describe('the command line', () => {
  it('with no arguments asks for the usage', () => {
    expect(parseAddArgs([])).toEqual({ usage: true });
  });

  it('reads the capture, slug, province, every recipient, city and script', () => {
    expect(options(['--recipient', 'xpcc-14th-division', '--city', '东营市', '--script', 'zh-Hant'])).toEqual({
      capture: FIXTURE,
      slug: 'tianjin-hotan',
      province: 'tianjin',
      recipients: ['hotan', 'xpcc-14th-division'],
      city: '东营市',
      script: 'zh-Hant',
    });
  });

  it('refuses a bad script, a bad slug, a missing option and a recipient given twice, each by name', () => {
    expect(refusal(() => parseAddArgs(args(['--script', 'zh-CN'])))).toContain('--script zh-CN');
    expect(refusal(() => parseAddArgs([FIXTURE, '--slug', 'Tianjin_Hotan', '--province', 'tianjin', '--recipient', 'hotan']))).toContain(
      '--slug Tianjin_Hotan: a slug is lower-case words joined by hyphens',
    );
    // /reports/page/2/ is the list of all reports' second page.
    expect(refusal(() => parseAddArgs([FIXTURE, '--slug', 'page', '--province', 'tianjin', '--recipient', 'hotan']))).toContain(
      '--slug page: a slug may not be "page"',
    );
    expect(refusal(() => parseAddArgs([FIXTURE, '--slug', 'x', '--recipient', 'hotan']))).toContain('missing --province');
    expect(refusal(() => parseAddArgs(args(['--recipient', 'hotan'])))).toContain('--recipient hotan is given twice');
  });
});

describe('the naming rule', () => {
  it('numbers a new capture after the highest in use, and names it by the SHA-256 of its bytes', () => {
    const highest = Math.max(...sources.map((name) => Number(name.slice(0, 3))));
    const next = String(highest + 1).padStart(3, '0');
    expect(nextCaptureNumber(sources)).toBe(next);
    expect(sourceName(next, fixture)).toBe(`${next}_${sha256(fixture).slice(0, 16)}.txt`);
    expect(nextCaptureNumber([])).toBe('000');
    expect(nextCaptureNumber(['999_ab.txt'])).toBeUndefined();
  });
});

describe('the proposals for a capture', () => {
  it('detects the script every reviewed configuration gives', () => {
    for (const config of loadCaptures(ROOT)) expect(detectScript(lines(config.file).join('\n')), config.file).toBe(config.script);
  });

  it('proposes the reviewed article bounds of the captures whose article starts with a sentence', () => {
    const agree = loadCaptures(ROOT).filter((config) => {
      const texts = lines(config.file).map((line) => line.trim());
      const first = texts.findIndex((line) => config.article.first.test(line));
      const last = texts.findIndex((line, index) => index >= first && config.article.last.test(line));
      const proposal = proposeArticle(config.file, lines(config.file), state.defaults.rules);
      return proposal.first === first && proposal.last === last;
    });
    // 003 opens with a couplet that ends in 。 and serves as its title: the heuristic takes it for prose.
    expect(agree.map((config) => config.file.slice(0, 3))).toEqual(['000', '001', '002', '004']);
  });

  it('knows a region by its full name and its short forms', () => {
    const hotan = state.places.regions.find((region) => region.id === 'hotan')!;
    expect(nameForms(hotan, 'zh-Hans')).toEqual(['和田地区', '和田']);
    const division = state.places.regions.find((region) => region.id === 'xpcc-14th-division')!;
    expect(nameForms(division, 'zh-Hant')).toContain('第十四師');
  });
});

describe('the plan for the synthetic capture (nothing written)', () => {
  const plan = planAdd(state, options(), fixture);
  const number = nextCaptureNumber(sources)!;

  it('writes the capture, a draft configuration, the programme file, the report and its ledger, all under content/', () => {
    expect(plan.files.map((file) => file.path)).toEqual([
      `content/sources/${sourceName(number, fixture)}`,
      `content/captures/${number}.yaml`,
      'content/programmes/tianjin-hotan.json',
      'content/reports/tianjin-hotan.mdx',
      'content/ledgers/tianjin-hotan.json',
    ]);
    expect(plan.files[0]!.content).toBe(fixture);
  });

  it('writes a draft configuration with the proposed bounds and title, and the report says it is a draft', () => {
    const config = parse(plan.files[1]!.content as string) as { status: string; article: { first: string; last: string } };
    expect(config.status).toBe('draft');
    const texts = fixture.toString('utf8').split('\n');
    expect(texts[plan.proposal.first]!.trim()).toMatch(new RegExp(config.article.first, 'u'));
    expect(plan.report.frontmatter.draft).toBe(true);
  });

  it('reads title, date, outlet and people with the default readers', () => {
    const { title, published, outlet, authors, editors } = plan.report.frontmatter;
    expect(title).toBe('津和同心 天津对口支援和田地区纪事');
    expect(published).toMatchObject({ stated: true, date: '2024-05-20' });
    expect(outlet).toBe('示例日报');
    expect(authors.map((person) => person.name)).toEqual(['张明远']);
    expect(editors.map((person) => person.name)).toEqual(['李晓红', '王海燕']);
  });

  it('accounts for every line, dropping the one no rule names as not yet reviewed', () => {
    const ledger = plan.report.ledger.lines;
    expect(ledger.map((entry) => entry.line)).toEqual(
      fixture
        .toString('utf8')
        .trimEnd()
        .split('\n')
        .map((_, index) => index + 1),
    );
    const unreviewed = ledger.filter((entry) => entry.kept === 'dropped' && entry.reason === 'unreviewed');
    expect(unreviewed.map((entry) => entry.text)).toEqual(['示例新闻网']);
  });

  it('prints a table naming, for every line, its classification and the rule that decided it', () => {
    const table = reviewTable(plan.report.ledger, plan.report.claimedBy).split('\n');
    expect(table).toHaveLength(plan.report.ledger.lines.length + 1);
    expect(table.find((row) => row.includes('当前位置'))).toMatch(/dropped breadcrumb\s+defaults\.yaml rule breadcrumb/);
    expect(table.find((row) => row.includes('示例新闻网') && row.includes('unreviewed'))).toMatch(/draft: no rule names this line/);
  });

  it('writes the programme with province and recipients, each recipient quoted from its paragraph, and no figures', () => {
    const programme = JSON.parse(plan.files[2]!.content as string) as Record<string, unknown>;
    expect(programme).toMatchObject({ slug: 'tianjin-hotan', province: 'tianjin', city: null });
    expect(programme).not.toHaveProperty('figures');
    expect(plan.programme.recipients).toEqual([expect.objectContaining({ name: '和田地区', region: 'hotan', kind: 'prefecture', primary: true })]);
    const [recipient] = plan.programme.recipients;
    expect(plan.report.mdx).toContain(`<P id="${recipient!.anchor}">`);
    expect(recipient!.quote).toContain('和田地区');
  });

  it('drafts the English title and names from the gazetteer’s English names, in a file the schema accepts', () => {
    const en = (id: string) => [...state.places.provinces, ...state.places.regions].find((place) => place.id === id)!.name.en;
    expect(plan.programme).toMatchObject({
      titleEn: `Pairing assistance from ${en('tianjin')} to ${en('hotan')}`,
      cityEn: null,
      recipients: [expect.objectContaining({ nameEn: en('hotan') })],
    });
    expect(programmeSchema.safeParse(JSON.parse(plan.files[2]!.content as string)).error).toBeUndefined();
  });

  it('takes a lead city, printed in either script, with its English name from the gazetteer', () => {
    const dongying = state.places.cities.find((city) => city.id === 'dongying')!;
    const [shandong, hotan] = [state.places.provinces.find((p) => p.id === 'shandong')!, state.places.regions.find((r) => r.id === 'hotan')!];
    const drafted = (city: string) => planAdd(state, { ...options(), province: shandong.id, city }, fixture).programme;
    for (const printed of [dongying.name.hans, dongying.name.hant]) {
      expect(drafted(printed)).toMatchObject({
        title: `${printed}对口支援${hotan.name.hans}`,
        titleEn: `Pairing assistance from ${dongying.name.en}, ${shandong.name.en}, to ${hotan.name.en}`,
        city: printed,
        cityEn: dongying.name.en,
      });
    }
  });
});

describe('bad input is refused, naming what is wrong', () => {
  it('an unknown province or region lists the known ids', () => {
    expect(refusal(() => planAdd(state, { ...options(), province: 'mars' }, fixture))).toMatch(
      /--province mars: no such province in content\/gazetteer\.json; known: .*tianjin \(天津市\)/,
    );
    expect(refusal(() => planAdd(state, { ...options(), recipients: ['hotan', 'atlantis'] }, fixture))).toMatch(
      /--recipient atlantis: no such region in content\/gazetteer\.json; known: .*hotan \(和田地区\)/,
    );
  });

  it('a lead city the gazetteer does not list for the province', () => {
    expect(refusal(() => planAdd(state, { ...options(), city: '滨海市' }, fixture))).toBe(
      '--city 滨海市: no city of tianjin by that name in content/gazetteer.json (it has none yet); add the city there, with its English name, or leave --city out',
    );
    expect(refusal(() => planAdd(state, { ...options(), province: 'zhejiang', city: '东营市' }, fixture))).toContain(
      'known: taizhou (台州市), huzhou (湖州市)',
    );
  });

  it('a slug in use, and a capture already archived (same bytes)', () => {
    const [config] = loadCaptures(ROOT);
    expect(refusal(() => planAdd(state, { ...options(), slug: config!.slug }, fixture))).toContain(`--slug ${config!.slug}: already used`);
    const archived = readFileSync(join(ROOT, 'content/sources', config!.file));
    expect(refusal(() => planAdd(state, { ...options(), slug: 'new-slug' }, archived))).toContain(`as content/sources/${config!.file}`);
  });

  it('a capture whose script cannot be told, without --script', () => {
    const latin = new TextEncoder().encode('Home > News\nA report in English only.\n');
    expect(refusal(() => planAdd(state, options(), latin))).toContain('give --script');
  });
});
