/**
 * Dependencies run one way: the pipeline (scripts/) and the site (src/) both build on the
 * text core (src/core/), and the core on neither. Every .ts, .astro and .mjs file under
 * src/ and scripts/ is parsed with the TypeScript parser, so every kind of import counts:
 * `import`, `import type`, `export … from`, dynamic `import()`, `import('…').Type` and
 * `require()`. An .astro file's imports are in its frontmatter and its <script> elements.
 *
 * And the site reads no file by path: its content comes from the content layer
 * (src/content.config.ts), whose loaders (src/lib/content/loaders/) are the one place that
 * reads content, and the search integration reads the built output. Nothing else under
 * src/ imports node:fs or asks for process.cwd().
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/core/frontmatter';

const ROOT = process.cwd();
const CHECKED = /\.(ts|astro|mjs)$/;

/** Files under `dir` (relative to the root, with `/`) that the rules apply to. */
function checkedFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return checkedFiles(file);
    return CHECKED.test(entry.name) ? [file] : [];
  });
}

const stringArgument = (node: ts.Node | undefined): string[] => (node !== undefined && ts.isStringLiteralLike(node) ? [node.text] : []);

/** The module specifiers a piece of TypeScript or JavaScript imports, in order. */
function importSpecifiers(code: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) found.push(...stringArgument(node.moduleSpecifier));
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      found.push(...stringArgument(node.moduleReference.expression));
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        found.push(...stringArgument(node.arguments[0]));
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      found.push(...stringArgument(node.argument.literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return found;
}

/** The code of a file that can import: all of it, or an .astro file's frontmatter and <script> elements. */
function importingCode(file: string, text: string): string[] {
  if (!file.endsWith('.astro')) return [text];
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return [splitFrontmatter(text).frontmatter ?? '', ...scripts];
}

/** Where a specifier points inside the project (relative to the root), or null for a package. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith('./') || specifier.startsWith('../')) return path.posix.join(path.posix.dirname(file), specifier);
  if (specifier.startsWith('/')) return specifier.slice(1);
  return null;
}

const isFrameworkOrRuntime = (specifier: string): boolean => /^(astro|node):/.test(specifier) || /^astro(\/|$)/.test(specifier) || isBuiltin(specifier);

/** The rule an import breaks, or null. */
function brokenRule(file: string, specifier: string): string | null {
  const to = target(file, specifier);
  if (file.startsWith('src/core/')) {
    if (isFrameworkOrRuntime(specifier)) return 'src/core/ uses no Astro and no Node module';
    if (to !== null && !to.startsWith('src/core/')) return 'src/core/ imports nothing outside src/core/';
  } else if (file.startsWith('src/') && to !== null && (to === 'scripts' || to.startsWith('scripts/'))) {
    return 'src/ never imports from scripts/';
  }
  return null;
}

/** Where src/ may read files: the content layer's loaders, and the search integration (the built dist/). */
const READS_FILES = [/^src\/lib\/content\/loaders\//, /^src\/integrations\/search-index\.ts$/];
const FILE_SYSTEM = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);

/** The rule a file of src/ breaks by how it reaches files (its imports and whether it asks for process.cwd()), or null. */
function fileReadRule(file: string, specifiers: readonly string[], usesCwd: boolean): string | null {
  if (!file.startsWith('src/')) return null;
  if (usesCwd) return 'src/ never asks for process.cwd(): content comes from astro:content';
  const fs = specifiers.find((s) => FILE_SYSTEM.has(s));
  if (fs && !READS_FILES.some((allowed) => allowed.test(file))) {
    return `src/ reads no file by path (it imports '${fs}'): content comes from astro:content, and only the content loaders and the search integration read files`;
  }
  return null;
}

/** Whether code calls (or passes on) process.cwd. */
function usesProcessCwd(code: string): boolean {
  if (!code.includes('cwd')) return false;
  let found = false;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'process' && node.name.text === 'cwd')
      found = true;
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return found;
}

