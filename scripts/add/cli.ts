/**
 * `npm run add`: a new capture into the archive as a draft report (usage.ts says what it
 * does; README.md, “Adding a report”, what to do next). The steps, in order:
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CaptureError, CaptureErrors } from '../clean/errors';
import { generateOutputs, staleOutputs } from '../clean/project';
import { AddError } from './errors';
import { parseAddArgs, type AddOptions } from './options';
import { planAdd, type PlannedFile } from './plan';
import { readProjectState } from './project-state';
import { reviewSummary, reviewTable } from './review-table';
import { USAGE } from './usage';

const root = resolve('.');

function readCapture(options: AddOptions): Uint8Array {
  if (!existsSync(options.capture)) throw new AddError(`${options.capture}: no such file`);
  return readFileSync(options.capture);
}

function writeFiles(files: readonly PlannedFile[]): void {
  for (const { path, content } of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** The whole pipeline, as `npm run clean -- --check` runs it, must agree with what was written. */
function checkPipeline(): void {
  const stale = staleOutputs(root, generateOutputs(root));
  if (stale.length > 0) throw new AddError(`\`npm run clean -- --check\` disagrees with what was written: ${stale.join('; ')}`);
}

let written = false;
try {
  const invocation = parseAddArgs(process.argv.slice(2));
  if (invocation.usage) {
    console.log(USAGE);
  } else {
    const { options } = invocation;
    const bytes = readCapture(options);
    const plan = planAdd(readProjectState(root), options, bytes);
    writeFiles(plan.files);
    written = true;
    checkPipeline();
    console.log(reviewTable(plan.report.ledger, plan.report.claimedBy));
    console.log(`\n${reviewSummary(plan.report.ledger)}`);
    console.log(`\nwrote (a draft, status: draft):\n${plan.files.map((file) => `  ${file.path}`).join('\n')}`);
    console.log('\nnext: review the table and the draft configuration, then the programme file (README.md, “Adding a report”).');
  }
} catch (error) {
  if (!(error instanceof AddError || error instanceof CaptureError || error instanceof CaptureErrors)) throw error;
  console.error(`add: ${error.message}`);
  console.error(written ? 'add: the files above were written; `git status` shows them.' : 'add: nothing was written.');
  process.exit(1);
}
