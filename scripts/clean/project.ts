import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { restorationFileSchema, type Restoration } from '../../src/core/schemas/restoration';
import { CAPTURES, type CaptureConfig } from './captures';
import { formatLedger } from './ledger';
import { CaptureError } from './errors';
import { cleanCapture, type CleanedReport } from './pipeline';
import { readCapture } from './read-capture';

/** Where a project keeps its captures, reviewed restorations and generated reports. */
export const projectPaths = (root: string) => ({
  sources: join(root, 'content/sources'),
  restorations: join(root, 'content/restorations'),
  reports: join(root, 'content/reports'),
  ledgers: join(root, 'content/ledgers'),
});

/** One generated file: where it goes and what it must contain. */
export interface Output {
  path: string;
  content: string;
}

function loadRestorations(root: string, config: CaptureConfig): Restoration[] {
  const path = join(projectPaths(root).restorations, `${config.slug}.json`);
  if (!existsSync(path)) return [];
  const name = relative(root, path);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CaptureError(name, undefined, `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = restorationFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `[${issue.path.join('].')}: ${issue.message}`);
    throw new CaptureError(name, undefined, problems.join('; '));
  }
  return parsed.data;
}

export function cleanOne(root: string, config: CaptureConfig): CleanedReport {
  const path = join(projectPaths(root).sources, config.file);
  const name = relative(root, path);
  if (!existsSync(path)) throw new CaptureError(name, undefined, 'the capture is missing');
  return cleanCapture(config, readCapture(name, readFileSync(path)), loadRestorations(root, config));
}

/**
 * Cleans every capture and returns the files to write. Everything is computed before
 * anything is written, so bad input stops the run without touching good output.
 */
export function generateOutputs(root: string, captures: readonly CaptureConfig[] = CAPTURES): Output[] {
  const paths = projectPaths(root);
  return captures.flatMap((config) => {
    const report = cleanOne(root, config);
    return [
      { path: join(paths.reports, `${config.slug}.mdx`), content: report.mdx },
      { path: join(paths.ledgers, `${config.slug}.json`), content: formatLedger(report.ledger) },
    ];
  });
}

/** What documents an output folder for people: kept there, though no pipeline writes it. */
const DOCUMENTATION = 'README.md';

/** Generated files that differ from what is on disk, and stray files in the output folders. */
export function staleOutputs(root: string, outputs: readonly Output[]): string[] {
  const paths = projectPaths(root);
  const expected = new Set(outputs.map((output) => output.path));
  const differing = outputs
    .filter(({ path, content }) => !existsSync(path) || readFileSync(path, 'utf8') !== content)
    .map(({ path }) => `${relative(root, path)} differs from what the pipeline produces`);
  const strays = [paths.reports, paths.ledgers].flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name !== DOCUMENTATION)
          .map((name) => join(dir, name))
          .filter((path) => !expected.has(path))
          .map((path) => `${relative(root, path)} is not produced by the pipeline`)
      : [],
  );
  return [...differing, ...strays];
}
