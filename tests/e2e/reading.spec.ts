/**
 * The report page's reading apparatus and the site's other pages, on the root build: a
 * page that opens on its text (measured at two screen sizes), the summary and key figures
 * above it, the programme data after it (from content/programmes), figures and their
 * sentences linked both ways, provenance with the ledger, "cite this", previous/next, the
 * province, region and about pages, and the data endpoints. Expectations come from
 * content/, not from the built pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { isCurated } from '../../src/core/schemas/programme';
import { wording } from '../../src/i18n';
import { editionOf, otherScript, ourWordsIn } from '../../src/lib/apparatus/convert';
import { FIGURE_CSV_COLUMNS, KEY_FIGURE_COUNT, keyFigures } from '../../src/lib/programmes';
import { ROOT, reportPath } from './support/content';
import { paragraphText } from './support/dom';
import { browsePages, parseCsv, programmes, provinces, regions, reportsInCaptureOrder } from './support/site';

const reports = reportsInCaptureOrder();
// Several tests walk every figure or every page: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });
const SITE = process.env.SITE_URL || 'https://yuanjiang-archive.example.org';
const programmeOf = (slug: string) => programmes().find((p) => p.slug === slug)!;

/** The reader-visible text of the paragraph `id` on the current page. */
const paragraph = (page: Page, id: string) => paragraphText(page.locator(`.report-body #${id}`));

test.describe('every page type opens', () => {
  for (const p of browsePages()) {
    test(p, async ({ page }) => {
      const response = await page.goto(p);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.site-nav')).toBeVisible();
    });
  }

  test('no browse page ships client JavaScript', async ({ page }) => {
    for (const p of browsePages()) {
      const html = await (await page.request.get(p)).text();
      expect(html, p).not.toMatch(/<script\b/i);
    }
  });
});

