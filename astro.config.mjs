// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/integrations/search-index.ts';

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
      },
    },
  };
}
const site = process.env.SITE_URL || 'https://yuanjiang-archive.example.org';

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
    // Astro 7's default processor runs no remark/rehype plugins. Smartypants MUST stay off:
    // it would rewrite the published text's quotes and dashes.
    processor: unified({ smartypants: false, gfm: false }),
  },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
