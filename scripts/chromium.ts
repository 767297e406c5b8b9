import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * The Chromium that every browser-driving tool of the project launches, and how: never one
 * downloaded on the fly, and with the background networking that a closed network would
 * refuse switched off. Found, in this order:
 *   1. CHROMIUM_PATH, when set: authoritative, so a wrong path is an error, not a fallback;
 *   2. the system's Chromium or Google Chrome at its usual place (Linux, macOS);
 *   3. the Chromium that `npx playwright install chromium` put in Playwright's cache.
 */

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright';

export type ChromiumResolution =
  | { ok: true; path: string; source: ChromiumSource }
  | { ok: false; reason: 'env-missing'; path: string }
  | { ok: false; reason: 'not-found'; tried: string[] };

export interface ChromiumInputs {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** Whether an executable file is at this path. */
  isExecutable: (path: string) => boolean;
  /** Where Playwright keeps its own Chromium, installed or not; undefined where it has none. */
  playwrightPath: string | undefined;
}

function systemChromiumPaths(platform: NodeJS.Platform, home: string | undefined): string[] {
  if (platform === 'linux') {
    return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    const folders = home ? ['/Applications', `${home}/Applications`] : ['/Applications'];
    return folders.flatMap((folder) => apps.map((app) => `${folder}/${app}`));
  }
  return [];
}

export function resolveChromium({ env, platform, isExecutable, playwrightPath }: ChromiumInputs): ChromiumResolution {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    return isExecutable(fromEnv) ? { ok: true, path: fromEnv, source: 'CHROMIUM_PATH' } : { ok: false, reason: 'env-missing', path: fromEnv };
  }
  const candidates = systemChromiumPaths(platform, env.HOME);
  const system = candidates.find(isExecutable);
  if (system) return { ok: true, path: system, source: 'system' };
  if (playwrightPath && isExecutable(playwrightPath)) return { ok: true, path: playwrightPath, source: 'playwright' };
  return { ok: false, reason: 'not-found', tried: playwrightPath ? [...candidates, playwrightPath] : candidates };
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    // Playwright throws on a platform it builds no Chromium for.
    return undefined;
  }
}

/** resolveChromium on this machine. */
export function findChromium(): ChromiumResolution {
  return resolveChromium({
    env: process.env,
    platform: process.platform,
    isExecutable: isExecutableFile,
    playwrightPath: playwrightChromiumPath(),
  });
}

/** The browser to launch; throws, saying what to do, when there is none. */
export function chromiumPath(): string {
  const found = findChromium();
  if (found.ok) return found.path;
  throw new Error(`${chromiumProblem(found)}. \`npm run preflight\` says what to install; or set CHROMIUM_PATH=/path/to/chrome.`);
}

export function chromiumProblem(failure: Extract<ChromiumResolution, { ok: false }>): string {
  return failure.reason === 'env-missing'
    ? `CHROMIUM_PATH is ${failure.path}, but no executable file is there`
    : `no Chromium or Chrome found (looked at ${failure.tried.join(', ')})`;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
