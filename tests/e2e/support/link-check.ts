/**
 * Every internal link of a built site, checked on disk: each href, src and form action
 * that points into the site must name a file that exists under the site's base path, and
 * each #fragment must name an element id on the page it points to (text directives,
 * `#p7:~:text=…`, are left to the browser). Run on the root build and the base-path build
 * (links.spec.ts, links-base-path.spec.ts); tests/unit/link-check.test.ts proves it finds
 * what it should on a small fixture.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { htmlFiles } from './built-site';

const LINK_ATTRIBUTES: Record<string, string> = { href: 'href', src: 'src', action: 'action' };

export interface PageLinks {
  /** Every id on the page. */
  ids: Set<string>;
  /** Every internal URL an element points to, as written. */
  refs: string[];
}

function walk(node: Root | Element, visit: (el: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walk(child.tagName === 'template' && child.content ? child.content : child, visit);
  }
}

/** The ids and internal references of one HTML document. */
export function pageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const refs: string[] = [];
  walk(fromHtml(html), (el) => {
    const id = el.properties.id;
    if (typeof id === 'string') ids.add(id);
    for (const property of Object.keys(LINK_ATTRIBUTES)) {
      const value = el.properties[property];
      if (typeof value === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(value)) refs.push(value);
    }
  });
  return { ids, refs };
}

/** The URL path a built file is served at: dist/a/index.html → <base>a/. */
function servedPath(dir: string, file: string, base: string): string {
  const relative = path.relative(dir, file).split(path.sep).join('/');
  return base + relative.replace(/(^|\/)index\.html$/, '$1');
}

export interface LinkCheck {
  pages: number;
  links: number;
  problems: string[];
}

/**
 * Checks every internal link and fragment of the site built in `dir` for `base` ('/' or
 * '/archive/'). `partial`: pages (paths under the base) that show a part of a report out of
 * its page, whose links into the report's text are checked only as far as the page exists.
 */
export function checkLinks(dir: string, base: string, partial: readonly string[] = []): LinkCheck {
  const files = htmlFiles(dir);
  const pages = new Map(files.map((file) => [servedPath(dir, file, base), pageLinks(readFileSync(file, 'utf8'))]));
  const isPartial = (page: string) => partial.some((p) => page === base + p);
  const problems: string[] = [];
  let links = 0;

  /** The page or file a URL path names, or why it names nothing. */
  const resolve = (urlPath: string): { page?: PageLinks; missing?: string } => {
    if (!urlPath.startsWith(base)) return { missing: `outside the base path ${base}` };
    if (pages.has(urlPath)) return { page: pages.get(urlPath)! };
    const file = path.join(dir, ...decodeURIComponent(urlPath.slice(base.length)).split('/'));
    try {
      if (statSync(file).isFile()) return {};
      return { missing: 'a folder without index.html, or a link without its trailing slash' };
    } catch {
      return { missing: 'no such file' };
    }
  };

  for (const [from, page] of pages) {
    for (const ref of page.refs) {
      links++;
      const url = new URL(ref, `http://site${from}`);
      if (url.pathname === from && isPartial(from)) continue;
      const target = url.pathname === from ? { page } : resolve(url.pathname);
      if (target.missing) {
        problems.push(`${from}: ${ref} → ${target.missing}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
      if (fragment === '') continue;
      if (!target.page) problems.push(`${from}: ${ref} → a fragment on a file that is not a page`);
      else if (!target.page.ids.has(fragment)) problems.push(`${from}: ${ref} → no element with id "${fragment}" on ${url.pathname}`);
    }
  }
  return { pages: pages.size, links, problems };
}
