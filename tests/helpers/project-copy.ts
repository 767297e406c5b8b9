/**
 * A copy of the project in a temporary folder, for tests that build or change it: every
 * file but the build outputs, caches and git's own, with node_modules linked, not copied.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SKIP = new Set(['node_modules', '.git', 'test-results', 'playwright-report', '.astro', '.scratch', 'bench']);

/** The copy's path; the caller removes it. */
export function copyProject(root: string, prefix: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => {
      const top = path.relative(root, source).split(path.sep)[0] ?? '';
      return !SKIP.has(top) && !top.startsWith('dist');
    },
  });
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}
