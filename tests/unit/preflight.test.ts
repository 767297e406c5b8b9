/** Which browser the tools launch (scripts/chromium.ts), and what `npm run preflight` says about this machine. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveChromium, type ChromiumInputs } from '../../scripts/chromium';
import { parseFcList, parseOsRelease, preflightReport, type PreflightFacts } from '../../scripts/preflight';

const PLAYWRIGHT = '/home/dev/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

function resolve(installed: string[], inputs: Partial<ChromiumInputs> = {}) {
  return resolveChromium({
    env: {},
    platform: 'linux',
    isExecutable: (path) => installed.includes(path),
    playwrightPath: PLAYWRIGHT,
    ...inputs,
  });
}

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH first, over a system browser', () => {
    expect(resolve(['/usr/bin/chromium', '/opt/chrome'], { env: { CHROMIUM_PATH: '/opt/chrome' } })).toEqual({
      ok: true,
      path: '/opt/chrome',
      source: 'CHROMIUM_PATH',
    });
  });

  it('fails on a CHROMIUM_PATH that names nothing, rather than falling back', () => {
    expect(resolve(['/usr/bin/chromium', PLAYWRIGHT], { env: { CHROMIUM_PATH: '/nonexistent/chrome' } })).toEqual({
      ok: false,
      reason: 'env-missing',
      path: '/nonexistent/chrome',
    });
  });

  it('ignores an empty CHROMIUM_PATH', () => {
    expect(resolve(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '' } })).toMatchObject({ ok: true, source: 'system' });
  });

  it('then the system browser on Linux, Debian’s chromium before Chrome', () => {
    expect(resolve(['/usr/bin/google-chrome', '/usr/bin/chromium', PLAYWRIGHT])).toEqual({
      ok: true,
      path: '/usr/bin/chromium',
      source: 'system',
    });
    expect(resolve(['/snap/bin/chromium'])).toMatchObject({ path: '/snap/bin/chromium', source: 'system' });
  });

  it('then Chrome or Chromium in /Applications or ~/Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const userChromium = '/Users/dev/Applications/Chromium.app/Contents/MacOS/Chromium';
    const mac = { platform: 'darwin', env: { HOME: '/Users/dev' } } as const;
    expect(resolve([userChromium, chrome], mac)).toMatchObject({ path: chrome, source: 'system' });
    expect(resolve([userChromium], mac)).toMatchObject({ path: userChromium, source: 'system' });
    expect(resolve(['/usr/bin/chromium'], mac)).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('then the Chromium Playwright installed, only if it is there', () => {
    expect(resolve([PLAYWRIGHT])).toEqual({ ok: true, path: PLAYWRIGHT, source: 'playwright' });
    expect(resolve([PLAYWRIGHT], { platform: 'win32' })).toMatchObject({ source: 'playwright' });
    const none = resolve([]);
    expect(none).toMatchObject({ ok: false, reason: 'not-found' });
    expect(none.ok === false && none.reason === 'not-found' && none.tried).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      PLAYWRIGHT,
    ]);
    expect(resolve([], { playwrightPath: undefined })).toMatchObject({ ok: false, reason: 'not-found' });
  });
});

describe('parseOsRelease and parseFcList', () => {
  it('reads ID then ID_LIKE, quoted or not', () => {
    expect(parseOsRelease('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toEqual(['debian']);
    expect(parseOsRelease('NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n')).toEqual(['ubuntu', 'debian']);
    expect(parseOsRelease('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toEqual(['linuxmint', 'ubuntu', 'debian']);
    expect(parseOsRelease('ID="fedora"\n')).toEqual(['fedora']);
    expect(parseOsRelease('')).toEqual([]);
  });

  it('lists each font family once', () => {
    expect(parseFcList('Noto Sans CJK SC,Noto Sans CJK SC Regular\nAR PL UMing\nNoto Sans CJK SC\n\n')).toEqual(['AR PL UMing', 'Noto Sans CJK SC']);
    expect(parseFcList('')).toEqual([]);
  });
});

const DEBIAN: PreflightFacts = {
  platform: 'linux',
  distro: ['debian'],
  root: false,
  browser: { ok: true, path: '/usr/bin/chromium', source: 'system' },
  run: { ok: true, version: 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)' },
  cjkFonts: ['Noto Sans CJK SC', 'Noto Serif CJK SC'],
};
const NO_BROWSER: Pick<PreflightFacts, 'browser' | 'run'> = {
  browser: { ok: false, reason: 'not-found', tried: ['/usr/bin/chromium'] },
  run: undefined,
};
const HINT = 'CHROMIUM_PATH=/path/to/chrome npm test';

describe('preflightReport', () => {
  it('confirms in one line: browser, version, source, font', () => {
    expect(preflightReport(DEBIAN)).toEqual({
      ok: true,
      text: 'preflight: Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm) at /usr/bin/chromium (system browser); CJK font: Noto Sans CJK SC and 1 more',
    });
    const slow = preflightReport({
      ...DEBIAN,
      browser: { ok: true, path: '/opt/chrome', source: 'CHROMIUM_PATH' },
      run: { ok: true, version: undefined },
      cjkFonts: ['Noto Sans CJK SC'],
    });
    expect(slow).toEqual({ ok: true, text: 'preflight: browser at /opt/chrome (from CHROMIUM_PATH); CJK font: Noto Sans CJK SC' });
  });

  it('on Debian without either: one apt-get line, with sudo when not root', () => {
    const report = preflightReport({ ...DEBIAN, ...NO_BROWSER, cjkFonts: [] });
    expect(report.ok).toBe(false);
    expect(report.text).toContain('no Chromium or Chrome found (looked at /usr/bin/chromium)');
    expect(report.text).toContain("no CJK font: `fc-list ':lang=zh'` lists none");
    expect(report.text).toContain('To fix it on Debian:\n  sudo apt-get install chromium fonts-noto-cjk\n');
    expect(report.text).toContain('npx playwright install chromium');
    expect(report.text).toContain(HINT);
  });

  it('asks only for what is missing: fonts, as root, and fontconfig when fc-list is missing', () => {
    const fonts = preflightReport({ ...DEBIAN, root: true, cjkFonts: [] });
    expect(fonts.ok).toBe(false);
    expect(fonts.text).toContain('\n  apt-get install fonts-noto-cjk\n');
    expect(fonts.text).not.toContain('npx playwright');
    expect(fonts.text).toContain(HINT);
    const noFontconfig = preflightReport({ ...DEBIAN, cjkFonts: null });
    expect(noFontconfig.text).toContain('no CJK font: fc-list (fontconfig) is not installed');
    expect(noFontconfig.text).toContain('sudo apt-get install fonts-noto-cjk fontconfig');
  });

  it('on Ubuntu, the fonts from apt and Chromium from Playwright', () => {
    const report = preflightReport({ ...DEBIAN, ...NO_BROWSER, distro: ['ubuntu', 'debian'], cjkFonts: [] });
    expect(report.text).toContain('To fix it on Ubuntu:\n  sudo apt-get install fonts-noto-cjk\n  npx playwright install --with-deps chromium\n');
    expect(report.text).toContain(HINT);
  });

  it('on macOS, Chrome or Chromium (the system has CJK fonts)', () => {
    const report = preflightReport({ ...DEBIAN, ...NO_BROWSER, platform: 'darwin', distro: [], cjkFonts: ['PingFang SC'] });
    expect(report.ok).toBe(false);
    expect(report.text).toContain('To fix it on macOS:\n  brew install --cask google-chrome');
    expect(report.text).toContain('brew install --cask chromium');
    expect(report.text).not.toContain('CJK font');
    expect(report.text).not.toContain('apt-get');
    expect(report.text).toContain(HINT);
  });

  it('on an unknown system, the package manager, Playwright and CHROMIUM_PATH', () => {
    const report = preflightReport({ ...DEBIAN, ...NO_BROWSER, distro: ['fedora'], cjkFonts: null });
    expect(report.text).toContain("install Chromium or Google Chrome with the system's package manager");
    expect(report.text).toContain('install fontconfig and a CJK font such as Noto Sans CJK');
    expect(report.text).toContain('npx playwright install chromium');
    expect(report.text).toContain(HINT);
    expect(report.text).not.toContain('apt-get');
  });

  it('on a CHROMIUM_PATH that names nothing: that path, and how to set it, not an install', () => {
    const report = preflightReport({
      ...DEBIAN,
      browser: { ok: false, reason: 'env-missing', path: '/nonexistent/chrome' },
      run: undefined,
    });
    expect(report.ok).toBe(false);
    expect(report.text).toContain('CHROMIUM_PATH is /nonexistent/chrome, but no executable file is there');
    expect(report.text).toContain(
      `Point CHROMIUM_PATH at the executable of a Chrome or Chromium (or unset it to use the one found in the usual places):\n  ${HINT}`,
    );
    expect(report.text).not.toContain('apt-get');
    expect(report.text).not.toContain('npx playwright');
  });

  it('on a browser that does not start', () => {
    const report = preflightReport({
      ...DEBIAN,
      browser: { ok: true, path: PLAYWRIGHT, source: 'playwright' },
      run: { ok: false, error: 'error while loading shared libraries: libnss3.so' },
    });
    expect(report.ok).toBe(false);
    expect(report.text).toContain(`${PLAYWRIGHT} does not run: \`--version\` failed with error while loading shared libraries: libnss3.so`);
    expect(report.text).toContain('sudo apt-get install chromium\n');
    const fromEnv = preflightReport({
      ...DEBIAN,
      browser: { ok: true, path: '/bin/false', source: 'CHROMIUM_PATH' },
      run: { ok: false, error: 'exit status 1' },
    });
    expect(fromEnv.text).toContain('/bin/false does not run');
    expect(fromEnv.text).toContain(`Point CHROMIUM_PATH at the executable of a Chrome or Chromium`);
    expect(fromEnv.text).not.toContain('apt-get');
  });
});

describe('npm run preflight', () => {
  it('exits non-zero within seconds on a CHROMIUM_PATH that names nothing, saying so', () => {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/preflight.ts'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chrome' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const seconds = (performance.now() - start) / 1000;
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CHROMIUM_PATH is /nonexistent/chrome, but no executable file is there');
    expect(result.stderr).toContain(HINT);
    expect(seconds).toBeLessThan(10);
  }, 30_000);

  it('runs first in `npm test` and `npm run bench`, before the pipeline check and the build', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.preflight).toBe('tsx scripts/preflight.ts');
    // Then the types once (astro sync), and the type check and lint beside the pipeline check.
    expect(scripts.test).toMatch(/^npm run preflight && astro sync && tsx scripts\/parallel\.ts static-checks test:pipeline && /);
    expect(scripts['static-checks']).toBe('astro check --noSync && npm run lint:code');
    expect(scripts['test:pipeline']).toMatch(/^npm run clean -- --check && /);
    expect(scripts.bench).toBe('npm run preflight && tsx scripts/bench.ts');
  });
});
