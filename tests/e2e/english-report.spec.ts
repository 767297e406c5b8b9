/**
 * The English translation of each report on the built site (/en/reports/<slug>/ and its
 * parallel view), against the Chinese page built from the same content: the same block
 * ids and restoration marks, every number of a Chinese paragraph in its English one, two
 * columns or one in the parallel view, no script, and citation files that parse. Which
 * reports are translated is read from content/translations/en/.
 */
import { expect, test, type Page } from '@playwright/test';
import { hanRuns } from '../../src/core/han';
import { loadArchive } from '../helpers/content';
import { missingNumbers } from '../helpers/translation-numbers';
import { ROOT } from './support/content';

const archive = loadArchive(ROOT);
const translated = archive.reports.filter((r) => archive.translations.has(r.id));
test.describe.configure({ timeout: 90_000 });

test('every report has its English translation', () => {
  expect(translated.map((r) => r.id).sort()).toEqual(archive.reports.map((r) => r.id).sort());
});

/** The ids of the text's blocks (paragraphs, headings, captions) and of its marks, in order. */
async function textIds(page: Page): Promise<{ blocks: string[]; marks: string[] }> {
  return page.locator('.report-body').evaluate((body) => {
    const ids = [...body.querySelectorAll('[id]')].map((e) => e.id);
    return { blocks: ids.filter((id) => !id.startsWith('ref-')), marks: ids.filter((id) => id.startsWith('ref-')) };
  });
}

/** Each paragraph's text as a reader sees it, without its number in the margin and the marks' note references. */
async function paragraphTexts(page: Page): Promise<Map<string, string>> {
  const texts = await page.locator('.report-body p.para[id]').evaluateAll((ps) =>
    ps.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.pnum, sup').forEach((e) => e.remove());
      return [p.id, copy.textContent ?? ''] as const;
    }),
  );
  return new Map(texts);
}

/** Every form of each glossary term (Simplified, Traditional, variants, matched forms) → the term. */
const termOfForm = new Map(archive.glossary.flatMap((t) => [t.hans, t.hant, ...t.variants, ...(t.match ?? [])].map((form) => [form, t.id] as const)));

test('the English text links the first quotation of each glossary term to its English entry, and only the first', async ({ page }) => {
  await page.goto('./en/glossary/');
  const entries = new Set(await page.locator('[id^="term-"]').evaluateAll((els) => els.map((e) => e.id)));
  for (const report of translated) {
    const translation = archive.translations.get(report.id)!;
    // The terms the translation quotes in its paragraphs (a run of Chinese, as the page marks it), from the file.
    const quoted = new Set(
      Object.entries(translation.blocks)
        .filter(([id]) => /^p\d+$/.test(id))
        .flatMap(([, text]) => hanRuns(text).map((run) => (run.han ? termOfForm.get(run.text) : undefined)))
        .filter((t) => t !== undefined),
    );
    await page.goto(`./en/reports/${report.id}/`);
    const links = await page
      .locator('.report-body a.term')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent, lang: a.getAttribute('lang') })));
    const linked = links.map((l) => termOfForm.get(l.text));
    expect(new Set(linked), report.id).toEqual(quoted);
    expect(linked.length, `${report.id}: each term linked once`).toBe(quoted.size);
    for (const [i, l] of links.entries()) {
      expect(l.href).toBe(`/en/glossary/#term-${linked[i]}`);
      expect(entries.has(`term-${linked[i]}`)).toBe(true);
      expect(l.lang).toBe(report.data.script);
    }
  }
});

