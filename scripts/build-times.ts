/**
 * How long a build takes, split the way the README's performance table splits it: clean
 * (the pipeline), astro (the pages) and pagefind (the search index, timed inside the build
 * by src/integrations/search-index.ts, which logs “indexed … records …; N s”). Shared by
 * `npm run bench` and `npm run bench:scale`.
 */
import { execFileSync } from 'node:child_process';

export interface BuildTimes {
  clean: number;
  astro: number;
  pagefind: number;
  total: number;
}

/** Runs a command in `cwd`, returns its stdout and the seconds it took; stderr passes through. */
function timed(cwd: string, command: string, args: string[]): { seconds: number; stdout: string } {
  const start = performance.now();
  const stdout = execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 256 << 20 });
  return { seconds: (performance.now() - start) / 1000, stdout };
}

/** The pipeline then `astro build` in the project at `cwd`, in seconds; `cleanArgs` ['--check'] checks instead of writing. */
export function buildTimes(cwd: string, cleanArgs: string[]): BuildTimes {
  const clean = timed(cwd, 'npx', ['tsx', 'scripts/clean/cli.ts', ...cleanArgs]).seconds;
  const astro = timed(cwd, 'npx', ['astro', 'build']);
  // eslint-disable-next-line no-control-regex -- ESC (\x1b) is the point: this strips the log's ANSI colour codes.
  const log = astro.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const indexed = /indexed \d+ records .*; ([\d.]+) s$/m.exec(log);
  if (!indexed) throw new Error(`build times: the build log of ${cwd} has no “indexed … records …; N s” line from src/integrations/search-index.ts`);
  const pagefind = Number(indexed[1]);
  return { clean, astro: astro.seconds - pagefind, pagefind, total: clean + astro.seconds };
}
