// @ts-check
/**
 * ESLint (flat config): JavaScript's recommended rules everywhere; typescript-eslint's typed
 * rules (recommendedTypeChecked) on the TypeScript and .mjs of src/, scripts/, tests/ and the
 * root configs; eslint-plugin-astro on .astro files; the import boundaries of the README's
 * "Layout" as no-restricted-imports; eslint-config-prettier last, so formatting is
 * Prettier's alone. `tests/unit/boundaries.test.ts` checks the same boundaries, and also
 * dynamic `import()`, `import('…').Type` and `require()`, which no-restricted-imports does not see.
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Deepest folder level under src/ the boundary rules are written out for (src/a/b/c/d/e/f/x.ts). */
const MAX_DEPTH = 6;

/**
 * The files `depth` folders below `root` (0: the files of `root` itself), and the <script>s of
 * its .astro files, which ESLint sees as `x.astro/1_1.ts` but which import relative to x.astro.
 * Each depth's <script>s come after every depth's files, so they get their own depth's rule.
 * @param {string} root
 * @param {number[]} depths
 * @param {(depth: number) => import('eslint').Linter.RulesRecord} rule
 * @returns {import('eslint').Linter.Config[]}
 */
const atDepths = (root, depths, rule) => [
  ...depths.map((depth) => ({ name: `${root}/ depth ${depth}`, files: [`${root}/${'*/'.repeat(depth)}*.{ts,mts,mjs,astro}`], rules: rule(depth) })),
  ...depths.map((depth) => ({ name: `${root}/ depth ${depth} <script>`, files: [`${root}/${'*/'.repeat(depth)}*.astro/*`], rules: rule(depth) })),
];
/** @param {number} max */
const depths = (max) => Array.from({ length: max + 1 }, (_, depth) => depth);

/**
 * A pattern matching a relative specifier that starts by climbing `ups` folders (`../` or a final `..`).
 * @param {number} ups
 */
const climbing = (ups) => `^(\\.\\.(\\/|$)){${ups}}`;

/**
 * no-restricted-imports sees the specifier as written, not the file it resolves to: the
 * pipeline is `../../scripts/…` from src/lib/x.ts but `../../../scripts/…` from
 * src/lib/search/x.ts. So the rules are written per folder depth.
 */
const srcBoundaries = atDepths('src', depths(MAX_DEPTH), (depth) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [{ regex: `${climbing(depth + 1)}scripts(\\/|$)|^\\/scripts(\\/|$)`, message: 'src/ never imports from scripts/ (README, "Layout").' }],
    },
  ],
}));

const nodeModules = builtinModules.filter((name) => !name.startsWith('_'));

/** src/core/ (depth 0) and src/core/schemas/ (depth 1): nothing outside src/core/, no Astro, no Node. */
const coreBoundaries = atDepths('src/core', depths(MAX_DEPTH - 1), (depth) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: nodeModules.map((name) => ({ name, message: 'src/core/ uses no Node module (README, "Layout").' })),
      patterns: [
        { regex: '^(astro|node)(:|\\/|$)', message: 'src/core/ uses no Astro and no Node module (README, "Layout").' },
        { regex: `${climbing(depth + 1)}|^\\/`, message: 'src/core/ imports nothing outside src/core/ (README, "Layout").' },
      ],
    },
  ],
}));

export default defineConfig(
  {
    name: 'ignores',
    ignores: ['dist/', 'dist-*/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'bench/results/', 'content/', '.scratch/', '.probe/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    name: 'typescript (typed)',
    files: ['**/*.{ts,mts,cts,mjs}'],
    // The <script> of an .astro file reaches ESLint as `x.astro/1_1.ts`, with no program to type it.
    ignores: ['**/*.astro/*'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    name: 'node globals (.mjs)',
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  astro.configs.recommended,
  {
    // typescript-eslint's untyped recommended rules, without its parser: .astro files keep astro-eslint-parser.
    name: 'astro (typescript rules, untyped)',
    files: ['**/*.astro', '**/*.astro/*.ts'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: Object.fromEntries(tseslint.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {}))),
  },
  {
    name: 'unused variables',
    files: ['**/*.{ts,mts,cts,mjs,astro}', '**/*.astro/*.ts'],
    rules: {
      // `const { raw: _raw, ...rest } = value` is how the code drops a key: the rest is what is used.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  ...srcBoundaries,
  ...coreBoundaries,
  prettier,
);