for (const report of translated) {
  const slug = report.id;
  const zh = `./reports/${slug}/`;
  const en = `./en/reports/${slug}/`;
  const parallel = `${en}parallel/`;

  test.describe(`English ${slug}`, () => {
    // One visit to each page for the three comparisons (a page load is most of a check's cost).
    test('against the Chinese page: block ids and marks, numbers, and the links between them', async ({ page }) => {
      const t = archive.translations.get(slug)!;
      await page.goto(zh);
      const chineseIds = await textIds(page);
      const chineseTexts = await paragraphTexts(page);
      await test.step('the Chinese page links the translation and its parallel view', async () => {
        await expect(page.locator('.view-switch a[data-edition="translation"][hreflang="en"]')).toHaveAttribute('href', `/en/reports/${slug}/`);
        await expect(page.locator('.view-switch a[data-view="parallel"][hreflang="en"]')).toHaveAttribute('href', `/en/reports/${slug}/parallel/`);
        await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `/en/reports/${slug}/`);
      });

      const response = await page.goto(en);
      await test.step('has every block id of the Chinese page, in order, and no other; every restoration mark and gap', async () => {
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        const english = await textIds(page);
        expect(english.blocks).toEqual(chineseIds.blocks);
        expect(english.marks).toEqual(chineseIds.marks);
        for (const id of english.marks) {
          const note = id.replace(/^ref-/, 'note-');
          await expect(page.locator(`#${id} + sup a`)).toHaveAttribute('href', `#${note}`);
          await expect(page.locator(`#${note}`)).toHaveCount(1);
        }
      });

      await test.step('prints every year, date and count of a Chinese paragraph in its English one', async () => {
        const english = await paragraphTexts(page);
        expect(chineseTexts.size).toBeGreaterThan(0);
        const missing = [...chineseTexts].flatMap(([id, text]) => missingNumbers(text, english.get(id) ?? '').map((n) => `${id}: ${n}`));
        expect(missing).toEqual([]);
      });

      await test.step('says whose translation it is and links the Chinese editions and the parallel view', async () => {
        await expect(page.locator('h1')).toHaveText(t.title);
        await expect(page.locator('.translation-label')).toContainText('not an official one');
        if (report.data.outlet) await expect(page.locator(`.translation-label [lang="${report.data.script}"]`)).toHaveText(report.data.outlet);
        await expect(page.locator(`.language-links a[hreflang="${report.data.script}"]`)).toHaveAttribute('href', `/reports/${slug}/`);
        await expect(page.locator('.language-links a[href$="/parallel/"]')).toHaveCount(1);
        await expect(page.locator('#translator-note')).toContainText(t.note);
        await expect(page.locator(`head link[rel="alternate"][hreflang="${report.data.script}"]`)).toHaveAttribute('href', `/reports/${slug}/`);
      });
    });

    test('the English page and the parallel view ship no script', async ({ request }) => {
      for (const url of [en, parallel]) expect(await (await request.get(url)).text(), url).not.toMatch(/<script\b/i);
    });

    test('parallel view: pairs side by side at 1280 px, Chinese above English at 390 px; #p7 shows the pair', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(parallel);
      const pairs = page.locator('.pair');
      await expect(pairs).toHaveCount(Object.keys(archive.translations.get(slug)!.blocks).length);
      const boxes = async () =>
        pairs.evaluateAll((rows) =>
          rows.map((row) => {
            const [a, b] = [row.querySelector('.pair__zh')!, row.querySelector('.pair__en')!].map((e) => e.getBoundingClientRect());
            return { id: row.id, zh: { top: a!.top, bottom: a!.bottom, left: a!.left }, en: { top: b!.top, left: b!.left } };
          }),
        );
      for (const b of await boxes()) {
        expect(Math.abs(b.en.top - b.zh.top), `${b.id}: tops`).toBeLessThanOrEqual(3);
        expect(b.en.left, `${b.id}: English to the right`).toBeGreaterThan(b.zh.left + 200);
      }
      await expect(page.locator('.pair__zh').first()).toHaveAttribute('lang', report.data.script);

      await page.setViewportSize({ width: 390, height: 844 });
      for (const b of await boxes()) {
        expect(b.en.top, `${b.id}: English below Chinese`).toBeGreaterThanOrEqual(b.zh.bottom - 1);
        expect(Math.abs(b.en.left - b.zh.left), `${b.id}: one column`).toBeLessThanOrEqual(1);
      }

      if (archive.translations.get(slug)!.blocks.p7) {
        await page.goto(`${parallel}#p7`);
        await expect(page.locator('#p7')).toBeInViewport();
        await expect(page.locator('#p7 .pair__en')).toBeInViewport();
      }
    });

    test('cite files of the translation parse: RIS type line, balanced BibTeX, CSL-JSON with translator and original title', async ({ request }) => {
      const ris = await (await request.get(`${en}cite.ris`)).text();
      expect(ris.split('\r\n')[0]).toBe('TY  - ELEC');
      expect(ris).toContain('\r\nA4  - 援疆档案\r\n');
      const bib = await (await request.get(`${en}cite.bib`)).text();
      const unescaped = bib.replace(/\\[{}]/g, '');
      let depth = 0;
      for (const c of unescaped) {
        depth += c === '{' ? 1 : c === '}' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      expect(bib).toMatch(/^@online\{/);
      expect(bib).toContain('translator = {{援疆档案}}');
      const [item] = JSON.parse(await (await request.get(`${en}cite.json`)).text()) as Record<string, unknown>[];
      expect(item).toMatchObject({
        language: 'en',
        translator: [{ literal: '援疆档案' }],
        'original-title': report.data.title,
        URL: expect.stringMatching(new RegExp(`/en/reports/${slug}/$`)),
      });
    });
  });
}
