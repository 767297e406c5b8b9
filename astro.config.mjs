// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/integrations/search-index.ts';
import rehypeGlossaryFirstUse from './src/plugins/rehype-glossary-first-use.ts';
import rehypeRestoredPunctuation from './src/plugins/rehype-restored-punctuation.ts';
import rehypeFigureMarks, { quotedFiguresSchema } from './src/plugins/rehype-figure-marks.ts';
import { glossaryFileSchema } from './src/core/schemas/glossary.ts';
import { ledgerSchema } from './src/core/schemas/ledger.ts';
import { glossaryPath, pathUnder } from './src/lib/site-paths.ts';

/**
 * BASE_PATH lets the archive be built for a sub-folder, e.g.
 *   BASE_PATH=/archive/ npx astro build --outDir dist-base
 * Always normalised to a leading and trailing slash.
 * @param {string | undefined} raw
 */
function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const base = normaliseBase(process.env.BASE_PATH);

/**
 * Test-only pages (tests/e2e/fixtures/*.astro), injected only when ARCHIVE_TEST_PAGES=1:
 * the e2e suite's second build (dist-base) uses them; the published site never has them.
 * @returns {import('astro').AstroIntegration}
 */
function testPages() {
  return {
    name: 'archive-test-pages',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/_test/whitespace',
          entrypoint: './tests/e2e/fixtures/whitespace.astro',
          prerender: true,
        });
        injectRoute({
          pattern: '/_test/uncurated',
          entrypoint: './tests/e2e/fixtures/uncurated.astro',
          prerender: true,
        });
      },
    },
  };
}
const site = process.env.SITE_URL || 'https://yuanjiang-archive.example.org';

/**
 * A JSON file of content/, validated; an invalid one stops the build naming the file and field.
 * @template T
 * @param {string} file path under content/
 * @param {import('zod').ZodType<T>} schema
 * @returns {T}
 */
function readContent(file, schema) {
  const parsed = schema.safeParse(JSON.parse(readFileSync(new URL(`./content/${file}`, import.meta.url), 'utf8')));
  if (parsed.success) return parsed.data;
  throw new Error(parsed.error.issues.map((issue) => `content/${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`).join('\n'));
}

/**
 * Every JSON file of a folder of content/, validated, by name without .json.
 * @template T
 * @param {string} folder path under content/
 * @param {import('zod').ZodType<T>} schema
 * @returns {Map<string, T>}
 */
function readContentFolder(folder, schema) {
  return new Map(
    readdirSync(new URL(`./content/${folder}/`, import.meta.url))
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.slice(0, -'.json'.length), readContent(`${folder}/${name}`, schema)]),
  );
}

/** What the report plugins (src/plugins/) need when they compile the reports: the ledgers, the glossary and the figures' quotes. */
const ledgers = readContentFolder('ledgers', ledgerSchema);
const glossary = readContent('glossary.json', glossaryFileSchema);
const figures = new Map([...readContentFolder('programmes', quotedFiguresSchema)].map(([slug, p]) => [slug, p.figures]));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Keep every byte of the published text: the default 'jsx' whitespace rules are
  // checked by tests/e2e/text-fidelity.spec.ts (see README, "Whitespace").
  compressHTML: false,
  build: {
    format: 'directory',
    // The CSP in public/_headers allows no inline style or script: ship them as files.
    inlineStylesheets: 'never',
  },
  // searchIndex: the Pagefind index of the reports, written after the build (src/integrations/search-index.ts).
  integrations: [mdx(), searchIndex(), ...(process.env.ARCHIVE_TEST_PAGES === '1' ? [testPages()] : [])],
  markdown: {
    // Smartypants MUST stay off: it would rewrite the published text's quotes and dashes.
    // The rehype plugins mark the report bodies (MDX inherits them); the glossary links
    // come first, since restored punctuation is marked inside them too; the figures' marks
    // last, after the paragraphs have been checked against their ledgers.
    processor: unified({
      smartypants: false,
      gfm: false,
      rehypePlugins: [
        [rehypeGlossaryFirstUse, { terms: glossary, href: (/** @type {string} */ id) => pathUnder(base, glossaryPath(id)) }],
        [rehypeRestoredPunctuation, { ledgers }],
        [rehypeFigureMarks, { figures }],
      ],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