for (const report of reports) {
  const d = report.data;
  const programme = programmeOf(report.slug);
  const url = `./${reportPath(report.slug)}`;
  const hant = d.script === 'zh-Hant';

  // One visit per report for all that reads the page as it opens (a page load is most of a
  // check's cost), each check a named step; following a figure's link, which moves the page, last.
  test(`report ${report.slug}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(url);

    await test.step('programme data: supporter, recipients, period, batch, themes; the editorial summary above the text', async () => {
      const panel = page.locator('section#programme-data');
      await expect(panel).toHaveAttribute('aria-labelledby', 'programme-data-title');
      await expect(page.locator('#programme-data-title')).toHaveText(hant ? '項目數據' : '项目数据');
      await expect(page.locator('section#programme')).toHaveAttribute('aria-labelledby', 'programme-title');
      await expect(page.locator('#programme-title')).toHaveText(hant ? '項目概要' : '项目概要');

      // Supporter: the province, linked to its page; the city as printed.
      const province = provinces().find((p) => p.id === programme.province)!;
      const provinceLink = panel.locator('.supporter a.province-link');
      await expect(provinceLink).toHaveAttribute('href', `/provinces/${province.id}/`);
      await expect(provinceLink).toHaveText(hant ? province.nameHant : province.name);
      if (programme.city) await expect(panel.locator('.supporter .city')).toHaveText(programme.city);

      // Every recipient, linked to its region, primary and secondary told apart.
      const items = panel.locator('li.recipient');
      await expect(items).toHaveCount(programme.recipients.length);
      for (const r of programme.recipients) {
        const item = panel.locator('li.recipient', { has: page.locator('.recipient__name', { hasText: r.name }) }).first();
        await expect(item.locator('.recipient__name')).toHaveAttribute('href', `/regions/${r.region}/`);
        await expect(item).toHaveAttribute('data-primary', String(r.primary));
        await expect(item.locator(`.tag--${r.primary ? 'primary' : 'secondary'}`)).toBeVisible();
        await expect(item.locator('a.anchor-link')).toHaveAttribute('href', `#${r.anchor}`);
      }
      const ours = (text: string) => ourWordsIn(hant ? 'zh-Hant' : 'zh-Hans', text);
      if (!isCurated(programme)) {
        await expect(page.locator('section#programme .editorial__text')).toHaveText(ours(wording('zh-Hans').report.summaryPending));
        await expect(page.locator('section#programme .key-figures')).toHaveCount(0);
        await expect(panel.locator('.period, .batch, ul.themes, dl.figures')).toHaveCount(0);
        return;
      }

      // Period and batch as stated, with their quotes, found in their paragraphs.
      await expect(panel.locator('.period .stated')).toHaveText(programme.period.text);
      await expect(panel.locator('.period q')).toHaveText(programme.period.quote);
      await expect(panel.locator('.period a.anchor-link')).toHaveAttribute('href', `#${programme.period.anchor}`);
      expect(await paragraph(page, programme.period.anchor)).toContain(programme.period.quote);
      if (programme.batch) {
        await expect(panel.locator('.batch .stated')).toHaveText(programme.batch.text);
        await expect(panel.locator('.batch q')).toHaveText(programme.batch.quote);
        expect(await paragraph(page, programme.batch.anchor)).toContain(programme.batch.quote);
      } else {
        await expect(panel.locator('.batch')).toHaveText(hant ? '報道未提批次' : '报道未提批次');
      }
      // Our words are in the page's script.
      await expect(panel.locator('ul.themes > li')).toHaveText(programme.themes.map(ours));

      // The editorial summary, above the text: ours, and says so.
      const editorial = page.locator('section#programme section.editorial');
      await expect(editorial.locator('h3')).toContainText(hant ? '編者摘要' : '编者摘要');
      await expect(editorial.locator('h3 .editorial__tag')).toHaveText(wording(hant ? 'zh-Hant' : 'zh-Hans').report.editorialNote);
      await expect(editorial.locator('.editorial__text')).toHaveText(ours(programme.summary));
    });

    await test.step('programme data: every figure with label, value, quote and a link to its paragraph', async () => {
      if (!isCurated(programme)) return; // no figures: the panel says so (the step above)
      const figures = page.locator('section#programme-data dl.figures > div.figure');
      await expect(figures).toHaveCount(programme.figures.length);
      for (const [i, f] of programme.figures.entries()) {
        const fig = figures.nth(i);
        await expect(fig).toHaveAttribute('id', `fig-${f.id}`);
        await expect(fig.locator('dt.figure__label')).toHaveText(ourWordsIn(hant ? 'zh-Hant' : 'zh-Hans', f.label));
        await expect(fig.locator('dd.figure__value')).toHaveText(f.value);
        await expect(fig.locator('q.figure__quote')).toHaveText(f.quote);
        await expect(fig.locator('q.figure__quote mark')).toHaveText(f.value);
        await expect(fig.locator('a.figure__link')).toHaveAttribute('href', `#${f.anchor}`);
        expect(await paragraph(page, f.anchor), `${f.id}: quote in ${f.anchor}`).toContain(f.quote);
      }
    });

    await test.step('language: our words are in the page’s script, not marked as another', async () => {
      const panel = page.locator('section#programme, section#programme-data');
      for (const sel of ['.editorial__text', 'ul.themes', 'dt.figure__label', 'dt.key-figure__label']) {
        const langs = await panel.locator(sel).evaluateAll((els) => els.map((e) => e.closest('[lang]')?.getAttribute('lang')));
        expect(langs.length, sel).toBeGreaterThan(0);
        for (const l of langs) expect(l, sel).toBe(d.script);
      }
      await expect(page.locator('.site-name')).toHaveText(hant ? '援疆檔案' : '援疆档案');
      // Printed values and quotes stay in the page's own language.
      expect(
        await panel
          .locator('dd.figure__value')
          .first()
          .evaluate((e) => e.closest('[lang]')?.getAttribute('lang')),
      ).toBe(d.script);
    });

    await test.step('provenance: cleaning counts, restored spans listed, ledger published and linked', async () => {
      const prov = page.locator('section#provenance');
      await expect(prov.locator('.restored-spans li')).toHaveCount(d.restorations.length);
      for (const r of d.restorations) {
        const li = prov.locator('.restored-spans li', { has: page.locator(`a[href="#note-${r.id}"]`) });
        await expect(li).toContainText(r.restored ?? '〔缺〕');
      }
      const ledger = prov.locator('a.ledger-link');
      await expect(ledger).toHaveAttribute('href', `/data/ledgers/${report.slug}.json`);
      const response = await page.request.get((await ledger.getAttribute('href'))!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
      const disk = readFileSync(path.join(ROOT, 'content/ledgers', `${report.slug}.json`));
      expect(Buffer.compare(await response.body(), disk)).toBe(0);
      const { version, lines: entries } = (await response.json()) as { version: number; lines: { line: number; kept: string }[] };
      expect(version).toBe(2);
      expect(entries.map((e) => e.line)).toEqual(Array.from({ length: d.source.lines }, (_, i) => i + 1));
      expect(entries.filter((e) => e.kept === 'dropped').length).toBe(d.cleaning.droppedLines);
    });

    await test.step('cite this: permalink, GB/T 7714-2015 and Chicago, with outlet, date and access date', async () => {
      const cite = page.locator('section#cite');
      const permalink = new URL(`/${reportPath(report.slug)}`, SITE).href;
      await expect(cite.locator('a.permalink')).toHaveAttribute('href', permalink);
      await expect(cite.locator('a.permalink')).toHaveText(permalink);
      const accessed = (await cite.getAttribute('data-accessed'))!;
      expect(accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The build date: fixed by ARCHIVE_BUILD_DATE, else the day the site was built.
      if (process.env.ARCHIVE_BUILD_DATE) expect(accessed).toBe(process.env.ARCHIVE_BUILD_DATE);
      else expect(Math.abs(Date.parse(accessed) - Date.now())).toBeLessThan(3 * 86_400_000);
      await expect(cite.locator('.accessed-note')).toContainText(accessed);

      const gbt = (await cite.locator('[data-style="gb-t-7714-2015"]').textContent())!;
      const chicago = (await cite.locator('[data-style="chicago-notes-bibliography"]').textContent())!;
      for (const s of [gbt, chicago]) {
        expect(s).toContain(d.title);
        expect(s).toContain('援疆档案');
        expect(s).toContain(permalink);
        if (d.outlet) expect(s).toContain(d.outlet);
      }
      expect(gbt).toContain('[N/OL]//援疆档案');
      expect(gbt).toContain(`[${accessed}]`);
      expect(chicago).toContain('Accessed ');
      if (d.published.stated) {
        expect(gbt).toContain(d.published.date);
        await expect(cite.locator('.estimated-note')).toHaveCount(0);
      } else {
        expect(gbt).toContain(`[${d.published.estimate}]`);
        expect(chicago).toContain('n.d. [ca. ');
        await expect(cite.locator('.estimated-note')).toBeVisible();
      }
      expect(gbt).toContain('//援疆档案. 援疆档案, ');
      expect(gbt).not.toMatch(/出版者不[详詳]/);
      for (const a of d.authors.slice(0, 3)) expect(gbt).toContain(a.name);
    });

    await test.step('previous and next follow capture order', async () => {
      const i = reports.findIndex((r) => r.slug === report.slug);
      const prev = page.locator('nav.pager a[rel="prev"]');
      const next = page.locator('nav.pager a[rel="next"]');
      if (i === 0) await expect(prev).toHaveCount(0);
      else await expect(prev).toHaveAttribute('href', `/${reportPath(reports[i - 1]!.slug)}`);
      if (i === reports.length - 1) await expect(next).toHaveCount(0);
      else await expect(next).toHaveAttribute('href', `/${reportPath(reports[i + 1]!.slug)}`);
    });

    await test.step('clicking a figure’s source link lands on its paragraph, highlighted, with the quote', async () => {
      if (!isCurated(programme)) return; // no figures
      // The last figure whose paragraph is not the first figure's, so the click must scroll.
      const f = programme.figures[programme.figures.length - 1]!;
      const target = page.locator(`.report-body #${f.anchor}`);
      const other = programme.figures.find((x) => x.anchor !== f.anchor)?.anchor ?? 'p1';
      const plain = await page.locator(`.report-body #${other}`).evaluate((el) => getComputedStyle(el).backgroundColor);

      await page.locator(`#fig-${f.id} a.figure__link`).click();
      await expect(page).toHaveURL(new RegExp(`#${f.anchor}$`));
      expect(await page.evaluate(() => location.hash)).toBe(`#${f.anchor}`);
      expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
      await expect(target).toBeInViewport();
      const style = await target.evaluate((el) => {
        const s = getComputedStyle(el);
        return { background: s.backgroundColor, shadow: s.boxShadow };
      });
      expect(style.background).not.toBe(plain);
      expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.shadow).not.toBe('none');
      expect(await paragraphText(target)).toContain(f.quote);
    });
  });
}

