/**
 * The files of a built site (dist/ or dist-base/), for tests that cover every page rather
 * than a list someone has to keep up to date.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './content';

export const DIST = path.join(ROOT, 'dist');

/** Every .html file under `dir`, recursively. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return htmlFiles(file);
    return name.endsWith('.html') ? [file] : [];
  });
}

/** Every page (each index.html) of the build in `dir`, as a path relative to the base: './', './about/', … */
export function builtPages(dir = DIST): string[] {
  return htmlFiles(dir)
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `./${path.relative(dir, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\.\/\/$/, './'))
    .sort();
}
