/**
 * Accessibility (axe) and HTML validity (html-validate) of every built page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { ROOT, loadReports, reportPath } from './support/content';
import { browsePages } from './support/site';

const reports = loadReports();
const pages = [...browsePages(), ...reports.map((r) => `./${reportPath(r.slug)}`), './no-such-page/'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const p of pages) {
      test(p, async ({ page }) => {
        // A report page is long (text, summary panel, notes): on a busy machine axe needs
        // more than the default 30 s there.
        test.slow(p.includes('/reports/'));
        await page.goto(p);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        const summary = results.violations.map((v) => ({
          id: v.id,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
        }));
        expect(summary).toEqual([]);
      });
    }
  });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

test('the built HTML is valid (html-validate)', async () => {
  const dist = path.join(ROOT, 'dist');
  const files = htmlFiles(dist);
  expect(files.length).toBeGreaterThanOrEqual(2 + reports.length);
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
      for (const m of r.messages) problems.push(`${path.relative(dist, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});
