/**
 * The build stops, with a message a person can act on, for the faults a maintainer is
 * most likely to make: a broken frontmatter field, a figure quote that is not in its
 * paragraph, a missing capture. Each case builds a copy of the project with one fault.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy';

const ROOT = process.cwd();
let copy: string;

beforeAll(() => {
  copy = copyProject(ROOT, 'archive-faults-');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Applies a fault, builds, restores the file, and returns the build's output if it failed. */
function buildWith(file: string, fault: (text: string) => string | null): string {
  const target = path.join(copy, file);
  const original = readFileSync(target);
  const faulty = fault(original.toString('utf8'));
  if (faulty === null) rmSync(target);
  else writeFileSync(target, faulty);
  try {
    execFileSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', path.join(copy, 'dist-fault')], {
      cwd: copy,
      stdio: 'pipe',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
    return `${stdout.toString()}\n${stderr.toString()}`;
  } finally {
    writeFileSync(target, original);
  }
}

describe('the build stops on bad input', { timeout: 180_000 }, () => {
  it('builds the unaltered copy (so the failures below are the faults’ doing)', () => {
    expect(buildWith('content/reports/taizhou-alar.mdx', (text) => text)).toBe('');
  });

  it('a broken frontmatter field: names the report file and the field', () => {
    const output = buildWith('content/reports/taizhou-alar.mdx', (text) => text.replace('script: "zh-Hans"', 'script: "zh-CN"'));
    expect(output).toContain('content/reports/taizhou-alar.mdx');
    expect(output).toMatch(/script/);
  });

  it('a figure quote that is not in its paragraph: names the data file and the field', () => {
    const output = buildWith('content/programmes/taizhou-alar.json', (text) => {
      const data = JSON.parse(text) as { figures: { quote: string }[] };
      data.figures[0]!.quote = `${data.figures[0]!.quote}（并非原文）`;
      return JSON.stringify(data, null, 2);
    });
    expect(output).toContain('content/programmes/taizhou-alar.json');
    expect(output).toContain('figures[0].quote');
  });

  it('a missing capture: names the report and the capture', () => {
    const output = buildWith('content/sources/002_9aad51f88f39f515.txt', () => null);
    expect(output).toContain('content/reports/taizhou-alar.mdx: source.file: names content/sources/002_9aad51f88f39f515.txt, which is missing');
  });
});
