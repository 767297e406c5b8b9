/**
 * Our own words on every built page: full-width punctuation in Chinese, and one script
 * per page. The report's text, the capture and other quotations are left out (see
 * support/page-text.ts); the captured view, which shows the capture as it is, is left out
 * whole. Reads the files of dist/; no browser needed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ASCII_BETWEEN_HAN } from '../../src/core/punctuation';
import { DIST, htmlFiles } from './support/built-site';
import { pageText } from './support/page-text';
import { foreignTo } from './support/script-forms';

const pages = htmlFiles(DIST)
  .filter((file) => !/[/\\]captured[/\\]index\.html$/.test(file))
  .map((file) => ({ name: path.relative(DIST, file), ...pageText(readFileSync(file, 'utf8')) }));

test('no ASCII , : ; ! ? ( ) between two Han characters in any page’s own words', () => {
  expect(pages.length).toBeGreaterThan(30);
  const found = pages.flatMap((p) =>
    p.runs
      .filter((r) => !r.quoted && ASCII_BETWEEN_HAN.test(r.text))
      .map((r) => `${p.name} ${r.where}: ${r.text.match(ASCII_BETWEEN_HAN)![0]} in ${JSON.stringify(r.text.slice(0, 80))}`),
  );
  expect(found).toEqual([]);
});

const CHINESE = new Set(['zh-Hans', 'zh-Hant']);

test('each Chinese page is in one script outside quotations', () => {
  const chinese = pages.filter((p) => CHINESE.has(p.lang));
  expect(new Set(chinese.map((p) => p.lang))).toEqual(new Set(['zh-Hans', 'zh-Hant']));
  const found = chinese.flatMap((p) =>
    p.runs
      .filter((r) => !r.quoted)
      .flatMap((r) => {
        const chars = [...new Set([...r.text].filter((c) => /\p{Script=Han}/u.test(c) && foreignTo(p.lang as 'zh-Hans' | 'zh-Hant', c)))];
        return chars.length > 0 ? [`${p.name} (${p.lang}) ${r.where}: ${chars.join('')} in ${JSON.stringify(r.text.slice(0, 60))}`] : [];
      }),
  );
  expect(found).toEqual([]);
});
