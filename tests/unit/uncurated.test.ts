/**
 * A report whose programme is not yet curated still publishes (issue 13, item 5). The
 * fixture archive (tests/fixtures/content/basics/) is copied with its programme file cut
 * down to what `npm run add` writes — slug, title, province, recipients, source — and
 * loaded, checked and turned into what the site draws: browse lists, map, comparison,
 * timeline, search records and the public downloads. The summary panel's wording is
 * checked on the built site (tests/e2e/fixtures/uncurated.astro).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CURATED_FIELDS, isCurated } from '../../src/core/schemas/programme';
import { provinceGroups, reportsNamingRegion } from '../../src/lib/browse';
import { compareModel } from '../../src/lib/charts/compare-model';
import { pairingMapModel } from '../../src/lib/charts/map-model';
import { timelineModel } from '../../src/lib/charts/timeline-model';
import { figuresAsCsv, programmesAsJson } from '../../src/lib/programmes';
import { buildEntries } from '../../src/lib/search/records';
import { buildFoldMap } from '../../src/lib/search/fold-map';
import { contentErrors, loadArchive } from '../helpers/content';

const BASICS = path.resolve(import.meta.dirname, '../fixtures/content/basics');
const PROGRAMME = 'content/programmes/demo.json';
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** basics/ in a temporary folder, its programme file without the given fields. */
function withoutFields(fields: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-uncurated-'));
  copies.push(dir);
  cpSync(BASICS, dir, { recursive: true });
  const file = path.join(dir, PROGRAMME);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  for (const field of fields) delete data[field];
  writeFileSync(file, JSON.stringify(data, null, 2));
  return dir;
}

describe('a programme file without its curation', () => {
  const root = withoutFields([...CURATED_FIELDS, 'city', 'cityEn']);
  const archive = loadArchive(root);
  const programme = archive.programmes[0]!;
  const report = archive.reports[0]!;
  const body = report.body ?? '';

  it('loads and passes every check, with the province leading where no city is given', () => {
    expect(isCurated(programme)).toBe(false);
    expect(programme.city).toBeNull();
    expect(programme.recipients.length).toBeGreaterThan(0);
  });

  it('is listed on its province’s and its regions’ pages', () => {
    expect(provinceGroups(archive.programmes, programme.province).flatMap((g) => g.slugs)).toEqual([programme.slug]);
    for (const r of programme.recipients) expect(reportsNamingRegion(archive.programmes, r.region).map((m) => m.slug)).toEqual([programme.slug]);
  });

  it('draws its line on the map', () => {
    const m = pairingMapModel({
      programmes: archive.programmes,
      places: archive.places,
      provinces: archive.provinces,
      regions: archive.regions.regions,
    });
    expect(m.supporters.map((s) => [s.province.id, s.pairs.length])).toEqual([[programme.province, programme.recipients.length]]);
  });

  it('has a column in the comparison with no period and no figures', () => {
    const m = compareModel(archive.programmes);
    expect(m.columns.map((c) => [c.slug, c.period])).toEqual([[programme.slug, null]]);
    expect(m.rows.flatMap((r) => r.cells.flat())).toEqual([]);
  });

  it('is placed on the timeline by its publication, with no period bar or batch', () => {
    const published = report.data.published;
    const m = timelineModel(archive.programmes, [{ slug: report.id, title: report.data.title, script: report.data.script, published }]);
    const [row] = m.rows;
    expect([row!.period, row!.bar, row!.batch]).toEqual([null, null, null]);
    expect(published.stated && row!.published.stated && row!.published.date).toBe(published.stated && published.date);
    expect(m.domain[0]).toBeLessThanOrEqual(row!.sortAt);
  });

  it('has search records for its text and none for figures or a summary', () => {
    const input = {
      reports: [{ slug: report.id, title: report.data.title, script: report.data.script, years: ['2023'], body }],
      programmes: archive.programmes,
      base: '/',
      headingId: () => 'h',
    };
    const kinds = new Set(buildEntries(input, buildFoldMap([body])).map((e) => e.kind));
    expect(kinds.has('paragraph')).toBe(true);
    expect(kinds.has('figure') || kinds.has('summary')).toBe(false);
  });

  it('is in the public downloads without period, batch and summary, and with no figure rows', () => {
    const [entry] = programmesAsJson(archive.programmes);
    const published = JSON.parse(JSON.stringify(entry)) as Record<string, unknown>;
    for (const field of ['period', 'batch', 'editorialSummary']) expect(published).not.toHaveProperty(field);
    expect([published.themes, published.figures]).toEqual([[], []]);
    expect(figuresAsCsv(archive.programmes).trim().split('\r\n')).toHaveLength(1);
  });
});

describe('a programme file with part of its curation', () => {
  it('stops loading, naming the file, the first missing field and what to do', () => {
    const message = contentErrors(withoutFields(['summary', 'themes']));
    expect(message.split('\n').slice(1)).toEqual([
      `  - ${PROGRAMME}: themes: a curated programme gives ${CURATED_FIELDS.join(', ')}; this one lacks themes, summary (give them, or leave out period, batch, figures, summaryEn to publish the report uncurated)`,
    ]);
  });

  it('keeps the verbatim-quote check of its figures once they are added', () => {
    const root = withoutFields([]);
    const file = path.join(root, PROGRAMME);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { figures: { quote: string }[] };
    data.figures[0]!.quote = `${data.figures[0]!.quote}又`;
    writeFileSync(file, JSON.stringify(data));
    expect(contentErrors(root)).toContain(`${PROGRAMME}: figures[0].quote: is not in paragraph`);
  });
});
