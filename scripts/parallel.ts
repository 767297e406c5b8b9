/**
 * Runs npm scripts side by side and fails if any fails: `tsx scripts/parallel.ts static-checks test:pipeline`.
 * `npm test` uses it for steps that are mostly single-threaded and independent, so the two
 * cores of the CI machine both work. Each script's output is held back and printed whole
 * when it ends, so the logs do not interleave. The first failure stops the others, so a
 * lint error is reported as soon as it is found, not after the slowest script.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Outcome {
  script: string;
  code: number;
  output: string;
  seconds: number;
}

interface Running {
  child: ChildProcess;
  outcome: Promise<Outcome>;
}

function start(script: string): Running {
  const started = Date.now();
  // Its own process group, so stopping it stops what npm started too.
  const child = spawn('npm', ['run', '--silent', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const outcome = new Promise<Outcome>((resolve) => {
    const finish = (code: number) => resolve({ script, code, output, seconds: (Date.now() - started) / 1000 });
    child.on('error', (error) => {
      output += `${error.message}\n`;
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
  return { child, outcome };
}

function stop(running: Running): void {
  if (running.child.exitCode !== null || running.child.pid === undefined) return;
  try {
    process.kill(-running.child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: tsx scripts/parallel.ts <npm script> <npm script> …');
  process.exit(2);
}
const runs = scripts.map(start);
// The scripts have their own process groups, so an interrupt of this one reaches them from here.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    runs.forEach(stop);
    process.exit(130);
  });
}
let stopped = false;
const outcomes = await Promise.all(
  runs.map(async (running) => {
    const outcome = await running.outcome;
    const state = outcome.code === 0 ? 'passed' : stopped ? 'stopped' : `failed, exit ${outcome.code}`;
    console.log(`\n> npm run ${outcome.script} (${state}, ${outcome.seconds.toFixed(1)} s)\n${outcome.output}`);
    if (outcome.code !== 0 && !stopped) {
      stopped = true;
      runs.forEach(stop);
    }
    return { ...outcome, state };
  }),
);
const failed = outcomes.filter((o) => o.state.startsWith('failed')).map((o) => o.script);
if (failed.length > 0) {
  console.error(`parallel: failed: ${failed.join(', ')}${outcomes.some((o) => o.state === 'stopped') ? ' (the others were stopped)' : ''}`);
  process.exit(1);
}
