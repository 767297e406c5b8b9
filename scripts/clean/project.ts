import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { restorationFileSchema, type Restoration } from '../../src/core/schemas/restoration';
import { CAPTURES_DIR, DOCUMENTATION, loadCaptures, type CaptureConfig } from './captures';
import { formatLedger } from '../../src/core/ledger-format';
import { CaptureError, CaptureErrors } from './errors';
import { cleanCapture, type CleanedReport } from './pipeline';
import { decodeCapture } from './decode-capture';

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
  return cleanCapture(config, decodeCapture(name, readFileSync(path)), loadRestorations(root, config));
}

/**
 * The configuration of every capture, checked to pair one to one with the captures in
 * content/sources/: a capture without a configuration, or a configuration whose capture
 * is missing, stops the run, all of them named at once.
 */
export function loadProject(root: string): CaptureConfig[] {
  const configs = loadCaptures(root);
  const problems = unpaired(root, configs);
  if (problems.length > 0) throw new CaptureErrors(problems);
  return configs;
}

function unpaired(root: string, configs: readonly CaptureConfig[]): CaptureError[] {
  const dir = projectPaths(root).sources;
  const sources = existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('.')) : [];
  const configured = new Set(configs.map((config) => config.file));
  const configFor = (file: string) => `${CAPTURES_DIR}/${file.slice(0, 3)}.yaml`;
  const unconfigured = sources
    .filter((name) => !configured.has(name))
    .map((name) => {
      const remedy = /^\d{3}_[0-9a-f]+\.txt$/.test(name) ? `write ${configFor(name)}` : `name it NNN_<hex>.txt and write ${CAPTURES_DIR}/NNN.yaml`;
      return new CaptureError(relative(root, join(dir, name)), undefined, `no capture configuration names this capture (${remedy})`);
    });
  const missing = configs
    .filter((config) => !sources.includes(config.file))
    .map(
      (config) => new CaptureError(relative(root, join(dir, config.file)), undefined, `the capture is missing (${configFor(config.file)} configures it)`),
    );
  return [...unconfigured, ...missing];
}

/**
 * Cleans every capture and returns the files to write. Everything is computed before
 * anything is written, so bad input stops the run without touching good output.
 */
export function generateOutputs(root: string): Output[] {
  const paths = projectPaths(root);
  return loadProject(root).flatMap((config) => {
    const report = cleanOne(root, config);
    return [
      { path: join(paths.reports, `${config.slug}.mdx`), content: report.mdx },
      { path: join(paths.ledgers, `${config.slug}.json`), content: formatLedger(report.ledger) },
    ];
  });
}

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
