/**
 * A throw-away copy of the project to build a synthetic archive in: everything but
 * node_modules, the builds, .git and the caches, so the real content/ is never touched.
 * node_modules is a folder of links to the real one's entries rather than one link, so
 * that Astro's and Vite's caches (node_modules/.astro, node_modules/.vite) are the copy's
 * own: each build is cold, and the project's own cache never holds a synthetic archive.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const LEFT_OUT = new Set(['node_modules', '.git', '.astro', 'test-results', 'playwright-report', 'bench', '.scratch', '.probe']);
const CACHES = new Set(['.astro', '.vite']);

export function copyProject(root: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'archive-scale-'));
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => {
      const top = path.relative(root, source).split(path.sep)[0] ?? '';
      return !LEFT_OUT.has(top) && !top.startsWith('dist');
    },
  });
  const modules = path.join(root, 'node_modules');
  mkdirSync(path.join(copy, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!CACHES.has(entry)) symlinkSync(path.join(modules, entry), path.join(copy, 'node_modules', entry));
  }
  return copy;
}

export function removeProject(copy: string): void {
  rmSync(copy, { recursive: true, force: true });
}