/** Where each edition of a report is: the capture's script, and machine-converted to the other. */
const editions = (slug: string, script: 'zh-Hans' | 'zh-Hant') => [
  { name: 'original', path: `./${reportPath(slug)}` },
  { name: 'converted', path: `./reports/${slug}/${editionOf(otherScript(script))}/` },
];

test.describe('the page opens on the report', () => {
  // The first screen at 1280×900; within two screens on a 390×844 phone.
  const screens = [
    { width: 1280, height: 900, screens: 1 },
    { width: 390, height: 844, screens: 2 },
  ];
  for (const vp of screens) {
    test(`${vp.width}×${vp.height}: the first paragraph starts within ${vp.screens} screen(s), every report, both editions`, async ({ page }) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      for (const report of reports) {
        for (const edition of editions(report.slug, report.data.script)) {
          await page.goto(edition.path);
          const top = await page
            .locator('.report-body p.para')
            .first()
            .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
          expect(top, `${report.slug} ${edition.name}: the first paragraph's top, in px`).toBeLessThan(vp.height * vp.screens);
        }
      }
    });
  }

  for (const report of reports) {
    const programme = programmeOf(report.slug);
    test(`${report.slug}: above the text only the head, one line of provenance, the summary and the key figures; the apparatus after it`, async ({
      page,
    }) => {
      await page.goto(`./${reportPath(report.slug)}`);
      // The byline ends with the raw capture and the number of interventions, which is the
      // interventions view's own total.
      const byline = page.locator('.report-head .byline');
      await expect(byline.locator('a.report-sources__raw')).toHaveAttribute('href', `/sources/${path.basename(report.data.source.file)}`);
      const interventions = byline.locator('a.report-sources__interventions');
      await expect(interventions).toHaveAttribute('href', `/reports/${report.slug}/interventions/`);
      const shown = Number(/\d+/.exec((await interventions.textContent())!)![0]);
      await interventions.click();
      const listed = await page.locator('.iv-totals data').evaluateAll((ds) => ds.map((d) => Number(d.getAttribute('value'))));
      expect(listed.length).toBeGreaterThan(0);
      expect(shown).toBe(listed.reduce((x, y) => x + y, 0));
      await page.goBack();

      // At most KEY_FIGURE_COUNT key figures, the first of the record, each linked to its paragraph.
      if (!isCurated(programme)) return;
      const key = keyFigures(programme);
      expect(key.length).toBeLessThanOrEqual(KEY_FIGURE_COUNT);
      const cards = page.locator('#programme .key-figure');
      await expect(cards).toHaveCount(key.length);
      for (const [i, f] of key.entries()) {
        await expect(cards.nth(i).locator('.key-figure__value')).toHaveText(f.value);
        await expect(cards.nth(i).locator('a.figure__link')).toHaveAttribute('href', `#${f.anchor}`);
      }
      await expect(page.locator('#programme .key-figures__all a')).toContainText(String(programme.figures.length));

      // Order on the page: the head and the summary, the text, then the apparatus.
      const order = await page.evaluate(() => {
        const text = document.getElementById('text')!;
        const where = (id: string) => {
          const el = document.getElementById(id);
          if (!el) return 'missing';
          return text.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
        };
        return Object.fromEntries(['programme', 'programme-data', 'provenance', 'notes', 'cite', 'figures-title'].map((id) => [id, where(id)]));
      });
      expect(order).toEqual({
        programme: 'before',
        'programme-data': 'after',
        provenance: 'after',
        notes: 'after',
        cite: 'after',
        'figures-title': 'after',
      });
      const errata = page.locator('.errata');
      if ((await errata.count()) > 0)
        expect(
          await errata.evaluate((el) => Boolean(document.getElementById('text')!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)),
        ).toBe(true);
    });

    test(`${report.slug}: the contents list links every section, in page order, and each link lands on it`, async ({ page }) => {
      await page.goto(`./${reportPath(report.slug)}`);
      const links = page.locator('nav.toc a');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const expected = [
        '#programme',
        '#text',
        '#programme-data',
        ...((await page.locator('#errata').count()) > 0 ? ['#errata'] : []),
        '#provenance',
        '#notes',
        '#cite',
      ];
      expect(hrefs).toEqual(expected);
      const tops = await page.evaluate((ids) => ids.map((h) => document.getElementById(h.slice(1))!.getBoundingClientRect().top + window.scrollY), hrefs);
      expect([...tops].sort((a, b) => a - b)).toEqual(tops);
      // Each, followed: its section in view.
      for (const href of hrefs) {
        await links.locator(`xpath=self::*[@href="${href}"]`).click();
        await expect(page).toHaveURL(new RegExp(`${href}$`));
        await expect(page.locator(href)).toBeInViewport();
      }
    });

    test(`${report.slug}: each figure and its sentence lead to each other`, async ({ page }) => {
      if (!isCurated(programme)) return test.skip(true, 'not curated: no figures yet');
      await page.goto(`./${reportPath(report.slug)}`);
      for (const f of programme.figures) {
        // In the paragraph: a mark after the sentence, linking to the figure; it adds no text.
        const mark = page.locator(`.report-body #${f.anchor} sup.fig-ref a[href="#fig-${f.id}"]`);
        await expect(mark, f.id).toHaveCount(1);
        expect(await mark.textContent()).toBe('');
        await expect(mark).toHaveAttribute('aria-label', new RegExp(`^${report.data.script === 'zh-Hant' ? '數' : '数'}`));
        const before = await page.locator(`.report-body #${f.anchor}`).evaluate((p, m) => {
          const range = document.createRange();
          range.setStart(p, 0);
          range.setEndBefore(p.querySelector(`a[href="#fig-${m}"]`)!.parentElement!);
          const clone = range.cloneContents();
          clone.querySelectorAll('.pnum, .note-ref').forEach((n) => n.remove());
          return clone.textContent ?? '';
        }, f.id);
        expect(before.endsWith(f.quote), `${f.id}: the mark follows its quote`).toBe(true);
      }
      // Following a mark lands on its figure, highlighted; its link leads back to the paragraph.
      const f = programme.figures[programme.figures.length - 1]!;
      await page.locator(`.report-body #${f.anchor} sup.fig-ref a[href="#fig-${f.id}"]`).click();
      const figure = page.locator(`#fig-${f.id}`);
      await expect(figure).toBeInViewport();
      expect(await figure.evaluate((el) => el.matches(':target'))).toBe(true);
      expect(await figure.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      await figure.locator('a.figure__link').click();
      await expect(page.locator(`.report-body #${f.anchor}`)).toBeInViewport();
      // On the converted edition the marks lead to the figures on the original page.
      await page.goto(editions(report.slug, report.data.script)[1]!.path);
      await expect(page.locator(`.report-body #${f.anchor} sup.fig-ref a`).first()).toHaveAttribute(
        'href',
        new RegExp(`^/${reportPath(report.slug)}#fig-`),
      );
    });

    test(`${report.slug}: links and find-in-page reach into the sections after the text`, async ({ page }) => {
      const note = report.data.restorations[0];
      const figure = programme.figures?.[0];
      for (const id of ['cite', ...(figure ? [`fig-${figure.id}`] : []), ...(note ? [`note-${note.id}`] : [])]) {
        await page.goto(`./${reportPath(report.slug)}#${id}`);
        await expect(page.locator(`#${id}`), id).toBeInViewport();
      }
      // Find in page (window.find, as the browser's own) finds words in the sections after the text.
      await page.goto(`./${reportPath(report.slug)}`);
      const words = (await page.locator('#cite .cite__notes .accessed-note').textContent())!.slice(0, 12);
      // window.find is Chromium's, not in TypeScript's DOM types.
      expect(await page.evaluate((w) => (window as unknown as { find(text: string): boolean }).find(w), words)).toBe(true);
      expect(await page.evaluate(() => window.getSelection()!.anchorNode!.parentElement!.closest('section')?.id)).toBe('cite');
    });
  }
});

