import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { wording } from '../../src/i18n';
import { ROOT, expectedFigures, expectedHeadings, expectedParagraphs, loadReports, reportPath, sha256, noteText } from './support/content';

const reports = loadReports();
// One visit per report checks all of it (a page load is most of a check's cost), each check
// a named step. Report pages are long and some steps walk every mark: minutes on a busy machine.
test.describe.configure({ timeout: 180_000 });

test('there are reports to test', () => {
  expect(reports.length, 'content/reports/*.mdx').toBeGreaterThan(0);
});

for (const report of reports) {
  const d = report.data;
  const url = `./${reportPath(report.slug)}`;
  const paragraphs = expectedParagraphs(report.body);

  test(`report ${report.slug}`, async ({ page }) => {
    const response = await page.goto(url);

    await test.step('renders: status, lang, title, provenance', async () => {
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
      await expect(page.locator('html')).toHaveAttribute('lang', d.script);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(d.title);
      await expect(page).toHaveTitle(`${d.title} · ${d.script === 'zh-Hant' ? '援疆檔案' : '援疆档案'}`);
      if (d.deck) await expect(page.locator('.report-head .deck')).toHaveText(d.deck);

      const prov = page.locator('.provenance');
      const notStated = d.script === 'zh-Hant' ? '原文未註明' : '原文未注明';
      await expect(prov.locator('dd.outlet')).toHaveText(d.outlet ?? notStated);
      await expect(prov.locator('dd.captured-from')).toHaveText(d.capturedFrom ?? notStated);
      for (const v of d.via) await expect(prov).toContainText(v);
      for (const person of [...d.authors, ...d.editors]) await expect(prov).toContainText(person.name);
      await expect(prov.locator('[data-sha256]')).toHaveText(d.source.sha256);
      if (d.published.stated) {
        await expect(prov.locator('.published time')).toHaveAttribute('datetime', new RegExp(`^${d.published.date}`));
      } else {
        await expect(prov.locator('.published')).toContainText(d.published.estimate.split('/').join(' 至 '));
        await expect(prov.locator('.published .evidence li')).toHaveCount(d.published.evidence.length);
        for (const e of d.published.evidence) await expect(prov.locator('.published')).toContainText(noteText(e.note, d.script));
      }
      await expect(prov.locator('.cleaning-numbers data')).toHaveText(Object.values(d.cleaning).map(String));
      await expect(prov.locator('a.raw-capture')).toHaveText(path.basename(d.source.file));
    });

    await test.step('ships no <script> and has unique ids', async () => {
      const html = await (await page.request.get(url)).text();
      expect(html).not.toMatch(/<script\b/i);
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, 'duplicate ids').toEqual([]);
    });

    await test.step('every paragraph is a <p> with its own id and a permalink', async () => {
      expect(paragraphs.length, 'paragraphs in the MDX').toBeGreaterThan(0);
      const rendered = page.locator('.report-body p.para');
      await expect(rendered).toHaveCount(paragraphs.length);
      const ids = await rendered.evaluateAll((ps) => ps.map((p) => p.id));
      expect(ids).toEqual(paragraphs.map((p) => p.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const p of paragraphs.slice(0, 3)) {
        const link = page.locator(`#${p.id} > a.pnum`);
        await expect(link).toHaveAttribute('href', `#${p.id}`);
        await expect(link).toHaveAttribute('aria-hidden', 'true');
        await expect(link).toHaveAttribute('data-pagefind-ignore', '');
      }
    });

    await test.step('headings and lost images are rendered as published', async () => {
      const headings = expectedHeadings(report.body);
      const h = page.locator('.report-body').locator('h2, h3, h4, h5, h6');
      await expect(h).toHaveText(headings.map((x) => x.text));
      for (const f of expectedFigures(report.body)) {
        const fig = page.locator(`figure#${f.id}.lost-image`);
        await expect(fig).toHaveCount(1);
        await expect(fig.locator('figcaption')).toHaveText(f.caption);
        await expect(fig.locator('.lost-image__box')).toHaveText(wording(d.script).report.lostImage);
      }
    });

    await test.step('restorations are marked, link to notes, and the notes show the garbled original', async () => {
      const records = new Map(d.restorations.map((r) => [r.id, r]));
      const marks = paragraphs.flatMap((p) => p.marks);
      // Every record is listed in the notes, with the garbled text exactly as captured.
      await expect(page.locator('.notes li.note')).toHaveCount(d.restorations.length);
      for (const r of d.restorations) {
        const note = page.locator(`#note-${r.id}`);
        await expect(note).toHaveCount(1);
        await expect(note.locator('code.garbled')).toHaveText(r.garbled, { useInnerText: false });
        expect(await note.locator('code.garbled').textContent()).toBe(r.garbled);
        await expect(note.locator('.basis')).toHaveText(noteText(r.basis, d.script));
        if (r.restored !== null) await expect(note.locator('.restored-text')).toHaveText(r.restored);
        await expect(note).toHaveAttribute('data-certainty', r.certainty);
      }
      for (const m of marks) {
        const r = records.get(m.id);
        expect(r, `record for ${m.kind} ${m.id}`).toBeDefined();
        const ref = page.locator(`.report-body #ref-${m.id}`);
        await expect(ref).toHaveCount(1);
        const link = page.locator(`.report-body #ref-${m.id} + sup.note-ref > a`);
        await expect(link).toHaveAttribute('href', `#note-${m.id}`);
        await expect(link).toBeVisible();
        await expect(page.locator(`#note-${m.id} a.note__back`)).toHaveAttribute('href', `#ref-${m.id}`);
        if (m.kind === 'Restored') {
          expect(r?.restored).toBe(m.text);
          await expect(ref).toHaveJSProperty('tagName', 'INS');
          await expect(ref).toHaveText(m.text ?? '');
          // Marked by more than colour: an underline.
          const deco = await ref.evaluate((el) => getComputedStyle(el).textDecorationLine);
          expect(deco).toContain('underline');
        } else {
          expect(r?.restored).toBeNull();
          await expect(ref).toHaveText('〔缺〕');
          await expect(ref).toHaveAttribute('role', 'img');
          await expect(ref).toHaveAttribute('aria-label', /.+/);
        }
      }
      // Following a marker lands on its note, which then shows the garbled original.
      const first = marks[0];
      if (first) {
        await page.locator(`.report-body #ref-${first.id} + sup.note-ref > a`).click();
        await expect(page).toHaveURL(new RegExp(`#note-${first.id}$`));
        await expect(page.locator(`#note-${first.id} code.garbled`)).toBeVisible();
      }
    });

    await test.step('in-page links all resolve', async () => {
      const missing = await page
        .locator('a[href^="#"]')
        .evaluateAll((as) =>
          as.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))).filter((id) => id !== '' && !document.getElementById(id)),
        );
      expect(missing).toEqual([]);
    });

    await test.step('the raw capture downloads byte for byte', async () => {
      const disk = readFileSync(path.join(ROOT, d.source.file));
      expect(sha256(disk), `${d.source.file} on disk vs frontmatter`).toBe(d.source.sha256);

      const link = page.locator('a.raw-capture');
      await expect(link).toHaveAttribute('download', path.basename(d.source.file));
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
      const served = await response.body();
      expect(sha256(served)).toBe(d.source.sha256);
      expect(Buffer.compare(served, disk)).toBe(0);

      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(path.basename(d.source.file));
      const saved = readFileSync(await download.path());
      expect(sha256(saved)).toBe(d.source.sha256);
    });

    await test.step(':target highlights the paragraph', async () => {
      const target = paragraphs[Math.min(1, paragraphs.length - 1)]!;
      const plain = await page.locator(`#${target.id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
      await page.goto(`${url}#${target.id}`);
      const highlighted = await page.locator(`#${target.id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(highlighted).not.toBe(plain);
    });
  });
}
