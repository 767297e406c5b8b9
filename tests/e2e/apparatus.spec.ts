/**
 * The editorial apparatus on the built site: both scripts to read (issue #4), the
 * as-restored / as-captured views and the interventions, the citation exports and meta
 * tags, the glossary and the changelog (issue #7). Expectations come from content/ (the
 * MDX, the ledgers, the raw captures) and the same OpenCC conversion, never from the site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { wording } from '../../src/i18n';
import { convertTo, editionOf, OPENCC_CONFIG, otherScript } from '../../src/lib/apparatus/convert';
import { summariseLine } from '../../src/lib/apparatus/interventions';
import { termForms } from '../../src/lib/apparatus/glossary';
import { firstUses, useCounts, usesByTerm } from '../../src/lib/apparatus/glossary-uses';
import { apparatusOf, loadArchive } from '../helpers/content';
import { ROOT, expectedParagraphs, loadReports, reportPath } from './support/content';
import { paragraphText } from './support/dom';
import { reportsInCaptureOrder } from './support/site';

const reports = loadReports();
const archive = loadArchive(ROOT);
const SITE = 'https://yuanjiang-archive.example.org';
const shot = (info: TestInfo, name: string) => path.join(info.project.outputDir, 'screenshots', `apparatus-${name}.png`);

/** The raw capture's lines, split as the cleaning pipeline splits them. */
function captureLines(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

const convertedPath = (slug: string, script: 'zh-Hans' | 'zh-Hant') => `./reports/${slug}/${editionOf(otherScript(script))}/`;

async function ids(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => e.id));
}

test('there are reports to test', () => {
  expect(reports.length).toBeGreaterThan(0);
});

