/**
 * Our own words on every built page: full-width punctuation in Chinese, one script per
 * page, and no English on the Chinese pages. The report's text, the capture and other
 * quotations are left out (see support/page-text.ts); the captured view, which shows the
 * capture as it is, is left out whole from the first two. Reads the files of dist/; no
 * browser needed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ASCII_BETWEEN_HAN } from '../../src/core/punctuation';
import { DIST, htmlFiles } from './support/built-site';
import { pageText } from './support/page-text';
import { foreignTo } from './support/script-forms';

const allPages = htmlFiles(DIST).map((file) => ({ name: path.relative(DIST, file), ...pageText(readFileSync(file, 'utf8')) }));
const pages = allPages.filter((p) => !/(^|[/\\])captured[/\\]index\.html$/.test(p.name));

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

/** Elements of a Chinese page that may be marked English: each holds nothing but a name or a reference quoted as it is. */
const ENGLISH_ALLOWED: readonly { where: string; text?: string; why: string }[] = [
  { where: 'a.lang-switch', why: 'the language switch names the other language in itself' },
  { where: 'a', text: 'Pagefind', why: 'the search tool, by its name' },
  { where: 'p.citation', why: 'the Chicago citation, a reference in an English style as the style prescribes (GB/T 7714 stands beside it)' },
];
/** Three or more words of Latin letters in a row (hex byte values such as “AE BF” are codes, not words). */
const LATIN_WORDS = /[A-Za-z]*[a-z][A-Za-z]*(?:['’-][A-Za-z]+)*(?:[\s,;:.!?"“”()]*\s[\s,;:.!?"“”()]*[A-Za-z]*[a-z][A-Za-z]*(?:['’-][A-Za-z]+)*){2,}/;

test('the Chinese pages show only Chinese: no English beside it, outside quotations and the allowed names', () => {
  const chinese = allPages.filter((p) => CHINESE.has(p.lang) && !p.name.startsWith(`en${path.sep}`));
  expect(chinese.some((p) => p.name.endsWith(`captured${path.sep}index.html`))).toBe(true);
  const english = chinese.flatMap((p) =>
    p.marked
      .filter((m) => m.lang === 'en' && !ENGLISH_ALLOWED.some((a) => a.where === m.where && (a.text === undefined || a.text === m.text)))
      .map((m) => `${p.name} ${m.where} lang=en: ${JSON.stringify(m.text.slice(0, 80))}`),
  );
  const latin = chinese.flatMap((p) =>
    p.runs
      .filter((r) => !r.quoted && LATIN_WORDS.test(r.text))
      .map((r) => `${p.name} ${r.where}: ${JSON.stringify(r.text.match(LATIN_WORDS)![0].slice(0, 80))}`),
  );
  expect([...new Set(english)]).toEqual([]);
  expect([...new Set(latin)]).toEqual([]);
});
