/** `npm run clean` on bad input: a clear error naming file and line, and good output left alone. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = process.cwd();
const capture000 = 'content/sources/000_135aae545a4bb161.txt';
let project: string;

/** Runs the real CLI on a copy of the project's content; returns exit status and stderr. */
function clean(...args: string[]): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/clean/cli.ts'), '--root', project, ...args], {
      cwd: root,
      stdio: 'pipe',
    });
    return { status: 0, stderr: '' };
  } catch (error) {
    const { status, stderr } = error as { status: number; stderr: Buffer };
    return { status, stderr: stderr.toString() };
  }
}

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'clean-cli-'));
  cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('npm run clean', { timeout: 30_000 }, () => {
  it('reproduces the committed output and passes --check', () => {
    expect(clean()).toEqual({ status: 0, stderr: '' });
    expect(clean('--check')).toEqual({ status: 0, stderr: '' });
  });

  it('--check fails when a committed report was edited by hand', () => {
    const report = join(project, 'content/reports/taizhou-alar.mdx');
    writeFileSync(report, readFileSync(report, 'utf8').replace('台州', '台洲'));
    const { status, stderr } = clean('--check');
    expect(status).toBe(1);
    expect(stderr).toContain('content/reports/taizhou-alar.mdx differs from what the pipeline produces');
  });

  const badInputs: [string, (bytes: Buffer) => Buffer, string][] = [
    ['an empty capture', () => Buffer.alloc(0), `${capture000}: the capture is empty`],
    [
      'invalid UTF-8',
      (bytes) =>
        Buffer.concat([
          bytes.subarray(0, bytes.indexOf('\n', bytes.indexOf('2015年8月'))),
          Buffer.from([0xff]),
          bytes.subarray(bytes.indexOf('\n', bytes.indexOf('2015年8月'))),
        ]),
      `${capture000}:11: the capture is not valid UTF-8 on this line`,
    ],
    [
      'a capture whose article cannot be found',
      (bytes) => Buffer.from(bytes.toString('utf8').replace('2015年8月——2025年8月', '')),
      `${capture000}:1: cannot find the first line of the article`,
    ],
  ];

  it.each(badInputs)('stops on %s with file and line, and overwrites nothing', (_, corrupt, message) => {
    const path = join(project, capture000);
    writeFileSync(path, corrupt(readFileSync(path)));
    const good = join(project, 'content/reports/shandong-12th-division.mdx');
    const before = readFileSync(good, 'utf8');
    const other = join(project, 'content/reports/taizhou-alar.mdx');
    writeFileSync(other, 'sentinel');

    const { status, stderr } = clean();
    expect(status).toBe(1);
    expect(stderr).toContain(message);
    expect(readFileSync(good, 'utf8')).toBe(before);
    expect(readFileSync(other, 'utf8')).toBe('sentinel');
  });

  it('stops on a missing capture, naming its configuration', () => {
    rmSync(join(project, capture000));
    const { status, stderr } = clean();
    expect(status).toBe(1);
    expect(stderr).toContain(`${capture000}: the capture is missing (content/captures/000.yaml configures it)`);
  });

  it.each([
    ['clean', []],
    ['clean --check', ['--check']],
  ])('%s stops on a capture without a configuration, naming it, and writes nothing', (_, args: string[]) => {
    writeFileSync(join(project, 'content/sources/005_0123abcd.txt'), '天津援疆\n');
    const report = join(project, 'content/reports/taizhou-alar.mdx');
    writeFileSync(report, 'sentinel');
    const { status, stderr } = clean(...args);
    expect(status).toBe(1);
    expect(stderr).toContain('content/sources/005_0123abcd.txt: no capture configuration names this capture (write content/captures/005.yaml)');
    expect(readFileSync(report, 'utf8')).toBe('sentinel');
  });

  it('names every unpaired capture and configuration at once', () => {
    writeFileSync(join(project, 'content/sources/005_0123abcd.txt'), '天津援疆\n');
    rmSync(join(project, 'content/sources/003_62f332757297812e.txt'));
    const { status, stderr } = clean('--check');
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'clean: content/sources/005_0123abcd.txt: no capture configuration names this capture (write content/captures/005.yaml)',
      'clean: content/sources/003_62f332757297812e.txt: the capture is missing (content/captures/003.yaml configures it)',
    ]);
  });

  it('stops on a capture configuration with a bad pattern, naming file and rule', () => {
    const config = join(project, 'content/captures/003.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace("first: '^“民生援疆增福祉'", "first: '^“民生(援疆增福祉'"));
    const { status, stderr } = clean();
    expect(status).toBe(1);
    expect(stderr).toContain('content/captures/003.yaml: article.first: not a valid regular expression');
  });

  it('stops on an invalid restoration record, naming the file and field', () => {
    writeFileSync(join(project, 'content/restorations/dongying-shule.json'), JSON.stringify([{ id: 'x1' }]));
    const { status, stderr } = clean();
    expect(status).toBe(1);
    expect(stderr).toMatch(/content\/restorations\/dongying-shule\.json: \[0\]\.id/);
  });
});