test('following “next” from the first report visits every report once, in capture order', async ({ page }) => {
  await page.goto(`./${reportPath(reports[0]!.slug)}`);
  const seen = [reports[0]!.slug];
  while ((await page.locator('nav.pager a[rel="next"]').count()) > 0) {
    await page.locator('nav.pager a[rel="next"]').click();
    seen.push(new URL(page.url()).pathname.split('/')[2]!);
  }
  expect(seen).toEqual(reports.map((r) => r.slug));
});

test.describe('region pages', () => {
  for (const region of regions().regions) {
    test(`${region.id}: explains its kind and names what each report names there`, async ({ page }) => {
      await page.goto(`./regions/${region.id}/`);
      const kind = regions().kinds[region.kind];
      await expect(page.locator('.region-kind')).toHaveAttribute('data-kind', region.kind);
      await expect(page.locator('.kind-note')).toContainText(kind.description ?? '');
      if (region.description) await expect(page.locator('.lede')).toHaveText(region.description);
      else await expect(page.locator('.lede')).toHaveCount(0);
      for (const p of programmes()) {
        const named = p.recipients.filter((r) => r.region === region.id);
        const item = page.locator(`.report-list > li[data-slug="${p.slug}"]`);
        await expect(item).toHaveCount(named.length > 0 ? 1 : 0);
        for (const r of named) {
          const li = item.locator('.named li', { hasText: r.name });
          await expect(li).toHaveAttribute('data-primary', String(r.primary));
          await expect(li.locator('a.anchor-link')).toHaveAttribute('href', `/reports/${p.slug}/#${r.anchor}`);
        }
      }
    });
  }
});

