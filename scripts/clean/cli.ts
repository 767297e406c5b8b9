/**
 * `npm run clean` regenerates content/reports/*.mdx and content/ledgers/*.json from the
 * raw captures; `npm run clean -- --check` fails when the committed files differ.
 * `--root DIR` runs on another project folder (the tests use it for bad input).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CaptureError, CaptureErrors } from './errors';
import { generateOutputs, staleOutputs } from './project';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } },
});
const root = resolve(values.root);

try {
  const outputs = generateOutputs(root);
  if (values.check) {
    const stale = staleOutputs(root, outputs);
    if (stale.length > 0) {
      console.error(`clean --check: ${stale.length} problem(s); run \`npm run clean\` and review the diff.`);
      for (const problem of stale) console.error(`  ${problem}`);
      process.exit(1);
    }
    console.log(`clean --check: ${outputs.length} generated files match the captures.`);
  } else {
    for (const { path, content } of outputs) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    console.log(`clean: wrote ${outputs.length} files.`);
  }
} catch (error) {
  if (!(error instanceof CaptureError || error instanceof CaptureErrors)) throw error;
  for (const { message } of error instanceof CaptureErrors ? error.errors : [error]) console.error(`clean: ${message}`);
  process.exit(1);
}
