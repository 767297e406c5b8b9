/**
 * Screenshots for human review (test-results/screenshots/): home and every report, desktop
 * and a 390px phone, in light; the home page and two reports' parts in dark too. Besides saving them, check that nothing overflows
 * sideways and that CJK text is set in a real CJK face (tofu would mean missing fonts).
 */
import path from 'node:path';
import { expect, test, type TestInfo } from '@playwright/test';
import { loadReports, reportPath } from './support/content';
import { settled } from './support/dom';
import { provinces, regions } from './support/site';

const reports = loadReports();
const pages = [
  { name: 'home', path: './' },
  ...reports.map((r) => ({ name: r.slug, path: `./${reportPath(r.slug)}` })),
  { name: 'provinces', path: './provinces/' },
  ...provinces().map((p) => ({ name: `province-${p.id}`, path: `./provinces/${p.id}/` })),
  { name: 'regions', path: './regions/' },
  ...regions().regions.map((r) => ({ name: `region-${r.id}`, path: `./regions/${r.id}/` })),
  { name: 'about', path: './about/' },
  { name: '404', path: './no-such-page/' },
];
/** Viewport-sized shots of parts of a report page: one report in each script. */
const reportParts = ['shandong-12th-division', 'huzhou-keping'].filter((slug) => reports.some((r) => r.slug === slug));
const parts = [
  { name: 'top', locate: null },
  { name: 'panel', locate: '#programme-data' },
  { name: 'figures', locate: '#programme-data .figures' },
  { name: 'cite', locate: '#cite' },
] as const;
const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const schemes = ['light', 'dark'] as const;

/** test-results/screenshots/<name> (outside the per-test folders, which are wiped). */
const shot = (info: TestInfo, name: string) => path.join(info.project.outputDir, 'screenshots', name);

/**
 * One mode proves each point: every page is laid out and shot in light at both sizes
 * (sideways overflow is a layout matter, the CJK face a font matter); dark, which only
 * changes colours, is shot for the home page and the report parts.
 */
const modes = viewports.flatMap((vp) => schemes.map((scheme) => ({ vp, scheme })));
for (const { vp, scheme } of modes) {
  test.describe(`${vp.name} ${scheme}`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height }, colorScheme: scheme });

    for (const slug of reportParts) {
      test(`${slug}: viewport shots of the top, the summary panel, the figures, a highlighted paragraph, the citation`, async ({ page }, testInfo) => {
        await page.goto(`./${reportPath(slug)}`);
        for (const part of parts) {
          if (part.locate) await page.locator(part.locate).evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await page.screenshot({ path: shot(testInfo, `${slug}-${part.name}-${vp.name}-${scheme}.png`) });
        }
        // A figure's source link, followed: the paragraph it lands on, once it has settled.
        await page.locator('#programme a.figure__link').first().click();
        await expect(page.locator('.report-body :target')).toBeInViewport();
        await settled(page);
        await page.screenshot({ path: shot(testInfo, `${slug}-target-${vp.name}-${scheme}.png`) });
      });
    }

    for (const p of scheme === 'light' ? pages : pages.filter((x) => x.name === 'home')) {
      test(`${p.name}`, async ({ page }, testInfo) => {
        await page.goto(p.path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
        const fontOk = await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', '援疆'));
        expect(fontOk, 'a CJK font is available (fonts-noto-cjk)').toBe(true);
        await page.screenshot({
          path: shot(testInfo, `${p.name}-${vp.name}-${scheme}.png`),
          fullPage: true,
        });
      });
    }
  });
}

test('print stylesheet hides navigation and paragraph numbers, keeps the summary and citation', async ({ page }) => {
  const r = reports[0];
  test.skip(!r, 'no reports yet');
  await page.goto(`./${reportPath(r!.slug)}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  const pnum = page.locator('.pnum').first();
  if (await pnum.count()) await expect(pnum).toBeHidden();
  // The apparatus prints; page navigation does not.
  await expect(page.locator('#programme')).toBeVisible();
  await expect(page.locator('#programme-data')).toBeVisible();
  await expect(page.locator('#cite')).toBeVisible();
  await expect(page.locator('nav.toc')).toBeHidden();
  await expect(page.locator('nav.pager')).toBeHidden();
  await page.pdf({ path: shot(test.info(), `${r!.slug}-print.pdf`) });
});