describe('importSpecifiers', () => {
  it('finds every kind of import', () => {
    const code = [
      "import a from 'a';",
      "import type { B } from 'b';",
      "import { type C, d } from 'c';",
      "import 'side-effect';",
      "export { e } from 'e';",
      "export * from 'f';",
      "export type { G } from 'g';",
      "import h = require('h');",
      "const i = await import('i');",
      'const j = import(`j`);',
      "const k = require('k');",
      "let l: import('l').L;",
      "// import x from 'commented-out';",
      'const text = "import y from \'in-a-string\'";',
    ].join('\n');
    expect(importSpecifiers(code)).toEqual(['a', 'b', 'c', 'side-effect', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
  });

  it('reads an .astro file’s frontmatter and scripts, not its markup', () => {
    const astro = "---\nimport P from '../x/P.astro';\n---\n<p>import q from 'q';</p>\n<script>\n  import { r } from './r';\n</script>\n";
    expect(importingCode('src/y.astro', astro).flatMap(importSpecifiers)).toEqual(['../x/P.astro', './r']);
  });
});

describe('brokenRule', () => {
  it('keeps src/core/ to itself and to pure packages', () => {
    expect(brokenRule('src/core/a.ts', './b')).toBeNull();
    expect(brokenRule('src/core/schemas/a.ts', '../notes')).toBeNull();
    expect(brokenRule('src/core/a.ts', 'zod')).toBeNull();
    expect(brokenRule('src/core/a.ts', '../lib/ui')).toMatch(/outside src\/core/);
    expect(brokenRule('src/core/a.ts', '../../scripts/clean/model')).toMatch(/outside src\/core/);
    expect(brokenRule('src/core/a.ts', '../core-extra/x')).toMatch(/outside src\/core/);
    for (const specifier of ['astro:content', 'astro/loaders', 'node:fs', 'fs', 'path']) {
      expect(brokenRule('src/core/a.ts', specifier), specifier).toMatch(/no Astro and no Node/);
    }
  });

  it('keeps scripts/ out of src/, and lets both use src/core/', () => {
    expect(brokenRule('src/lib/a.ts', '../../scripts/clean/chinese')).toMatch(/never imports from scripts/);
    expect(brokenRule('src/pages/search/index.astro', '../../client/search-page')).toBeNull();
    expect(brokenRule('src/pages/search/index.astro', '../../../scripts/serve')).toMatch(/never imports from scripts/);
    expect(brokenRule('src/lib/a.ts', '../core/han')).toBeNull();
    expect(brokenRule('scripts/clean/a.ts', '../../src/core/han')).toBeNull();
  });
});

describe('fileReadRule', () => {
  it('lets only the content loaders and the search integration import the file system', () => {
    expect(fileReadRule('src/lib/content/loaders/captures.ts', ['node:fs/promises'], false)).toBeNull();
    expect(fileReadRule('src/integrations/search-index.ts', ['node:fs/promises'], false)).toBeNull();
    expect(fileReadRule('src/lib/programmes.ts', ['node:fs'], false)).toMatch(/reads no file by path \(it imports 'node:fs'\)/);
    expect(fileReadRule('src/pages/index.astro', ['fs'], false)).toMatch(/reads no file by path/);
    expect(fileReadRule('src/lib/content/checks.ts', ['fs/promises'], false)).toMatch(/reads no file by path/);
    expect(fileReadRule('src/lib/url.ts', ['node:path', 'node:crypto'], false)).toBeNull();
    expect(fileReadRule('scripts/clean/cli.ts', ['node:fs'], true)).toBeNull();
  });

  it('lets nothing under src/ ask for process.cwd(), not even a loader', () => {
    expect(fileReadRule('src/lib/content/loaders/files.ts', [], true)).toMatch(/process\.cwd/);
    expect(usesProcessCwd('const root = process.cwd();')).toBe(true);
    expect(usesProcessCwd("const at = path.resolve(process.cwd(), 'content');")).toBe(true);
    expect(usesProcessCwd("const cwd = process['env'].CWD; // process.cwd() in a comment")).toBe(false);
  });
});

describe('the source tree', () => {
  // Parsed once for both rules below (parsing is most of their time).
  const files = [...checkedFiles('src'), ...checkedFiles('scripts')].map((file) => {
    const code = importingCode(file, readFileSync(path.join(ROOT, file), 'utf8'));
    return { file, specifiers: code.flatMap(importSpecifiers), usesCwd: code.some(usesProcessCwd) };
  });

  it('has a text core', () => {
    expect(files.filter(({ file }) => file.startsWith('src/core/')).length).toBeGreaterThan(0);
  });

  it('reads files by path only in the content loaders and the search integration', () => {
    const broken = files.flatMap(({ file, specifiers, usesCwd }) => {
      const rule = fileReadRule(file, specifiers, usesCwd);
      return rule === null ? [] : [`${file}: ${rule}`];
    });
    expect(broken).toEqual([]);
  });

  it('imports only one way: scripts/ → src/core/ ← src/', () => {
    const broken = files.flatMap(({ file, specifiers }) =>
      specifiers.flatMap((specifier) => {
        const rule = brokenRule(file, specifier);
        return rule === null ? [] : [`${file} imports '${specifier}': ${rule}`];
      }),
    );
    expect(broken).toEqual([]);
  });
});
