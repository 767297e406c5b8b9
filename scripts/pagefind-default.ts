/**
 * Pagefind's own default setup over the same built report pages, for comparison with ours:
 * its HTML indexing (data-pagefind-body, one index per language), its JS API and its
 * ready-made search UI. Used by `npm run recall:search` (recall) and by the benches (bytes
 * and time to first results).
 *
 * buildDefaultSite(dist) writes, into a temporary folder:
 *   pagefind/          the default index and Pagefind's UI bundle
 *   <lang>.html        a page exposing window.find(q) through the JS API (recall)
 *   ui/index.html      Pagefind's default UI, searching ?q= on load (speed)
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const API_PAGE = (lang: string) => `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${lang}</title><script type="module">
  const pf = await import('./pagefind/pagefind.js');
  window.find = async (q) => { const r = await pf.search(q); return Promise.all(r.results.map(async (x) => (await x.data()).url)); };
  window.ready = true;
</script></html>`;

const UI_PAGE = `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><title>Pagefind default UI</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script><script src="/ui/start.js" defer></script>
<body><div id="search"></div></body></html>`;

/**
 * Starts the default UI on the query in the address, with the same performance marks as
 * our search page (scripts/search-cost.ts): search:start when the search is asked for;
 * search:results when the results it lists first are named on screen, with the count
 * above them (it lists each as a placeholder first, then fills in its title and excerpt
 * from its fragment); search:passages at the same time, as title and excerpt come together.
 */
const UI_START = `const q = new URLSearchParams(location.search).get('q') || '';
new MutationObserver((_, observer) => {
  const results = [...document.querySelectorAll('.pagefind-ui__result')];
  if (results.length > 0 && results.every((r) => r.querySelector('.pagefind-ui__result-link'))) {
    performance.mark('search:results');
    performance.mark('search:passages');
    observer.disconnect();
  }
}).observe(document.getElementById('search'), { childList: true, subtree: true });
const ui = new PagefindUI({ element: '#search', bundlePath: '/pagefind/', showImages: false });
performance.mark('search:start');
ui.triggerSearch(q);
`;

/** Indexes `dist`'s report pages the default way and writes the comparison pages. Returns the folder. */
export async function buildDefaultSite(dist: string): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'pagefind-default-'));
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind (default): ${errors.join('; ')}`);
    await index.addDirectory({ path: dist, glob: 'reports/**/*.html' });
    await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
  } finally {
    await pagefind.close();
  }
  for (const lang of ['zh-Hans', 'zh-Hant']) writeFileSync(path.join(out, `${lang}.html`), API_PAGE(lang));
  mkdirSync(path.join(out, 'ui'));
  writeFileSync(path.join(out, 'ui/index.html'), UI_PAGE);
  writeFileSync(path.join(out, 'ui/start.js'), UI_START);
  return out;
}