for (const report of reports) {
  const d = report.data;
  const slug = report.slug;
  const original = `./${reportPath(slug)}`;
  const converted = convertedPath(slug, d.script);
  const captured = `./reports/${slug}/captured/`;
  const interventions = `./reports/${slug}/interventions/`;
  const other = otherScript(d.script);
  const app = apparatusOf(archive, slug);
  const paragraphs = expectedParagraphs(report.body);

  test.describe(`${slug}: both scripts`, () => {
    test.describe.configure({ timeout: 90_000 });
    test('the converted edition: lang, notice, same anchors and marks, converted text', async ({ page }) => {
      const response = await page.goto(converted);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator('h1')).toHaveText(convertTo(other, d.title));
      const notice = page.locator('.conversion-notice');
      await expect(notice).toContainText(other === 'zh-Hans' ? '机器转换' : '機器轉換');
      await expect(notice.locator('.conversion-notice__tool')).toHaveText(
        wording(other).apparatus.conversionTool(OPENCC_CONFIG[other].from, OPENCC_CONFIG[other].to),
      );
      await expect(notice.locator('a.conversion-notice__original')).toHaveAttribute('href', new RegExp(`/${reportPath(slug)}$`));
      // The capture's own script is named, and the switch marks this edition as current.
      await expect(page.locator('.view-switch__captured-script')).toHaveText(
        d.script === 'zh-Hant' ? (other === 'zh-Hans' ? '原文为繁体字' : '原文為繁體字') : other === 'zh-Hant' ? '原文為簡體字' : '原文为简体字',
      );
      await expect(page.locator('.view-switch a[aria-current="page"][data-edition="converted"]')).toHaveCount(1);

      const convertedIds = await ids(page, '.report-body p.para');
      await page.goto(original);
      const originalIds = await ids(page, '.report-body p.para');
      const originalMarks = await ids(page, '.report-body [id^="ref-r"]');
      const originalFigures = await ids(page, '.report-body figure');
      const originalHeadings = await ids(page, '.report-body h2, .report-body h3');
      expect(originalIds).toEqual(paragraphs.map((p) => p.id));
      await page.goto(converted);
      expect(convertedIds).toEqual(originalIds);
      expect(await ids(page, '.report-body [id^="ref-r"]')).toEqual(originalMarks);
      expect(await ids(page, '.report-body figure')).toEqual(originalFigures);
      expect(await ids(page, '.report-body h2, .report-body h3')).toEqual(originalHeadings);
      expect(await ids(page, '.notes li.note')).toEqual(d.restorations.map((r) => `note-${r.id}`));

      // Every paragraph is the OpenCC conversion of the original, and some differ.
      let differing = 0;
      for (const p of paragraphs) {
        const text = await paragraphText(page.locator(`#${p.id}`));
        expect(text, p.id).toBe(convertTo(other, p.text));
        if (text !== p.text) differing += 1;
      }
      expect(differing).toBeGreaterThan(0);
      for (const m of paragraphs.flatMap((p) => p.marks)) {
        const ref = page.locator(`.report-body #ref-${m.id}`);
        await expect(ref).toHaveCount(1);
        if (m.kind === 'Restored') {
          await expect(ref).toHaveJSProperty('tagName', 'INS');
          await expect(ref).toHaveText(convertTo(other, m.text ?? ''));
          await expect(page.locator(`.report-body #ref-${m.id} + sup.note-ref > a`)).toHaveAttribute('href', `#note-${m.id}`);
        }
      }
      // The garbled originals in the notes stay exactly as captured.
      for (const r of d.restorations) expect(await page.locator(`#note-${r.id} code.garbled`).textContent()).toBe(r.garbled);
    });

    test('switching editions lands at the same paragraph, both ways', async ({ page }) => {
      const target = paragraphs[Math.min(1, paragraphs.length - 1)]!;
      await page.goto(original);
      const link = page.locator(`#${target.id}`).locator('xpath=preceding-sibling::*[1]').locator('a.para-x__edition');
      await expect(link).toHaveAttribute('lang', other);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/reports/${slug}/${editionOf(other)}/#${target.id}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator(`#${target.id}:target`)).toHaveCount(1);
      await expect(page.locator(`#${target.id}`)).toBeInViewport();
      await page.locator(`#${target.id}`).locator('xpath=preceding-sibling::*[1]').locator('a.para-x__edition').click();
      await expect(page).toHaveURL(new RegExp(`/${reportPath(slug)}#${target.id}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', d.script);
      await expect(page.locator(`#${target.id}:target`)).toHaveCount(1);
      // The header switch leads to the other edition too.
      await page.locator('.view-switch a[data-edition="converted"]').click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });
  });

  test.describe(`${slug}: as restored / as captured`, () => {
    test.describe.configure({ timeout: 90_000 });
    test('the as-captured view reproduces the capture’s article lines exactly', async ({ page }) => {
      const response = await page.goto(captured);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', d.script);
      const lines = captureLines(d.source.file);
      const ledger = JSON.parse(readFileSync(path.join(ROOT, `content/ledgers/${slug}.json`), 'utf8')) as {
        lines: { line: number; kept: string; text: string; reason?: string }[];
      };
      const article = ledger.lines.filter((e) => e.kept === 'article');
      await expect(page.locator('li.cap-line')).toHaveCount(article.length);
      expect(await ids(page, 'li.cap-line')).toEqual(article.map((e) => `L${e.line}`));
      const shown = await page.locator('li.cap-line .line-text').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      article.forEach((e, i) => {
        expect(e.text, `ledger line ${e.line} vs content/sources`).toBe(lines[e.line - 1]);
        expect(shown[i], `line ${e.line}`).toBe(lines[e.line - 1]);
      });
      // Pinyin and ASCII punctuation are there, marked: the interventions are visible in place.
      const totals = app.blocks.map((b) => summariseLine(b.edits));
      await expect(page.locator('.line-text .x-pinyin')).toHaveCount(totals.reduce((n, s) => n + s.pinyin.length, 0));
      await expect(page.locator('.line-text .x-punct')).toHaveCount(totals.reduce((n, s) => n + s.punctuationCount, 0));
      await expect(page.locator('.line-text .x-garbled')).toHaveCount(d.restorations.length);
      await expect(page.locator('.apparatus-key')).toHaveCount(1);
      // The lines left out are summarised by the ledger's reasons, in the page's words.
      const a = wording(d.script).apparatus;
      const reasons = new Set(ledger.lines.flatMap((e) => (e.kept === 'dropped' ? [a.dropReason[e.reason as keyof typeof a.dropReason]] : [])));
      const kinds = await page.locator('.cap-omitted__kind').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/ ×\d+$/, '')));
      expect(new Set(kinds.filter((k) => k !== wording(d.script).report.cleaningLabels.metadataLines))).toEqual(reasons);
    });

    test('switching views lands at the same place', async ({ page }) => {
      const block = app.blocks.find((b) => b.block.kind === 'paragraph' && b.anchor === (paragraphs[2] ?? paragraphs[0])!.id)!;
      await page.goto(original);
      await page.locator(`#${block.anchor}`).locator('xpath=preceding-sibling::*[1]').locator('a.para-x__captured').click();
      await expect(page).toHaveURL(new RegExp(`/reports/${slug}/captured/#L${block.line}$`));
      await expect(page.locator(`#L${block.line}:target`)).toHaveCount(1);
      await expect(page.locator(`#L${block.line} .line-text`)).toHaveText(block.raw, { useInnerText: false });
      await page.locator(`#L${block.line} a.cap-x`).click();
      await expect(page).toHaveURL(new RegExp(`/${reportPath(slug)}#${block.anchor}$`));
      await expect(page.locator(`#${block.anchor}:target`)).toHaveCount(1);
      // The header switch: reading → captured → reading.
      await page.locator('.view-switch a[data-view="captured"]').click();
      await expect(page.locator('.view-switch a[data-view="captured"]')).toHaveAttribute('aria-current', 'page');
      await page.locator('.view-switch a[data-view="reading"]').click();
      await expect(page).toHaveURL(new RegExp(`/${reportPath(slug)}$`));
    });

    test('each intervention links to both views at the same place', async ({ page }) => {
      const response = await page.goto(interventions);
      expect(response?.status()).toBe(200);
      await expect(page.locator('li.iv-line')).toHaveCount(app.blocks.length);
      await expect(page.locator('li.iv--restoration')).toHaveCount(d.restorations.length);
      // Every link points at an anchor that exists on its page.
      const hrefs = await page.locator('li.iv-line .iv-line__head a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const pages = new Map<string, Set<string>>();
      for (const href of hrefs) {
        const u = new URL(href);
        const key = u.pathname;
        if (!pages.has(key)) {
          const html = await (await page.request.get(u.origin + key)).text();
          pages.set(key, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
        }
        expect(pages.get(key)!.has(decodeURIComponent(u.hash.slice(1))), href).toBe(true);
      }
      // Follow one: the first restoration if any, else the first paragraph line.
      const b = app.blocks.find((x) => summariseLine(x.edits).restorations.length > 0) ?? app.blocks.find((x) => x.block.kind === 'paragraph')!;
      await page.locator(`#iv-L${b.line} a.iv-to-reading`).click();
      await expect(page).toHaveURL(new RegExp(`/${reportPath(slug)}#${b.anchor}$`));
      await expect(page.locator(`#${b.anchor}:target`)).toHaveCount(1);
      await page.goBack();
      await page.locator(`#iv-L${b.line} a.iv-to-captured`).click();
      await expect(page).toHaveURL(new RegExp(`/reports/${slug}/captured/#L${b.line}$`));
      await expect(page.locator(`#L${b.line}:target`)).toHaveCount(1);
      for (const id of summariseLine(b.edits).restorations) {
        await expect(page.locator(`#L${b.line} .x-garbled[data-restoration="${id}"]`)).toHaveText(d.restorations.find((r) => r.id === id)!.garbled, {
          useInnerText: false,
        });
      }
    });
  });

  // One visit to the reading view for what reads it as it opens (a page load is most of a
  // check's cost), each check a named step.
  test(`${slug}: the reading view: restored punctuation, citation exports and meta tags`, async ({ page }) => {
    await page.goto(original);
    await test.step('the reading view marks restored punctuation without changing the text', async () => {
      const expected = app.blocks.filter((b) => b.block.kind === 'paragraph').reduce((n, b) => n + summariseLine(b.edits).punctuationCount, 0);
      await expect(page.locator('.report-body p.para .reg')).toHaveCount(expected);
      const regs = await page.locator('.report-body p.para .reg').allTextContents();
      expect(new Set(regs).size).toBeGreaterThan(0);
      for (const r of regs) expect('，：；！？（）').toContain(r);
      // Leiden-style brackets are drawn, not written: the text of a restoration is its record.
      for (const r of d.restorations.filter((x) => x.restored !== null)) {
        const ref = page.locator(`#ref-${r.id}`);
        if ((await ref.count()) === 0) continue;
        expect(await ref.textContent()).toBe(r.restored);
        const before = await ref.evaluate((el) => getComputedStyle(el, '::before').content);
        expect(before).toBe({ certain: '"⟨"', inferred: '"["', supplied: '"〔"' }[r.certainty as 'certain' | 'inferred' | 'supplied']);
      }
    });
    await test.step('exports parse with citation-js and carry the right fields', async () => {
      const links = page.locator('#cite .cite-exports a');
      await expect(links).toHaveCount(3);
      const permalink = `${SITE}/${reportPath(slug)}`;
      const types: Record<string, string> = {
        ris: 'application/x-research-info-systems',
        bib: 'application/x-bibtex',
        json: 'application/vnd.citationstyles.csl+json',
      };
      for (const [format, type] of Object.entries(types)) {
        const href = await page.locator(`#cite a.cite-export--${format}`).getAttribute('href');
        expect(href).toBe(`/reports/${slug}/cite.${format}`);
        const response = await page.request.get(href!);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toBe(`${type}; charset=utf-8`);
        const cite = await Cite.async(await response.text());
        expect(cite.data).toHaveLength(1);
        const item = cite.data[0] as Record<string, unknown>;
        expect(item.title).toBe(d.title);
        expect(item.URL).toBe(permalink);
        expect(item['container-title']).toBe(d.outlet ?? undefined);
        const raw = format === 'ris' ? item.reporter : item.author;
        const people = (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) as (string | { literal?: string; family?: string })[];
        expect(people.map((p) => (typeof p === 'string' ? p : (p.literal ?? p.family)))).toEqual(d.authors.map((a) => a.name));
        const year = d.published.stated ? d.published.date.slice(0, 4) : d.published.estimate.slice(0, 4);
        expect(String((item.issued as { 'date-parts': number[][] })['date-parts'][0]![0])).toBe(year);
      }
    });

    await test.step('citation meta tags in <head>', async () => {
      const meta = async (name: string) => page.locator(`head meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content')));
      expect(await meta('citation_title')).toEqual([d.title]);
      expect(await meta('citation_author')).toEqual(d.authors.map((a) => a.name));
      expect(await meta('citation_publication_date')).toEqual([
        d.published.stated ? d.published.date.replace(/-/g, '/') : d.published.estimate.slice(0, 4),
      ]);
      expect(await meta('citation_journal_title')).toEqual(d.outlet ? [d.outlet] : []);
      expect(await meta('citation_publisher')).toEqual(d.outlet ? [d.outlet] : []);
      expect(await meta('citation_public_url')).toEqual([`${SITE}/${reportPath(slug)}`]);
      expect(await meta('citation_abstract_html_url')).toEqual([`${SITE}/${reportPath(slug)}`]);
      expect(await meta('citation_language')).toEqual([d.script]);
    });
  });

  test(`${slug}: no JavaScript on the report, its editions and views`, async ({ request }) => {
    for (const p of [original, converted, captured, interventions]) {
      const html = await (await request.get(p)).text();
      expect(html, p).not.toMatch(/<script\b/i);
      expect(html, p).not.toMatch(/\son[a-z]+=/i);
    }
  });
}

test.describe('glossary', () => {
  test.describe.configure({ timeout: 120_000 });
  test('a term in a report → its entry on /glossary/ → its page → back to the report paragraph', async ({ page }) => {
    const terms = archive.glossary;
    for (const report of reports) {
      await page.goto(`./${reportPath(report.slug)}`);
      const link = page.locator('.report-body p.para a.term').first();
      const term = (await link.getAttribute('data-term'))!;
      const para = await link.evaluate((a) => a.closest('p')!.id);
      const text = (await link.textContent())!;
      const entry = terms.find((t) => t.id === term)!;
      expect(
        [entry.hans, entry.hant, ...(entry.match ?? [])].some((f) => f === text || f === convertTo('zh-Hans', text)),
        text,
      ).toBe(true);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/glossary/#term-${term}$`));
      const article = page.locator(`#term-${term}`);
      await expect(article).toBeInViewport();
      await expect(article.locator('.gl-term__hans')).toHaveText(entry.hans);
      await expect(article.locator('.gl-term__pinyin')).toHaveText(entry.pinyin);
      await article.locator('.gl-term__all a').click();
      await expect(page).toHaveURL(new RegExp(`/glossary/${term}/$`));
      await expect(page.locator('h1 .gl-term__hans')).toHaveText(entry.hans);
      const back = page.locator(`li[data-report="${report.slug}"] a.gl-use--linked`);
      await expect(back).toHaveAttribute('href', `/${reportPath(report.slug)}#${para}`);
      await back.click();
      await expect(page).toHaveURL(new RegExp(`/${reportPath(report.slug)}#${para}$`));
      await expect(page.locator(`#${para}:target a.term[data-term="${term}"]`)).toHaveCount(1);
    }
  });

  test('/glossary/: every entry in both scripts with pinyin, gloss, its counts and first uses; each term page lists every use, each in its paragraph', async ({
    page,
  }) => {
    const terms = archive.glossary;
    // Expected uses from content/: each report's apparatus, in the site's order (capture number).
    const apps = reportsInCaptureOrder().map((r) => apparatusOf(archive, r.slug));
    const expected = usesByTerm(apps, terms);
    const gl = wording('zh-Hans').pages.glossary;
    const response = await page.goto('./glossary/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('article.gl-term')).toHaveCount(terms.length);
    let shownUses = 0;
    for (const t of terms) {
      const a = page.locator(`#term-${t.id}`);
      await expect(a.locator('.gl-term__hans')).toHaveAttribute('lang', 'zh-Hans');
      if (t.hant !== t.hans) await expect(a.locator('.gl-term__hant')).toHaveText(t.hant);
      await expect(a.locator('.gl-term__gloss')).toHaveText(t.zh);
      const list = expected.get(t.id)!;
      const counts = useCounts(list);
      const total = counts.paragraphs + counts.headings;
      if (total === 0) {
        await expect(a.locator('.gl-term__none')).toHaveCount(1);
        continue;
      }
      await expect(a.locator('.gl-term__usage')).toHaveText(gl.usage(counts.reports, counts.paragraphs, counts.headings));
      // The first uses, at most three, in order, then the link to all of them.
      const first = firstUses(list, 3).flatMap((u) => u.links.map((l) => `${u.slug}#${l.heading ? '§' : l.anchor}`));
      expect(first.length).toBe(Math.min(3, total));
      const shown = await a
        .locator('a.gl-use')
        .evaluateAll((els) =>
          els.map((el) => `${el.closest('li')!.dataset.report}#${el.classList.contains('gl-use--heading') ? '§' : el.dataset.anchor}`),
        );
      expect(shown, t.id).toEqual(first);
      shownUses += shown.length;
      await expect(a.locator('.gl-term__all a')).toHaveAttribute('href', `/glossary/${t.id}/`);
      await expect(a.locator('.gl-term__all a')).toHaveText(gl.allUses(total));
    }
    expect(shownUses).toBeGreaterThan(50);

    // Each term's page, read as the server sends it: every report and paragraph the data has,
    // the headings counted, and each paragraph link lands on a paragraph using the term.
    const reportHtml = new Map<string, string>();
    for (const t of terms) {
      const html = await (await page.request.get(`./glossary/${t.id}/`)).text();
      const items = [...html.matchAll(/<li class="gl-use-report" data-report="([^"]+)">(.*?)<\/li>/gs)];
      const list = expected.get(t.id)!;
      expect(
        items.map((m) => m[1]),
        t.id,
      ).toEqual(list.map((u) => u.slug));
      for (const [i, m] of items.entries()) {
        const uses = list[i]!.links;
        const paragraphs = [...m[2]!.matchAll(/<a class="gl-use(?: gl-use--linked)?" href="([^"#]+)#(p\d+)"/g)];
        expect(
          paragraphs.map((p) => p[2]),
          `${t.id} in ${m[1]}`,
        ).toEqual(uses.filter((l) => !l.heading).map((l) => l.anchor));
        expect([...m[2]!.matchAll(/gl-use--heading/g)].length, `${t.id} headings in ${m[1]}`).toBe(uses.filter((l) => l.heading).length);
        for (const [, href, anchor] of paragraphs) {
          if (!reportHtml.has(href!)) reportHtml.set(href!, await (await page.request.get(href!)).text());
          const para = new RegExp(`<p id="${anchor}" class="para">(.*?)</p>`, 's').exec(reportHtml.get(href!)!);
          expect(para, `${href}#${anchor}`).not.toBeNull();
          const text = convertTo('zh-Hans', para![1]!.replace(/<[^>]+>/g, ''));
          expect(
            termForms(t).some((f) => text.includes(f)),
            `${t.id} in ${href}#${anchor}`,
          ).toBe(true);
        }
      }
    }
    // Each report links each term at most once.
    for (const html of reportHtml.values()) {
      const body = html.slice(html.indexOf('class="report-body'));
      const linked = [...body.matchAll(/<a class="term"[^>]*data-term="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(linked).size).toBe(linked.length);
    }
    // The English glossary glosses each term in English.
    await page.goto('./en/glossary/');
    for (const t of terms) await expect(page.locator(`#term-${t.id} .gl-term__gloss`)).toHaveText(t.en);
  });
});

test('changelog: every correction in content/changes.json is listed, and each report shows its own errata', async ({ page }) => {
  const changes = JSON.parse(readFileSync(path.join(ROOT, 'content/changes.json'), 'utf8')) as { report: string; before: string; after: string }[];
  expect(changes.length).toBeGreaterThan(0);
  const response = await page.goto('./changes/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('.changes-empty')).toHaveCount(0);
  await expect(page.locator('li.change')).toHaveCount(changes.length);
  for (const r of reports) {
    const mine = changes.filter((c) => c.report === r.slug);
    await page.goto(`./${reportPath(r.slug)}`);
    await expect(page.locator('.errata li.erratum')).toHaveCount(mine.length);
    if (mine.length > 0) await expect(page.locator('.errata summary')).toContainText(String(mine.length));
    for (const c of mine.filter((x) => x.after !== '')) {
      await expect(page.locator('.errata .change-diff__after', { hasText: c.after }).first()).toBeAttached();
    }
  }
});

test('no JavaScript on the glossary, a term page and the changelog', async ({ page }) => {
  for (const p of ['./glossary/', `./glossary/${archive.glossary[0]!.id}/`, './changes/']) {
    const html = await (await page.request.get(p)).text();
    expect(html, p).not.toMatch(/<script\b/i);
  }
});

test.describe('screenshots of the apparatus', () => {
  const dongying = reports.find((r) => r.slug === 'dongying-shule') ?? reports[0]!;
  const huzhou = reports.find((r) => r.slug === 'huzhou-keping') ?? reports[0]!;
  const shots = [
    { name: 'reading-key-open', path: `./${reportPath(dongying.slug)}`, key: true },
    { name: 'converted-hans', path: convertedPath(dongying.slug, dongying.data.script) },
    { name: 'converted-hant', path: convertedPath(huzhou.slug, huzhou.data.script) },
    { name: 'captured', path: `./reports/${dongying.slug}/captured/` },
    { name: 'interventions', path: `./reports/${dongying.slug}/interventions/` },
    { name: 'glossary', path: './glossary/' },
    { name: 'changes', path: './changes/' },
  ];
  for (const vp of [
    { name: 'desktop', width: 1280, height: 900 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    for (const s of shots) {
      test(`${s.name} ${vp.name}`, async ({ page }, info) => {
        await page.setViewportSize({ width: vp.width, height: vp.height });
        await page.goto(s.path);
        if (s.key) await page.locator('.apparatus-key summary').click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
        await page.screenshot({ path: shot(info, `${s.name}-${vp.name}`), fullPage: s.name !== 'glossary' && s.name !== 'interventions' });
      });
    }
  }
});