test('province pages group reports by the city that leads', async ({ page }) => {
  for (const province of provinces()) {
    await page.goto(`./provinces/${province.id}/`);
    for (const p of programmes().filter((x) => x.province === province.id)) {
      const group = page.locator('section.group', { has: page.locator(`li[data-slug="${p.slug}"]`) });
      await expect(group).toHaveCount(1);
      const heading = (await group.locator('h2').textContent())!;
      if (p.city === null) expect(heading).toContain(province.name);
      else expect(heading).toContain(p.city.replace('東營', '东营'));
    }
  }
});

test('about: pipeline steps, certainty levels, raw captures and ledgers, search section', async ({ page }) => {
  await page.goto('./about/');
  for (const step of ['chrome', 'metadata', 'mojibake', 'pinyin', 'punctuation', 'structure', 'safety', 'anchors']) {
    await expect(page.locator(`#step-${step} h3`)).toBeVisible();
  }
  await expect(page.locator('#certainty')).toContainText('确定');
  await expect(page.locator('#certainty')).toContainText('推断');
  await expect(page.locator('#certainty')).toContainText('补入');
  await expect(page.locator('#certainty')).toContainText('〔缺〕');
  // What is true of the repairs, not an overclaim: every one has a basis and a certainty.
  await expect(page.locator('#editorial')).toContainText('正文以抓取为准');
  await expect(page.locator('#editorial')).not.toContainText('不增一字');
  await expect(page.locator('main')).not.toContainText('不靠猜测');
  for (const r of reports) {
    const row = page.locator(`table.captures tr[data-slug="${r.slug}"]`);
    await expect(row.locator('a.raw-capture')).toHaveAttribute('href', `/sources/${path.basename(r.data.source.file)}`);
    await expect(row.locator('a.ledger-link')).toHaveAttribute('href', `/data/ledgers/${r.slug}.json`);
  }
  await expect(page.locator('section#search h2')).toHaveText('搜索如何工作');
});

