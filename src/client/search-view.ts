/**
 * The search page's DOM: the form that src/components/SearchPage.astro renders, the live
 * region and the results. It shows what search-state.ts decides and words; the only state
 * it keeps is the form's.
 */
import type { ExcerptPiece, Hit } from '../lib/search/client';
import type { Distribution } from '../lib/search/groups';
import { FILTER_KEYS } from '../lib/search/shared';
import type { Engine, Outcome, PlacedHit, ReportResults } from './search-engine';
import { HAN } from '../core/han';
import type { SearchResultsWording } from '../i18n/search-results/zh-Hans';
import {
  distributionLabel,
  foundNothing,
  hasFilters,
  noMatchTips,
  offersOtherSearch,
  queryFromSearch,
  queryPath,
  resultsStatus,
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
   * A finished search: the announcement, then the exact matches (where they fall, report
   * by report; then each report with its best passages and the rest behind a <details>),
   * then the partial ones; or, when nothing matched, what to try. A report's best
   * passages load when it comes near the viewport or something in it is focused; the
   * promise settles when those of the reports near the viewport now are in.
   */
  showOutcome(query: SearchQuery, outcome: Outcome, engine: Engine): Promise<void>;
}

/**
 * The view of the search page in `doc`, in wording `w`, or null on a page without the
 * search form. What the reader asks for (submitting the form, changing or clearing the
 * filters, following a link to another search) goes to `go`, with the history entry it
 * makes. The form names the other language's search page (data-other-search) and its
 * language (data-other-lang), offered for a query in that language (offersOtherSearch).
 */
export function searchView(doc: Document, w: SearchResultsWording, go: (query: SearchQuery, mode: HistoryMode) => void): SearchView | null {
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
  // Loads the shown results' best passages as their report comes near the viewport; disconnected when they are replaced.
  let nearView: IntersectionObserver | null = null;

  const noMatch = (query: SearchQuery, outcome: Outcome): HTMLElement =>
    el(
      'div',
      { class: 'search-empty' },
      el('p', {}, w.noMatchIntro(query.q)),
      el('ul', {}, ...noMatchTips(w, query, outcome, link).map((tip) => el('li', {}, ...tip))),
    );
  const other = { path: form.dataset.otherSearch ?? '', lang: form.dataset.otherLang ?? '' };
  /** The same query on the other language's search page: why, and the link. */
  const otherSearch = (q: string): HTMLElement =>
    el(
      'p',
      { class: 'search-other' },
      `${w.otherSearch.lead} `,
      el(
        'a',
        { href: queryPath(other.path, { q, filters: {} }), hreflang: other.lang, 'data-other-search': '' },
        w.otherSearch.before,
        el('span', { lang: other.lang }, q),
        w.otherSearch.after,
      ),
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
      nearView?.disconnect();
      status.textContent = text;
      results.replaceChildren();
    },
    showSearching(q) {
      status.textContent = w.searching(q);
      results.setAttribute('aria-busy', 'true');
    },
    showSettled: () => results.removeAttribute('aria-busy'),
    showOutcome(query, outcome, engine) {
      nearView?.disconnect();
      status.textContent = resultsStatus(w, query.q, outcome);
      const nodes: Node[] = [];
      const groups = outcome.groups.map((g) => reportGroup(w, g, engine));
      const nothing = foundNothing(outcome);
      if (other.path && offersOtherSearch(doc.documentElement.lang, query.q, nothing)) nodes.push(otherSearch(query.q));
      if (nothing) nodes.push(noMatch(query, outcome));
      if (groups.length > 0) {
        nodes.push(distributionTable(w, query.q, outcome.groups), el('h2', { id: 'hits-exact' }, w.exactHeading), ...groups.map((g) => g.section));
      }
      if (outcome.partial.length > 0) {
        nodes.push(
          el('h2', { id: 'hits-partial' }, w.partialHeading),
          el('p', { class: 'search-results__note muted' }, w.partialNote(query.q)),
          el('ol', { class: 'hits', 'aria-labelledby': 'hits-partial' }, ...outcome.partial.map((h) => partialItem(w, h, engine))),
        );
      }
      results.replaceChildren(...nodes);
      // Within half a screen of the viewport: loaded now (the first view) or when scrolled to.
      const margin = 0.5 * innerHeight;
      const near = (section: Element) => {
        const box = section.getBoundingClientRect();
        return box.bottom > -margin && box.top < innerHeight + margin;
      };
      const observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) if (entry.isIntersecting) void groups.find((g) => g.section === entry.target)?.load();
        },
        { rootMargin: `${margin}px 0px` },
      );
      nearView = observer;
      const firstView = groups.filter((g) => near(g.section)).map((g) => g.load());
      for (const g of groups) {
        g.section.addEventListener('focusin', () => void g.load());
        observer.observe(g.section);
      }
      return Promise.all(firstView).then(() => undefined);
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
function withMarks<E extends HTMLElement>(parent: E, pieces: ExcerptPiece[], quotedLang?: string): E {
  for (const piece of pieces) {
    const text = quotedLang ? withQuotedChinese(piece.text, quotedLang) : [piece.text];
    if (piece.mark) parent.append(el('mark', {}, ...text));
    else parent.append(...text);
  }
  return parent;
}

