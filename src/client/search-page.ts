/**
 * The search page's script (src/pages/search/index.astro). Small on purpose: it reads
 * the query from the URL and keeps the URL in step with the form; the search code,
 * Pagefind and the index are loaded (search-engine.ts) only once there is a query.
 */
import type { Hit } from '../lib/search/client';
import { FILTER_KEYS, LOOKUP_PATH, type FilterKey } from '../lib/search/shared';
import type { Engine, Outcome } from './search-engine';

interface State {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

/** Exact results shown at first, and added by each "more" click. */
const PAGE = 10;

const KIND_LABEL: Record<Hit['kind'], (hit: Hit) => string> = {
  paragraph: (h) => `第 ${h.anchor.slice(1)} 段`,
  heading: () => '小标题',
  caption: () => '图片说明',
  title: () => '标题',
  figure: () => '项目概要 · 关键数字',
  summary: () => '项目概要 · 编者摘要（本站撰写，非报道原文）',
};

function readState(): State {
  const params = new URL(location.href).searchParams;
  const filters: State['filters'] = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.trim();
    if (v) filters[key] = v;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

function stateUrl(state: State): string {
  const u = new URL(location.href);
  u.search = '';
  u.hash = '';
  if (state.q) u.searchParams.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const v = state.filters[key];
    if (v) u.searchParams.set(key, v);
  }
  return u.pathname + u.search;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const clear = document.querySelector<HTMLButtonElement>('[data-clear-filters]');
  if (!form || !input || !status || !results || !clear) return;
  const selects = new Map(FILTER_KEYS.map((k) => [k, form.querySelector<HTMLSelectElement>(`select[data-filter="${k}"]`)!] as const));

  let engine: Promise<Engine> | null = null;
  let generation = 0;

  // Pagefind and the lookup file start loading with the search code, not after it.
  const loadEngine = () => {
    if (!engine) {
      const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
      const assets = {
        pagefind: import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<unknown>,
        lookup: fetch(`${base}${LOOKUP_PATH}`).then((r) => {
          if (!r.ok) throw new Error(`${LOOKUP_PATH}: ${r.status}`);
          return r.json() as Promise<unknown>;
        }),
      };
      // A failed load is not kept: the next search tries again.
      engine = import('./search-engine')
        .then((m) => m.createEngine(assets))
        .catch((error: unknown) => {
          engine = null;
          throw error;
        });
    }
    return engine;
  };

  function showState(state: State): void {
    input!.value = state.q;
    for (const [key, select] of selects) {
      const v = state.filters[key] ?? '';
      // A value the page does not offer (a stale link) is kept out of the search.
      select.value = [...select.options].some((o) => o.value === v) ? v : '';
    }
    clear!.hidden = !FILTER_KEYS.some((k) => selects.get(k)!.value !== '');
  }

  function formState(): State {
    const filters: State['filters'] = {};
    for (const [key, select] of selects) if (select.value) filters[key] = select.value;
    return { q: input!.value.trim(), filters };
  }

  async function run(state: State): Promise<void> {
    const mine = ++generation;
    document.title = state.q ? `搜索：${state.q} · 援疆档案` : '搜索 · 援疆档案';
    if (!state.q) {
      status!.textContent = '';
      results!.replaceChildren();
      return;
    }
    status!.textContent = `正在搜索“${state.q}”……`;
    results!.setAttribute('aria-busy', 'true');
    // For scripts/bench-search.ts: from the start of a search to its results on screen.
    performance.mark('search:start');
    try {
      const e = await loadEngine();
      performance.mark('search:engine');
      const outcome = await e.search(state.q, state.filters, PAGE);
      if (mine !== generation) return;
      render(state, outcome, e);
      performance.mark('search:results');
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      status!.textContent = '搜索出错了，请刷新页面再试。';
      results!.replaceChildren();
    } finally {
      if (mine === generation) results!.removeAttribute('aria-busy');
    }
  }

  function hitItem(hit: Hit, e: Engine): HTMLLIElement {
    const where = KIND_LABEL[hit.kind](hit);
    const link = el('a', { href: hit.href, lang: e.reportLang(hit.slug) }, hit.title, el('span', { class: 'sr-only' }, `（${where}）`));
    const excerpt = el('p', { class: 'hit__excerpt', lang: hit.lang });
    for (const piece of e.excerpt(hit)) excerpt.append(piece.mark ? el('mark', {}, piece.text) : piece.text);
    const li = el(
      'li',
      { class: 'hit', 'data-slug': hit.slug, 'data-kind': hit.kind, 'data-match': hit.match },
      el('h3', { class: 'hit__title' }, link),
      el('p', { class: 'hit__meta' }, el('span', { class: 'hit__programme' }, hit.programme), el('span', { class: 'hit__where' }, where)),
    );
    if (hit.kind === 'figure') {
      const label = el('p', { class: 'hit__label', lang: 'zh-Hans' });
      for (const piece of e.excerpt({ ...hit, text: hit.label, ranges: hit.labelRanges })) {
        label.append(piece.mark ? el('mark', {}, piece.text) : piece.text);
      }
      li.append(label);
    }
    li.append(excerpt);
    return li;
  }

  function render(state: State, outcome: Outcome, e: Engine): void {
    const { exact, partial } = outcome;
    const q = `“${state.q}”`;
    const nodes: Node[] = [];
    if (exact.length === 0 && partial.length === 0) {
      status!.textContent = `没有找到与${q}匹配的内容。`;
      nodes.push(noMatch(state, outcome));
      results!.replaceChildren(...nodes);
      return;
    }
    const reports = new Set(exact.map((h) => h.slug)).size;
    const total = outcome.exactTotal;
    // Which reports the matches are in is known once they are all loaded.
    const where = outcome.more ? `，先显示前 ${exact.length} 处` : `，在 ${reports} 篇报道中`;
    status!.textContent =
      total > 0
        ? `${q}：找到 ${total} 处完全匹配${where}${partial.length ? `；另有 ${partial.length} 处部分匹配` : ''}。`
        : `${q}：没有完全匹配；有 ${partial.length} 处部分匹配。`;

    if (exact.length > 0) {
      const list = el('ol', { class: 'hits', 'aria-labelledby': 'hits-exact' });
      list.append(...exact.map((h) => hitItem(h, e)));
      nodes.push(el('h2', { id: 'hits-exact' }, '完全匹配'), list);
      if (outcome.more) {
        const more = el('button', { class: 'search-button', type: 'button' }, `显示更多完全匹配（还有 ${total - exact.length} 处）`);
        const wrap = el('p', { class: 'search-more' }, more);
        // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the DOM ignores a listener's return value; rewriting it would change the shipped script
        more.addEventListener('click', async () => {
          more.disabled = true;
          const next = await outcome.loadMore(PAGE);
          const items = next.hits.map((h) => hitItem(h, e));
          list.append(...items);
          if (next.more) {
            more.textContent = `显示更多完全匹配（还有 ${total - list.children.length} 处）`;
            more.disabled = false;
          } else {
            wrap.remove();
          }
          // Keep the reader's place: focus the first new result.
          items[0]?.querySelector('a')?.focus();
        });
        nodes.push(wrap);
      }
    }
    if (partial.length > 0) {
      const list = el('ol', { class: 'hits', 'aria-labelledby': 'hits-partial' });
      list.append(...partial.map((h) => hitItem(h, e)));
      nodes.push(
        el('h2', { id: 'hits-partial' }, '部分匹配'),
        el('p', { class: 'search-results__note muted' }, `这些地方出现了${q}的每一个字或词，但没有连在一起。`),
        list,
      );
    }
    results!.replaceChildren(...nodes);
  }

  function noMatch(state: State, outcome: Outcome): HTMLElement {
    const box = el('div', { class: 'search-empty' }, el('p', {}, `没有找到与“${state.q}”匹配的报道文字或项目概要。可以试试：`));
    const tips = el('ul');
    const link = (s: State, text: string) => {
      const a = el('a', { href: stateUrl(s) }, text);
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        go(s, 'push');
      });
      return a;
    };
    for (const s of outcome.suggestions) {
      tips.append(el('li', {}, '少用几个字词：', link({ q: s.query, filters: state.filters }, `只搜“${s.query}”`), `（${s.count} 处）`));
    }
    if (outcome.withoutFilters !== null) {
      tips.append(
        el(
          'li',
          {},
          '去掉筛选条件：',
          link({ q: state.q, filters: {} }, `不加筛选再搜“${state.q}”`),
          outcome.withoutFilters > 0 ? `（${outcome.withoutFilters} 处）` : '（也没有结果）',
        ),
      );
    }
    if (outcome.suggestions.length === 0) tips.append(el('li', {}, '换一个更短或更常见的说法，例如只保留地名或机构名。'));
    tips.append(
      el('li', {}, '换一种字形也不必：简体和繁体会自动互相匹配（医疗＝醫療、骆驼＝駱駝）。若用了异体字、别字或外文写法，请改用报道里的常见写法。'),
    );
    box.append(tips);
    return box;
  }

  function go(state: State, mode: 'push' | 'replace'): void {
    const next = stateUrl(state);
    if (next !== location.pathname + location.search) {
      if (mode === 'push') history.pushState(null, '', next);
      else history.replaceState(null, '', next);
    }
    showState(state);
    void run(state);
  }

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const state = formState();
    const current = readState();
    go(state, state.q === current.q ? 'replace' : 'push');
  });
  for (const select of selects.values()) {
    select.addEventListener('change', () => go(formState(), 'replace'));
  }
  clear.addEventListener('click', () => {
    for (const select of selects.values()) select.value = '';
    go(formState(), 'replace');
    selects.get('province')!.focus();
  });
  window.addEventListener('popstate', () => {
    const state = readState();
    showState(state);
    void run(state);
  });

  // First visit: show what the URL asks for, tidy the URL (a no-script submit leaves
  // empty filters in it), and search if there is a query.
  const initial = readState();
  showState(initial);
  const tidy = stateUrl(initial);
  if (tidy !== location.pathname + location.search) history.replaceState(null, '', tidy);
  if (initial.q) void run(initial);
}