test.describe('data endpoints', () => {
  test('/data/programmes.json: every programme with the required fields', async ({ page }) => {
    const response = await page.request.get('./data/programmes.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
    const data = (await response.json()) as Record<string, unknown>[];
    const expected = programmes();
    expect(data.map((p) => p.slug)).toEqual(expected.map((p) => p.slug));
    for (const p of data) {
      const source = expected.find((x) => x.slug === p.slug)!;
      const curation = isCurated(source) ? ['period', 'batch', 'editorialSummary'] : [];
      for (const key of ['slug', 'title', 'province', 'city', 'recipients', ...curation, 'themes', 'figures', 'source', 'report']) {
        expect(p, `${String(p.slug)}.${key}`).toHaveProperty(key);
      }
      expect(p.province).toBe(source.province);
      expect((p.recipients as unknown[]).length).toBe(source.recipients.length);
      expect((p.figures as { value: string; quote: string; permalink: string }[]).map((f) => f.value)).toEqual((source.figures ?? []).map((f) => f.value));
      expect(p.editorialSummary).toBe(source.summary);
      expect(p.report).toBe(`/reports/${source.slug}/`);
    }
  });

  test('/data/figures.csv: a header and one row per figure', async ({ page }) => {
    const response = await page.request.get('./data/figures.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual([...FIGURE_CSV_COLUMNS]);
    const expected = programmes().flatMap((p) => (p.figures ?? []).map((f) => ({ slug: p.slug, f })));
    expect(rows.length - 1).toBe(expected.length);
    const col = (name: (typeof FIGURE_CSV_COLUMNS)[number]) => FIGURE_CSV_COLUMNS.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      const { slug, f } = expected[i]!;
      expect(row).toHaveLength(FIGURE_CSV_COLUMNS.length);
      expect(row[col('slug')]).toBe(slug);
      expect(row[col('figure_id')]).toBe(f.id);
      expect(row[col('value')]).toBe(f.value);
      expect(row[col('quote')]).toBe(f.quote);
      expect(row[col('permalink')]).toBe(`/reports/${slug}/#${f.anchor}`);
    });
  });
});
