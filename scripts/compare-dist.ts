/**
 * `npm run compare:dist -- <before> <after>`: what a reader would notice between two
 * builds. For every HTML page: its text content (white space folded), every id, and
 * every href/src/action; for every other file: its bytes. Prints each page that differs
 * and where, and a summary; exits 1 when anything a reader sees or follows changed.
 * Used to prove that a restructuring changed no page (issue: one content layer).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

interface PageFacts {
  text: string;
  ids: string[];
  links: string[];
}

const SKIPPED = new Set(['script', 'style', 'template']);
const LINK_ATTRIBUTES = ['href', 'src', 'action'] as const;

function files(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under)).flatMap((name) => {
    const rel = path.join(under, name);
    return statSync(path.join(dir, rel)).isDirectory() ? files(dir, rel) : [rel];
  });
}

function pageFacts(html: string): PageFacts {
  const facts: PageFacts = { text: '', ids: [], links: [] };
  const parts: string[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'text') parts.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIPPED.has(node.tagName)) return;
      const el: Element = node;
      if (typeof el.properties.id === 'string') facts.ids.push(el.properties.id);
      for (const a of LINK_ATTRIBUTES) {
        const v = el.properties[a];
        if (typeof v === 'string') facts.links.push(v);
      }
    }
    for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  facts.text = parts.join('').replace(/\s+/g, ' ').trim();
  return facts;
}

/** The first place two strings differ, with a little context either side. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 30);
  return `at ${i}: …${a.slice(from, i + 40)}… → …${b.slice(from, i + 40)}…`;
}

const listDiff = (a: string[], b: string[]) => ({
  gone: a.filter((x) => !b.includes(x)),
  added: b.filter((x) => !a.includes(x)),
});

function compareDist(before: string, after: string): string[] {
  const problems: string[] = [];
  const a = new Set(files(before));
  const b = new Set(files(after));
  for (const f of a) if (!b.has(f)) problems.push(`${f}: only in ${before}`);
  for (const f of b) if (!a.has(f)) problems.push(`${f}: only in ${after}`);
  for (const f of [...a].filter((x) => b.has(x)).sort()) {
    const x = readFileSync(path.join(before, f));
    const y = readFileSync(path.join(after, f));
    if (!f.endsWith('.html')) {
      // Pagefind's fragments and index are content-addressed and compressed; compare the page text instead.
      if (f.startsWith('pagefind/')) continue;
      const hash = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');
      if (hash(x) !== hash(y)) problems.push(`${f}: bytes differ`);
      continue;
    }
    const p = pageFacts(x.toString('utf8'));
    const q = pageFacts(y.toString('utf8'));
    if (p.text !== q.text) problems.push(`${f}: text ${firstDifference(p.text, q.text)}`);
    const ids = listDiff(p.ids, q.ids);
    if (ids.gone.length + ids.added.length > 0) problems.push(`${f}: ids gone ${JSON.stringify(ids.gone)}, added ${JSON.stringify(ids.added)}`);
    const links = listDiff(p.links, q.links);
    if (links.gone.length + links.added.length > 0) problems.push(`${f}: links gone ${JSON.stringify(links.gone)}, added ${JSON.stringify(links.added)}`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error('usage: npm run compare:dist -- <before-dir> <after-dir>');
    process.exit(2);
  }
  const problems = compareDist(before, after);
  const pages = files(after).filter((f) => f.endsWith('.html')).length;
  for (const p of problems) console.log(p);
  console.log(`compare-dist: ${pages} pages; ${problems.length === 0 ? 'no difference in text, ids or links' : `${problems.length} differences`}`);
  process.exit(problems.length === 0 ? 0 : 1);
}
