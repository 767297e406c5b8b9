/**
 * Accessibility (axe) of every built page with every rule (of the kinds with a page per
 * glossary term, per page of the list of all reports or per group of the charts, one:
 * support/built-site.ts sweptPages), the search page in each of its states, and the 404 —
 * which between them cover every page type in both scripts and in English. Dark changes
 * colours only, so on one page of each kind (the one with the most markup), one search with
 * results in each language and the 404, the same visit then switches to dark and runs the
 * rules that depend on colour again. The same visit checks that the page asks nothing of
 * another origin, breaks no rule of the CSP and has the security headers
 * (support/origin-guard.ts), so each page loads once for all of it. And HTML validity
 * (html-validate) of every built file. This is the one place axe runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { DIST, htmlFiles, pagePerKind, sweptPages } from './support/built-site';
import { expectSecurityHeaders, watchOrigin } from './support/origin-guard';

/** The search page with results in each script, with partial matches only, with none. */
const SEARCHES = [
  './search/?q=医疗',
  './search/?q=醫療',
  './search/?q=援疆&province=zhejiang',
  './search/?q=医院医疗',
  './search/?q=火星探测器',
  // Latin letters the Chinese text lacks: the offer of the English search.
  './search/?q=cardiology',
  './en/search/?q=hospitals',
  './en/search/?q=hospital&province=zhejiang',
  './en/search/?q=xylophone',
  // Chinese on the English page: the offer of the Chinese search, the quoted Chinese marked.
  './en/search/?q=疏勒',
];
const PAGES = [...sweptPages(), ...SEARCHES, './no-such-page/'];
const ALSO_DARK = new Set([...pagePerKind(), SEARCHES[0]!, './en/search/?q=hospitals', './no-such-page/']);
/** The axe rules whose outcome depends on the colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The violations axe finds, in short: the rule, its help and the first few nodes. */
async function violations(axe: AxeBuilder): Promise<{ id: string; help: string; nodes: string[] }[]> {
  const results = await axe.analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

test.describe('axe', () => {
  test.use({ colorScheme: 'light' });
  for (const p of PAGES) {
    test(p, async ({ page, baseURL }) => {
      // A report page is long (text, summary panel, notes): on a busy machine axe needs
      // more than the default 30 s there.
      test.slow(p.includes('/reports/') || p.includes('?q='));
      const origin = watchOrigin(page, new URL(baseURL!).origin);
      const response = await page.goto(p);
      if (p.includes('?q=')) {
        await expect(page.locator('#search-results .hit, #search-results .search-empty').first()).toBeVisible();
        await expect(page.locator('#search-results')).not.toHaveAttribute('aria-busy');
      }
      // Open the key to the editorial marks where there is one, so its samples and the
      // highlighting it switches on are checked too.
      const key = page.locator('.apparatus-key summary');
      if ((await key.count()) > 0) await key.first().click();
      // Our pages have no frames (checked here), so axe can run in the page itself
      // (legacy mode) rather than in every frame and then again in a blank page to merge
      // the results; and only violations are collected. Together that halves axe's time.
      expect(page.frames(), 'a page with frames needs axe to run in each frame').toHaveLength(1);
      // label-content-name-mismatch (WCAG 2.5.3, label in name) is one of axe's experimental
      // rules, off unless asked for by name. options() replaces what withRules()/withTags()
      // set, so it comes first.
      const all = new AxeBuilder({ page })
        .setLegacyMode(true)
        .options({ resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
      expect(await violations(all), 'light').toEqual([]);
      if (ALSO_DARK.has(p)) {
        const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        const light = await background();
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await background(), 'the page turned dark').not.toBe(light);
        const colour = new AxeBuilder({ page })
          .setLegacyMode(true)
          .options({ resultTypes: ['violations'] })
          .withRules(COLOUR_RULES);
        expect(await violations(colour), 'dark').toEqual([]);
      }
      expectSecurityHeaders(response);
      expect(origin.foreign, 'requests to other origins').toEqual([]);
      expect(origin.violations, 'CSP violations').toEqual([]);
    });
  }
});

test('the pages axe checks are in every language: both scripts and English', () => {
  const langOf = (file: string) => /<html lang="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
  const checked = new Set(sweptPages().map((p) => path.join(DIST, p, 'index.html')));
  const langs = new Set(
    htmlFiles(DIST)
      .filter((f) => checked.has(f))
      .map(langOf),
  );
  expect([...langs].sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
});

test('the built HTML is valid (html-validate)', async () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(30);
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes `<!DOCTYPE html>`; typographic quotes in Chinese text are content.
      'doctype-style': 'off',
      'no-trailing-whitespace': 'off',
      'attribute-boolean-style': 'off',
      'no-inline-style': 'off',
      'no-redundant-role': 'off',
    },
  });
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const r of report.results) {
      for (const m of r.messages) problems.push(`${path.relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});
