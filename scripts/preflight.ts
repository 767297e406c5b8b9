/**
 * `npm run preflight`, the first step of `npm test` and `npm run bench`: in about a second,
 * whether this machine has what the browser-driven steps need — a Chromium or Chrome
 * (scripts/chromium.ts finds it) and a CJK font — and, when not, the commands that bring them.
 * gatherFacts does the looking; preflightReport, pure, decides what to say.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumProblem, findChromium, type ChromiumResolution, type ChromiumSource } from './chromium';

/** How the browser found answered `--version`: a version (undefined when it was too slow), or an error. */
type BrowserRun = { ok: true; version: string | undefined } | { ok: false; error: string };

export interface PreflightFacts {
  platform: NodeJS.Platform;
  /** ID, then ID_LIKE, of /etc/os-release; empty without one. */
  distro: string[];
  root: boolean;
  browser: ChromiumResolution;
  /** Undefined when no browser was found. */
  run: BrowserRun | undefined;
  /** CJK font families; null when fc-list (fontconfig) is missing. */
  cjkFonts: string[] | null;
}

interface PreflightReport {
  ok: boolean;
  text: string;
}

export function parseOsRelease(text: string): string[] {
  const field = (name: string) =>
    new RegExp(`^${name}=(.*)$`, 'm')
      .exec(text)?.[1]
      ?.trim()
      .replace(/^(["'])(.*)\1$/, '$2') ?? '';
  return [field('ID'), ...field('ID_LIKE').split(/\s+/)].filter(Boolean).map((id) => id.toLowerCase());
}

/** The families in `fc-list … family` output, whose lines may list several names of one family. */
export function parseFcList(stdout: string): string[] {
  const families = stdout.split('\n').map((line) => line.split(',')[0]!.trim());
  return [...new Set(families.filter(Boolean))].sort();
}

type Host = 'debian' | 'ubuntu' | 'macos' | 'other';

function hostOf(platform: NodeJS.Platform, distro: string[]): Host {
  if (platform === 'darwin') return 'macos';
  if (platform !== 'linux') return 'other';
  // Ubuntu has no Chromium deb, only a transitional package for the snap; Playwright's own
  // Chromium is the one Playwright supports there.
  if (distro[0] === 'ubuntu') return 'ubuntu';
  return distro.includes('debian') || distro.includes('ubuntu') ? 'debian' : 'other';
}

const HOST_NAMES: Record<Host, string> = { debian: 'Debian', ubuntu: 'Ubuntu', macos: 'macOS', other: 'this system' };

const SOURCE_LABELS: Record<ChromiumSource, string> = {
  CHROMIUM_PATH: 'from CHROMIUM_PATH',
  system: 'system browser',
  playwright: "Playwright's browser",
};

const CHROMIUM_PATH_HINT = 'CHROMIUM_PATH=/path/to/chrome npm test';

/** The commands that install what is missing, for this kind of machine. */
function installCommands(host: Host, sudo: string, needBrowser: boolean, fonts: string[] | null): string[] {
  const fontPackages = fonts === null ? ['fonts-noto-cjk', 'fontconfig'] : fonts.length === 0 ? ['fonts-noto-cjk'] : [];
  const apt = (packages: string[]) => (packages.length ? [`${sudo}apt-get install ${packages.join(' ')}`] : []);
  switch (host) {
    case 'debian':
      return apt([...(needBrowser ? ['chromium'] : []), ...fontPackages]);
    case 'ubuntu':
      return [...apt(fontPackages), ...(needBrowser ? ['npx playwright install --with-deps chromium'] : [])];
    case 'macos':
      return needBrowser ? ['brew install --cask google-chrome   # or Chromium: brew install --cask chromium'] : [];
    case 'other':
      return [
        ...(needBrowser ? ["install Chromium or Google Chrome with the system's package manager"] : []),
        ...(fontPackages.length
          ? ['install fontconfig and a CJK font such as Noto Sans CJK (fonts-noto-cjk, google-noto-sans-cjk-fonts or noto-fonts-cjk)']
          : []),
      ];
  }
}

export function preflightReport(facts: PreflightFacts): PreflightReport {
  const { browser, run, cjkFonts } = facts;
  if (browser.ok && run?.ok !== false && cjkFonts?.length) {
    const version = run?.ok && run.version ? run.version : 'browser';
    const more = cjkFonts.length > 1 ? ` and ${cjkFonts.length - 1} more` : '';
    return {
      ok: true,
      text: `preflight: ${version} at ${browser.path} (${SOURCE_LABELS[browser.source]}); CJK font: ${cjkFonts[0]}${more}`,
    };
  }

  const problems: string[] = [];
  if (!browser.ok) problems.push(chromiumProblem(browser));
  else if (run && !run.ok) problems.push(`${browser.path} does not run: \`--version\` failed with ${run.error}`);
  if (cjkFonts === null) problems.push('no CJK font: fc-list (fontconfig) is not installed');
  else if (cjkFonts.length === 0) problems.push("no CJK font: `fc-list ':lang=zh'` lists none");

  const host = hostOf(facts.platform, facts.distro);
  const browserBroken = !browser.ok || run?.ok === false;
  // A CHROMIUM_PATH that names no working browser is fixed there, not by installing another one.
  const fromEnv = browser.ok ? browser.source === 'CHROMIUM_PATH' : browser.reason === 'env-missing';
  const needBrowser = browserBroken && !fromEnv;
  const install = installCommands(host, facts.root ? '' : 'sudo ', needBrowser, cjkFonts);
  const lines = ['preflight: the browser tests cannot run on this machine yet:', ...problems.map((problem) => `  - ${problem}`)];
  if (install.length) lines.push(`To fix it on ${HOST_NAMES[host]}:`, ...install.map((command) => `  ${command}`));
  if (needBrowser && host !== 'ubuntu') lines.push("or, with network access, use Playwright's own Chromium:", '  npx playwright install chromium');
  lines.push(
    browserBroken && fromEnv
      ? 'Point CHROMIUM_PATH at the executable of a Chrome or Chromium (or unset it to use the one found in the usual places):'
      : 'To use a Chrome or Chromium installed elsewhere:',
    `  ${CHROMIUM_PATH_HINT}`,
  );
  return { ok: false, text: lines.join('\n') };
}

const lastLine = (text: string) => text.trim().split('\n').at(-1)?.trim() ?? '';

function readDistro(): string[] {
  try {
    return parseOsRelease(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return [];
  }
}

function runVersion(executable: string): BrowserRun {
  const result = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 3000 });
  if (result.error) {
    const timedOut = (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
    return timedOut ? { ok: true, version: undefined } : { ok: false, error: result.error.message };
  }
  if (result.status !== 0) {
    return { ok: false, error: lastLine(result.stderr) || `exit status ${result.status ?? result.signal}` };
  }
  return { ok: true, version: lastLine(result.stdout) || undefined };
}

function findCjkFonts(platform: NodeJS.Platform): string[] | null {
  // macOS ships CJK fonts (PingFang), and no fontconfig to ask.
  if (platform === 'darwin') return ['PingFang SC'];
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 10_000 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') return null;
  return parseFcList(result.stdout ?? '');
}

function gatherFacts(): PreflightFacts {
  const browser = findChromium();
  return {
    platform: process.platform,
    distro: readDistro(),
    root: process.getuid?.() === 0,
    browser,
    run: browser.ok ? runVersion(browser.path) : undefined,
    cjkFonts: findCjkFonts(process.platform),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const report = preflightReport(gatherFacts());
  if (report.ok) console.log(report.text);
  else {
    console.error(report.text);
    process.exitCode = 1;
  }
}
