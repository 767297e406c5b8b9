/**
 * The one way the archive reports bad content: every problem names the file and the field
 * path (figures[2].quote), whether a schema found it when the file was loaded or a check
 * across files (checks.ts) found it afterwards. The zod messages are modelled on
 * Starlight's utils/error-map.ts: a missing field says so, a wrong type or value says what
 * was expected and what was found, and a union lists what its branches agree on.
 */
import { z } from 'zod';

export interface ContentProblem {
  /** The file, relative to the project root: content/programmes/taizhou-alar.json. */
  file: string;
  /** Where in the file; empty for the file as a whole. */
  path: readonly PropertyKey[];
  message: string;
}

/** A field path as a reader writes it: figures[2].quote, [3].id. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One problem on one line (continuation lines of a long message indented under it). */
export function formatProblem({ file, path, message }: ContentProblem): string {
  const where = fieldPath(path);
  return `${file}: ${where === '' ? '' : `${where}: `}${message.replace(/\n/g, '\n    ')}`;
}

/** All problems, one per line, under a line that counts them. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `The archive's content has ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`;
}

/** Thrown when content fails its schema or a check; its message lists every problem. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
  }
}

// ---------------------------------------------------------------------------------------
// zod

const zodDefault = z.locales.en().localeError;

/** What a value is, in the words of a type error: string, number, array, null, undefined… */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** A value in a message: short JSON on one line. */
const shown = (value: unknown): string => JSON.stringify(value, null, 1)?.replace(/\n\s*/g, ' ') ?? String(value);

type Issue = z.core.$ZodRawIssue;

function unionMessage(issue: Extract<Issue, { code: 'invalid_union' }>): string | undefined {
  const branches = issue.errors;
  // A discriminated union whose key matches no branch reports the key and its options.
  if (branches.length === 0 && 'options' in issue && Array.isArray(issue.options)) {
    const key = 'discriminator' in issue ? String(issue.discriminator) : '';
    const input: unknown = issue.input !== null && typeof issue.input === 'object' && key in issue.input ? (issue.input as Record<string, unknown>)[key] : issue.input;
    return `expected ${issue.options.map(shown).join(' | ')}, received ${shown(input)}`;
  }
  // The type errors every branch agrees on (same path, each expecting some type): the key
  // that decides the union, usually. Anything the branches disagree on would only confuse.
  const byPath = new Map<string, { expected: Set<string>; input: unknown; count: number }>();
  for (const branch of branches) {
    for (const sub of branch) {
      if (sub.code !== 'invalid_type') continue;
      const key = fieldPath(sub.path);
      const seen = byPath.get(key) ?? { expected: new Set<string>(), input: sub.input, count: 0 };
      seen.expected.add(sub.expected);
      seen.count++;
      byPath.set(key, seen);
    }
  }
  const agreed = [...byPath].filter(([, v]) => v.count === branches.length);
  const details = agreed.map(([key, v]) => {
    const what = v.input === undefined ? 'required' : `expected ${[...v.expected].join(' | ')}, received ${typeOf(v.input)}`;
    return `> ${key === '' ? '' : `${key}: `}${what}`;
  });
  return ['matches none of the allowed shapes', ...details].join('\n');
}

/** Messages without the path (formatProblem puts file and path in front). */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : `expected ${issue.expected}, received ${typeOf(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map(shown).join(' | ')}, received ${shown(issue.input)}`;
    case 'invalid_union':
      return unionMessage(issue);
    default: {
      // A message the schema gives (a refinement's) wins; otherwise zod's own words.
      if (issue.message) return issue.message;
      const fallback = zodDefault(issue);
      return typeof fallback === 'string' ? fallback : fallback?.message;
    }
  }
};

/** One problem per zod issue, each at its path under `at` (where the entry sits in its file). */
export function zodProblems(file: string, error: z.ZodError, at: readonly PropertyKey[] = []): ContentProblem[] {
  return error.issues.map((issue) => ({ file, path: [...at, ...issue.path], message: issue.message }));
}

/**
 * Validates one entry of a content file: its data, or a ContentError naming the file and
 * every bad field. `at` is where the entry sits in the file ([3] for the fourth term of
 * the glossary; nothing for a file that is one entry).
 */
export function parseEntry<S extends z.ZodType>(schema: S, data: unknown, file: string, at: readonly PropertyKey[] = []): z.output<S> {
  const parsed = schema.safeParse(data, { error: errorMap, reportInput: true });
  if (!parsed.success) throw new ContentError(zodProblems(file, parsed.error, at));
  return parsed.data;
}
