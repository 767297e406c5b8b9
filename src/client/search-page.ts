/**
 * The search page's script (src/components/SearchPage.astro: /search/ and /en/search/). Small on purpose: it reads
 * the query from the URL and keeps the URL in step with the form; the search code,
 * Pagefind and the index are loaded (search-engine.ts) only once there is a query.
 * What the page holds and says is search-state.ts; the DOM, search-view.ts.
 */
import { searchResults as enWording } from '../i18n/search-results/en';
import { searchResults as zhWording } from '../i18n/search-results/zh-Hans';
import { ENGLISH_LOOKUP_PATH, LOOKUP_PATH, PRELOAD_ATTRIBUTE } from '../lib/search/shared';
import type { Engine, IndexLanguage } from './search-engine';
import { latestSearch, pageTitle, queryFromSearch, queryPath, type HistoryMode, type SearchQuery } from './search-state';
import { searchView } from './search-view';

let engine: Promise<Engine> | null = null;

/**
 * Asks for a file the search will need through <link rel=preload>, so the request made
 * later (by pagefind.js) is answered from it rather than started then.
 */
function preload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** The engine, loaded once; a failed load is not kept, so the next search tries again. */
function loadEngine(language: IndexLanguage): Promise<Engine> {
  if (!engine) {
    const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
    // Everything the first search needs starts loading now, side by side, rather than
    // one after another: the search code, Pagefind, its entry file (under the cache tag
    // the engine gives Pagefind), the files the page names (PRELOAD_ATTRIBUTE), the lookup file.
    const metaCacheTag = String(Date.now());
    preload(`${base}pagefind/pagefind-entry.json?ts=${metaCacheTag}`);
    for (const file of (document.querySelector(`[${PRELOAD_ATTRIBUTE}]`)?.getAttribute(PRELOAD_ATTRIBUTE) ?? '').split(' ').filter(Boolean)) {
      preload(`${base}${file}`);
    }
    const lookupPath = language === 'en' ? ENGLISH_LOOKUP_PATH : LOOKUP_PATH;
    const assets = {
      base,
      metaCacheTag,
      language,
      pagefind: import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<unknown>,
      lookup: fetch(`${base}${lookupPath}`).then((r) => {
        if (!r.ok) throw new Error(`${lookupPath}: ${r.status}`);
        return r.json() as Promise<unknown>;
      }),
    };
    engine = import('./search-engine')
      .then((m) => m.createEngine(assets))
      .catch((error: unknown) => {
        engine = null;
        throw error;
      });
  }
  return engine;
}

const urlQuery = (): SearchQuery => queryFromSearch(location.search);
const currentPath = (): string => location.pathname + location.search;

/**
 * Starts the search page in the document: the Chinese one (/search/, the Chinese index),
 * or, under <html lang="en">, the English one (/en/search/, the English index and wording).
 */
export function startSearchPage(): void {
  const english = document.documentElement.lang === 'en';
  const wording = english ? enWording : zhWording;
  const view = searchView(document, wording, (query, mode) => go(query, mode));
  if (!view) return;
  // The archive's name, as the layout ends the title with it ("… · 援疆档案").
  const site = document.title.split(' · ').at(-1) ?? '';
  const startSearch = latestSearch();

  const run = async (query: SearchQuery): Promise<void> => {
    const isLatest = startSearch();
    document.title = pageTitle(wording, query.q, site);
    if (!query.q) return view.say('');
    view.showSearching(query.q);
    // For scripts/bench-search.ts: from the start of a search to its results on screen, then to the passages of the first view.
    performance.mark('search:start');
    try {
      const engine = await loadEngine(english ? 'en' : 'und');
      performance.mark('search:engine');
      const outcome = await engine.search(query.q, query.filters);
      if (!isLatest()) return;
      const passages = view.showOutcome(query, outcome, engine);
      // The reports that match, with their counts, are on screen; their passages follow.
      performance.mark('search:results');
      await passages;
      if (isLatest()) performance.mark('search:passages');
    } catch (error) {
      if (!isLatest()) return;
      console.error(error);
      view.say(wording.failed);
    } finally {
      if (isLatest()) view.showSettled();
    }
  };

  const go = (query: SearchQuery, mode: HistoryMode): void => {
    const next = queryPath(location.pathname, query);
    if (next !== currentPath()) {
      if (mode === 'push') history.pushState(null, '', next);
      else history.replaceState(null, '', next);
    }
    view.showQuery(query);
    void run(query);
  };

  window.addEventListener('popstate', () => {
    const query = urlQuery();
    view.showQuery(query);
    void run(query);
  });

  // First visit: show what the URL asks for, tidy the URL (a no-script submit leaves
  // empty filters in it), and search if there is a query.
  const initial = urlQuery();
  view.showQuery(initial);
  const tidy = queryPath(location.pathname, initial);
  if (tidy !== currentPath()) history.replaceState(null, '', tidy);
  if (initial.q) void run(initial);
}
