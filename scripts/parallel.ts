/**
 * Runs npm scripts side by side and fails if any fails: `tsx scripts/parallel.ts typecheck test:pipeline`.
 * `npm test` uses it for steps that are mostly single-threaded and independent, so the two
 * cores of the CI machine both work. Each script's output is held back and printed whole
 * when it ends, so the logs do not interleave.
 */
import { spawn } from 'node:child_process';

interface Outcome {
  script: string;
  code: number;
  output: string;
  seconds: number;
}

function run(script: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const finish = (code: number) => resolve({ script, code, output, seconds: (Date.now() - started) / 1000 });
    child.on('error', (error) => {
      output += `${error.message}\n`;
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: tsx scripts/parallel.ts <npm script> <npm script> …');
  process.exit(2);
}
const outcomes = await Promise.all(
  scripts.map(async (script) => {
    const outcome = await run(script);
    console.log(
      `\n> npm run ${script} (${outcome.code === 0 ? 'passed' : `failed, exit ${outcome.code}`}, ${outcome.seconds.toFixed(1)} s)\n${outcome.output}`,
    );
    return outcome;
  }),
);
const failed = outcomes.filter((o) => o.code !== 0).map((o) => o.script);
if (failed.length > 0) {
  console.error(`parallel: failed: ${failed.join(', ')}`);
  process.exit(1);
}
