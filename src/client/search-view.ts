/**
 * The search page's DOM: the form that src/pages/search/index.astro renders, the live
 * region and the results. It shows what search-state.ts decides and words; the only state
 * it keeps is the form's.
 */
import type { ExcerptPiece, Hit } from '../lib/search/client';
import { FILTER_KEYS } from '../lib/search/shared';
import type { Engine, Outcome } from './search-engine';
import {
  PAGE_SIZE,
  foundNothing,
  hasFilters,
  moreLabel,
  noMatchIntro,
  noMatchTips,
  partialNote,
  queryFromSearch,
  queryPath,
  resultsStatus,
  searchingStatus,
  submitHistory,
  whereLabel,
  type HistoryMode,
  type SearchQuery,
} from './search-state';

interface SearchView {
  /** Puts a query into the form; "clear filters" shows only when a filter is chosen. */
  showQuery(query: SearchQuery): void;
  /** Says `text` in the live region, with no results under it. */
  say(text: string): void;
  showSearching(q: string): void;
  showSettled(): void;
  /**
   * A finished search: the announcement, then the exact matches (with a "more" button
   * while there are more), then the partial ones; or, when nothing matched, what to try.
   */
  showOutcome(query: SearchQuery, outcome: Outcome, engine: Engine): void;
}

/**
 * The view of the search page in `doc`, or null on a page without the search form. What
 * the reader asks for (submitting the form, changing or clearing the filters, following a
 * link to another search) goes to `go`, with the history entry it makes.
 */
export function searchView(doc: Document, go: (query: SearchQuery, mode: HistoryMode) => void): SearchView | null {
  const form = doc.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = doc.querySelector<HTMLInputElement>('#search-q');
  const status = doc.querySelector<HTMLElement>('#search-status');
  const results = doc.querySelector<HTMLElement>('[data-search-results]');
  const clear = doc.querySelector<HTMLButtonElement>('[data-clear-filters]');
  if (!form || !input || !status || !results || !clear) return null;
  const selects = new Map(FILTER_KEYS.map((k) => [k, form.querySelector<HTMLSelectElement>(`select[data-filter="${k}"]`)!] as const));

  const formQuery = (): SearchQuery => {
    const filters: SearchQuery['filters'] = {};
    for (const [key, select] of selects) if (select.value) filters[key] = select.value;
    return { q: input.value.trim(), filters };
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const query = formQuery();
    go(query, submitHistory(query, queryFromSearch(location.search)));
  });
  for (const select of selects.values()) select.addEventListener('change', () => go(formQuery(), 'replace'));
  clear.addEventListener('click', () => {
    go({ q: formQuery().q, filters: {} }, 'replace');
    selects.get('province')!.focus();
  });

  const link = (to: SearchQuery, text: string) => {
    const a = el('a', { href: queryPath(location.pathname, to) }, text);
    a.addEventListener('click', (ev) => {
      ev.preventDefault();
      go(to, 'push');
    });
    return a;
  };
  const noMatch = (query: SearchQuery, outcome: Outcome): HTMLElement =>
    el(
      'div',
      { class: 'search-empty' },
      el('p', {}, noMatchIntro(query.q)),
      el('ul', {}, ...noMatchTips(query, outcome, link).map((tip) => el('li', {}, ...tip))),
    );

  return {
    showQuery(query) {
      input.value = query.q;
      for (const [key, select] of selects) {
        const v = query.filters[key] ?? '';
        // A value the page does not offer (a stale link) is not shown as chosen.
        select.value = [...select.options].some((o) => o.value === v) ? v : '';
      }
      clear.hidden = !hasFilters(formQuery());
    },
    say(text) {
      status.textContent = text;
      results.replaceChildren();
    },
    showSearching(q) {
      status.textContent = searchingStatus(q);
      results.setAttribute('aria-busy', 'true');
    },
    showSettled: () => results.removeAttribute('aria-busy'),
    showOutcome(query, outcome, engine) {
      const { exact, partial } = outcome;
      status.textContent = resultsStatus(query.q, outcome);
      const nodes: Node[] = [];
      if (foundNothing(outcome)) nodes.push(noMatch(query, outcome));
      if (exact.length > 0) {
        const list = hitList('hits-exact', exact, engine);
        nodes.push(el('h2', { id: 'hits-exact' }, '完全匹配'), list);
        if (outcome.more) nodes.push(moreButton(list, outcome, engine));
      }
      if (partial.length > 0) {
        nodes.push(
          el('h2', { id: 'hits-partial' }, '部分匹配'),
          el('p', { class: 'search-results__note muted' }, partialNote(query.q)),
          hitList('hits-partial', partial, engine),
        );
      }
      results.replaceChildren(...nodes);
    },
  };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** `parent`, with the pieces of an excerpt in it, hits in <mark>. */
function withMarks<E extends HTMLElement>(parent: E, pieces: ExcerptPiece[]): E {
  for (const piece of pieces) parent.append(piece.mark ? el('mark', {}, piece.text) : piece.text);
  return parent;
}

const hitList = (labelledBy: string, hits: Hit[], engine: Engine): HTMLOListElement =>
  el('ol', { class: 'hits', 'aria-labelledby': labelledBy }, ...hits.map((h) => hitItem(h, engine)));

function hitItem(hit: Hit, engine: Engine): HTMLLIElement {
  const where = whereLabel(hit);
  const link = el('a', { href: hit.href, lang: engine.reportLang(hit.slug) }, hit.title, el('span', { class: 'sr-only' }, `（${where}）`));
  const li = el(
    'li',
    { class: 'hit', 'data-slug': hit.slug, 'data-kind': hit.kind, 'data-match': hit.match },
    el('h3', { class: 'hit__title' }, link),
    el('p', { class: 'hit__meta' }, el('span', { class: 'hit__programme' }, hit.programme), el('span', { class: 'hit__where' }, where)),
  );
  if (hit.kind === 'figure')
    li.append(withMarks(el('p', { class: 'hit__label', lang: 'zh-Hans' }), engine.excerpt({ text: hit.label, ranges: hit.labelRanges })));
  li.append(withMarks(el('p', { class: 'hit__excerpt', lang: hit.lang }), engine.excerpt(hit)));
  return li;
}

/** Loads the next page of exact matches into `list`; gone when there are no more. */
function moreButton(list: HTMLOListElement, outcome: Outcome, engine: Engine): HTMLElement {
  const total = outcome.exactTotal;
  const more = el('button', { class: 'search-button', type: 'button' }, moreLabel(total, list.children.length));
  const wrap = el('p', { class: 'search-more' }, more);
  const showMore = async () => {
    more.disabled = true;
    const items = (await outcome.loadMore(PAGE_SIZE)).map((h) => hitItem(h, engine));
    list.append(...items);
    if (outcome.more) {
      more.textContent = moreLabel(total, list.children.length);
      more.disabled = false;
    } else {
      wrap.remove();
    }
    // Keep the reader's place: focus the first new result.
    items[0]?.querySelector('a')?.focus();
  };
  more.addEventListener('click', () => void showMore());
  return wrap;
}
