/**
 * Done when (issue 13): in a fresh copy of the project, `npm run add` with a capture of a
 * province and region the archive does not yet cover changes files under content/ only;
 * then `npm run clean -- --check` and the build pass, and the report appears on its page,
 * its province and region pages, the map, the timeline, the comparison and in search.
 *
 * The capture is synthetic (tests/fixtures/add/README.md): a Tianjin → Hotan report in the
 * layout of a national outlet's page. The copy is a git repository of its own, so
 * `git status` shows what the command changed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy';
import { wording } from '../../src/i18n';

const ROOT = process.cwd();
const FIXTURE = 'tests/fixtures/add/tianjin-hotan.txt';
const SLUG = 'tianjin-hotan';
const PROVINCE = 'tianjin';
const REGION = 'hotan';
const TITLE = readFileSync(path.join(ROOT, FIXTURE), 'utf8').split('\n')[2]!;
const OUT = 'dist-add';

let copy: string;
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: copy, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
/** A command's output, or its failure's output prefixed with FAILED. */
const attempt = (command: string, args: string[]): string => {
  try {
    return run(command, args);
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `FAILED\n${stdout}\n${stderr}`;
  }
};
const page = (...parts: string[]) => {
  const file = path.join(copy, OUT, ...parts, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : `(no ${path.relative(copy, file)})`;
};
const git = (...args: string[]) => run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args]);

let added = '';
let build = '';

beforeAll(() => {
  copy = copyProject(ROOT, 'archive-add-');
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'the project as copied');
  added = attempt('npm', ['run', '--silent', 'add', '--', FIXTURE, '--slug', SLUG, '--province', PROVINCE, '--recipient', REGION]);
}, 120_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run add, then the pipeline check and the build, on a copy of the project', { timeout: 180_000 }, () => {
  it('adds the capture, printing the review table', () => {
    expect(added).not.toMatch(/^FAILED/);
    expect(added).toMatch(/dropped unreviewed/);
  });

  it('changes files under content/ only', () => {
    const changed = git('status', '--porcelain', '--untracked-files=all')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => line.slice(3));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((file) => !file.startsWith('content/'))).toEqual([]);
  });

  it('passes npm run clean -- --check', () => {
    expect(attempt('npm', ['run', '--silent', 'clean', '--', '--check'])).not.toMatch(/^FAILED/);
  });

  it('builds', () => {
    build = attempt(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', OUT]);
    expect(build).not.toMatch(/^FAILED/);
  });

  it('publishes the report, saying its configuration is a draft', () => {
    const html = page('reports', SLUG);
    expect(html).toContain(TITLE);
    expect(html).toContain(wording('zh-Hans').report.draftConfiguration);
  });

  it.each([
    ['the home page (the newest)', []],
    ['the list of all reports', ['reports']],
    ['its province page', ['provinces', PROVINCE]],
    ['its region page', ['regions', REGION]],
    ['the map', ['map']],
    ['the timeline', ['timeline']],
    ['the comparison', ['compare']],
  ])('lists it on %s', (_, parts) => {
    expect(page(...parts)).toContain(`/reports/${SLUG}/`);
  });

  it('is in the search index, filed under its province and region', () => {
    const dir = path.join(copy, OUT, 'pagefind', 'fragment');
    const fragments = existsSync(dir)
      ? readdirSync(dir).map(
          (name) =>
            JSON.parse(
              gunzipSync(readFileSync(path.join(dir, name)))
                .toString('utf8')
                .replace(/^pagefind_dcd/, ''),
            ) as Fragment,
        )
      : [];
    const ours = fragments.filter((fragment) => fragment.url.startsWith(`/reports/${SLUG}/`));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours[0]!.filters).toMatchObject({ province: [PROVINCE], region: [REGION] });
  });
});

interface Fragment {
  url: string;
  filters: Record<string, string[]>;
}