/** Chinese characters (and Chinese punctuation) and what is not. */
const CHINESE_RUN = new RegExp(`([${HAN}\u3000-\u303f\uff00-\uffef]+)`, 'u');

/** An English text with the Chinese it quotes (names and phrases on first use, printed values) in elements of the report's script. */
function withQuotedChinese(text: string, lang: string): (Node | string)[] {
  // split() with a group gives the runs at the odd places.
  return text
    .split(CHINESE_RUN)
    .map((part, i) => (i % 2 === 1 ? el('span', { lang }, part) : part))
    .filter((part) => part !== '');
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, ...children: Element[]): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
}

const groupId = (slug: string) => `hits-${slug}`;

/**
 * Where the matches are, report by report, in the manner of ctext.org's distribution
 * chart: a row per report with its count as a bar, and its text from title to end as a
 * strip with a tick at each block that matches. Drawn from the ids alone: no hit is loaded.
 */
function distributionTable(w: SearchResultsWording, q: string, groups: ReportResults[]): HTMLTableElement {
  const most = Math.max(...groups.map((g) => g.distribution.total));
  return el(
    'table',
    { class: 'hit-map' },
    el('caption', {}, w.distributionCaption(q)),
    el('thead', {}, el('tr', {}, ...[w.columns.report, w.columns.count, w.columns.where].map((c) => el('th', { scope: 'col' }, c)))),
    el(
      'tbody',
      {},
      ...groups.map((g) =>
        el(
          'tr',
          { 'data-slug': g.slug },
          el('th', { scope: 'row' }, el('a', { href: `#${groupId(g.slug)}`, lang: g.lang }, g.title)),
          el(
            'td',
            { class: 'hit-map__count' },
            w.hitCount(g.distribution.total),
            svg(
              'svg',
              { class: 'hit-map__bar', viewBox: `0 0 ${most} 1`, preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
              svg('rect', { width: g.distribution.total, height: 1 }),
            ),
          ),
          el('td', { class: 'hit-map__where' }, strip(w, g.distribution)),
        ),
      ),
    ),
  );
}

/** A report's text as a strip, a tick at each matching block; its text alternative says the same in words. */
function strip(w: SearchResultsWording, d: Distribution): SVGElement {
  return svg(
    'svg',
    { class: 'hit-map__strip', viewBox: `0 0 ${d.blocks} 1`, preserveAspectRatio: 'none', role: 'img', 'aria-label': distributionLabel(w, d) },
    svg('rect', { class: 'hit-map__text', width: d.blocks, height: 1 }),
    ...d.ticks.map((t) =>
      svg('line', {
        class: 'hit-map__tick',
        x1: t.block + 0.5,
        x2: t.block + 0.5,
        y1: 0,
        y2: 1,
        'vector-effect': 'non-scaling-stroke',
        'data-anchor': t.anchor,
      }),
    ),
  );
}

/**
 * Loads a list's passages (once) into its items, busy meanwhile: `fill` puts them in.
 * A failed load is not kept, so the next call tries again.
 */
function loader(list: HTMLOListElement, load: () => Promise<Hit[]>, fill: (hits: Hit[]) => void): () => Promise<void> {
  let loading: Promise<void> | null = null;
  return () => {
    if (!loading) {
      list.setAttribute('aria-busy', 'true');
      loading = load()
        .then(fill)
        .catch((error: unknown) => {
          console.error(error);
          loading = null;
        })
        .finally(() => list.removeAttribute('aria-busy'));
    }
    return loading;
  };
}

/**
 * One report's exact matches: its title and count, its best hits (their passages loaded
 * by `load`, into the items already shown), the rest behind a <details> that loads them
 * when opened.
 */
function reportGroup(w: SearchResultsWording, group: ReportResults, engine: Engine): { section: HTMLElement; load: () => Promise<void> } {
  const id = groupId(group.slug);
  const best = el('ol', { class: 'hits' }, ...group.best.map((h) => placedItem(w, h)));
  const section = el(
    'section',
    { class: 'hit-group', id, 'data-slug': group.slug, 'aria-labelledby': `${id}-title` },
    el('h3', { class: 'hit-group__title', id: `${id}-title` }, el('a', { href: group.href, lang: group.lang }, group.title)),
    el(
      'p',
      { class: 'hit-group__meta' },
      el('span', {}, group.programme),
      el('span', { class: 'hit-group__count' }, w.hitCount(group.distribution.total)),
    ),
    best,
  );
  if (group.rest.length > 0) {
    const list = el('ol', { class: 'hits' }, ...group.rest.map((h) => placedItem(w, h)));
    const details = el('details', { class: 'hit-group__rest' }, el('summary', {}, w.rest(group.rest.length)), list);
    const loadRest = loader(list, group.loadRest, (hits) => list.replaceChildren(...hits.map((h) => passageItem(w, h, engine))));
    details.addEventListener('toggle', () => {
      if (details.open) void loadRest();
    });
    section.append(details);
  }
  // The items stay (a reader may have focused one): each gets its passage and its exact link.
  const fill = (hits: Hit[]) => {
    for (const hit of hits) {
      const li = [...best.children].find((item) => item instanceof HTMLLIElement && item.dataset.anchor === hit.anchor);
      if (li instanceof HTMLLIElement) withPassage(w, li, hit, engine);
    }
  };
  return { section, load: loader(best, group.loadBest, fill) };
}

/**
 * `li` with the passage of `hit` appended: a figure's label and value (a Chinese figure's
 * label is apart from its sentence), then the excerpt, hits marked; for an English hit, the
 * link to the same passage on the Chinese page.
 */
function withPassage(w: SearchResultsWording, li: HTMLLIElement, hit: Hit, engine: Engine): HTMLLIElement {
  li.dataset.match = hit.match;
  li.querySelector('a')?.setAttribute('href', hit.href);
  if (hit.kind === 'figure' && hit.label)
    li.append(withMarks(el('p', { class: 'hit__label', lang: 'zh-Hans' }), engine.excerpt({ text: hit.label, ranges: hit.labelRanges })));
  li.append(withMarks(el('p', { class: 'hit__excerpt', lang: hit.lang }), engine.excerpt(hit), hit.original?.lang));
  if (hit.original) {
    li.append(el('p', { class: 'hit__original' }, el('a', { href: hit.original.href, hreflang: hit.original.lang, 'data-original': '' }, w.original)));
  }
  return li;
}

/** A passage of a report's group: where it is (the link), and the passage. */
function passageItem(w: SearchResultsWording, hit: Hit, engine: Engine): HTMLLIElement {
  return withPassage(w, placedItem(w, hit), hit, engine);
}

/** A hit whose passage is not loaded yet: where it is, linked. */
function placedItem(w: SearchResultsWording, hit: PlacedHit): HTMLLIElement {
  return el(
    'li',
    { class: 'hit', 'data-slug': hit.slug, 'data-kind': hit.kind, 'data-anchor': hit.anchor, 'data-match': 'exact' },
    el('p', { class: 'hit__title' }, el('a', { href: hit.href }, whereLabel(w, hit))),
  );
}

/** A partial match, on its own: report, where, excerpt. */
function partialItem(w: SearchResultsWording, hit: Hit, engine: Engine): HTMLLIElement {
  const where = whereLabel(w, hit);
  const link = el('a', { href: hit.href, lang: engine.reportLang(hit.slug) }, hit.title, el('span', { class: 'sr-only' }, w.whereAside(where)));
  const li = el(
    'li',
    { class: 'hit', 'data-slug': hit.slug, 'data-kind': hit.kind, 'data-anchor': hit.anchor, 'data-match': hit.match },
    el('h3', { class: 'hit__title' }, link),
    el('p', { class: 'hit__meta' }, el('span', { class: 'hit__programme' }, hit.programme), el('span', { class: 'hit__where' }, where)),
  );
  return withPassage(w, li, hit, engine);
}
