/**
 * The programme data (content/programmes/<slug>.json, content/regions.json,
 * content/provinces.json): loading, validation against the reports, and the public
 * downloads (/data/programmes.json, the figures CSV).
 *
 * The site's pages call `loadProgrammes()` at build time; it throws one Error listing
 * every problem, so a quote that drifts from its report, a wrong anchor or a wrong field
 * fails the build with messages that name the data file and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { splitFrontmatter } from '../core/frontmatter';
import { paragraphTexts } from './report-text';
import {
  programmeSchema,
  provincesFileSchema,
  regionsFileSchema,
  type Amount,
  type Programme,
  type Province,
  type RegionsFile,
} from '../core/schemas/programme';

export const PROGRAMMES_DIR = 'content/programmes';
export const REPORTS_DIR = 'content/reports';
export const REGIONS_FILE = 'content/regions.json';
export const PROVINCES_FILE = 'content/provinces.json';

/** The files one programme is checked with, as paths relative to the project root (they appear in messages). */
export interface ProgrammeFiles {
  /** e.g. content/programmes/taizhou-alar.json */
  data: string;
  /** e.g. content/reports/taizhou-alar.mdx */
  report: string;
}

/** A zod issue path as a reader writes it: figures[2].quote. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

/** One message per zod issue, each naming the file and the field path. */
export function zodProblems(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`);
}

// ---------------------------------------------------------------------------------------
// Printed values → numbers

const TO_SIMPLIFIED: Record<string, string> = {
  萬: '万',
  億: '亿',
  餘: '余',
  約: '约',
  過: '过',
  項: '项',
  臺: '台',
  噸: '吨',
  個: '个',
  戶: '户',
  類: '类',
  場: '场',
  輛: '辆',
  張: '张',
  間: '间',
  畝: '亩',
  門: '门',
};

/** Simplified spelling of a unit, so 萬噸 and 万吨 compare equal. */
export function simplifyUnit(unit: string): string {
  return [...unit].map((c) => TO_SIMPLIFIED[c] ?? c).join('');
}

const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1_000, 万: 10_000, 亿: 100_000_000 };
const PRINTED_AMOUNT = /^(超过|超|近|约|过|逾|上)?(\d+(?:\.\d+)?|[十百千万])(余|多)?(万|亿|千|百)?(余|多)?(?:[大小](?=项))?(.*?)(左右|以上)?$/;

/**
 * Reads a printed value as a number: 13.56億元 → 1356000000 元; 100余萬人次 → 1000000 人次
 * (approx); 超200万元, 近200台, 10萬噸左右, 千余名 likewise; 25大項 → 25 项 (大/小 say how big
 * the projects are, not what is counted). Returns null when the value is not
 * a single plain amount.
 */
export function parsePrintedAmount(printed: string): Amount | null {
  const m = PRINTED_AMOUNT.exec(simplifyUnit(printed));
  if (!m) return null;
  const [, prefix, number, approx1, multiplier, approx2, unit, suffix] = m;
  const base = /^\d/.test(number!) ? Number(number) : MULTIPLIERS[number!]!;
  const value = base * (multiplier ? MULTIPLIERS[multiplier]! : 1);
  if (!unit || /\d/.test(unit)) return null;
  return {
    value: Math.round(value * 1e6) / 1e6,
    unit,
    approx: Boolean(prefix || approx1 || approx2 || suffix),
  };
}

// ---------------------------------------------------------------------------------------
// Checks against the report

/** The capture file a report's frontmatter names (its base name), or null when it cannot be read. */
function reportSourceFile(reportBody: string): string | null {
  const { frontmatter } = splitFrontmatter(reportBody);
  if (frontmatter === null) return null;
  try {
    const data = parseYaml(frontmatter) as { source?: { file?: unknown } } | null;
    const file = data?.source?.file;
    return typeof file === 'string' ? basename(file) : null;
  } catch {
    return null;
  }
}

/**
 * Checks one programme against its report body (the whole MDX file, frontmatter
 * included) and returns human-readable problems, each naming the data file and the field
 * path; an empty list means it is consistent:
 * - the data file is <slug>.json and the report is <slug>.mdx; `source` is the report's capture;
 * - every anchor names a paragraph of the report;
 * - every quote (recipients, period, batch, figures) occurs verbatim in its anchor paragraph;
 * - each recipient's name, the period's and the batch's text occur in their quotes;
 * - each figure's value occurs in its quote, and its amount (if any) is what the value says;
 * - there are at least six figures, with distinct ids.
 */
export function validateProgramme(programme: Programme, reportBody: string, files: ProgrammeFiles): string[] {
  const problems: string[] = [];
  const at = (path: string, message: string) => problems.push(`${files.data}: ${path} ${message}`);

  if (basename(files.data) !== `${programme.slug}.json`) {
    at('slug', `is "${programme.slug}" but the file is named ${basename(files.data)}`);
  }
  if (basename(files.report) !== `${programme.slug}.mdx`) {
    at('slug', `is "${programme.slug}" but it is checked against ${files.report}`);
  }
  const reportSource = reportSourceFile(reportBody);
  if (reportSource !== null && reportSource !== programme.source) {
    at('source', `is "${programme.source}" but ${files.report} comes from ${reportSource}`);
  }

  let paragraphs: Map<string, string>;
  try {
    paragraphs = paragraphTexts(reportBody);
  } catch (error) {
    problems.push(`${files.report}: cannot read its paragraphs: ${(error as Error).message}`);
    return problems;
  }

  /** Checks anchor and quote; returns whether the quote was found. */
  const checkQuote = (path: string, anchor: string, quote: string): boolean => {
    const text = paragraphs.get(anchor);
    if (text === undefined) {
      at(`${path}.anchor`, `is ${anchor}, which is not a paragraph of ${files.report} (it has p1–p${paragraphs.size})`);
      return false;
    }
    if (text.includes(quote)) return true;
    const elsewhere = [...paragraphs].filter(([, t]) => t.includes(quote)).map(([id]) => id);
    const hints: string[] = [];
    if (elsewhere.length > 0) hints.push(`it is in ${elsewhere.join(', ')}`);
    if (/[,:;()!?]/.test(quote)) hints.push('it has ASCII punctuation where the report has full-width ，：；（）！？');
    at(`${path}.quote`, `is not in paragraph ${anchor} of ${files.report}${hints.length ? ` (${hints.join('; ')})` : ''}`);
    return false;
  };

  programme.recipients.forEach((r, i) => {
    const path = `recipients[${i}]`;
    checkQuote(path, r.anchor, r.quote);
    if (!r.quote.includes(r.name)) at(`${path}.name`, `"${r.name}" is not in its quote`);
  });

  checkQuote('period', programme.period.anchor, programme.period.quote);
  if (!programme.period.quote.includes(programme.period.text)) {
    at('period.text', `"${programme.period.text}" is not in its quote`);
  }

  if (programme.batch !== null) {
    checkQuote('batch', programme.batch.anchor, programme.batch.quote);
    if (!programme.batch.quote.includes(programme.batch.text)) {
      at('batch.text', `"${programme.batch.text}" is not in its quote`);
    }
  }

  if (programme.figures.length < 6) {
    at('figures', `has ${programme.figures.length} figure(s); a programme lists at least six`);
  }
  const ids = new Map<string, number>();
  programme.figures.forEach((f, i) => {
    const path = `figures[${i}]`;
    const first = ids.get(f.id);
    if (first !== undefined) at(`${path}.id`, `"${f.id}" is already used by figures[${first}]`);
    else ids.set(f.id, i);

    checkQuote(path, f.anchor, f.quote);
    if (!f.quote.includes(f.value)) at(`${path}.value`, `"${f.value}" is not in its quote`);

    if (f.amount !== undefined) {
      const read = parsePrintedAmount(f.value);
      if (read === null) {
        at(`${path}.amount`, `is given, but the value "${f.value}" is not a plain amount; leave amount out`);
      } else {
        if (Math.abs(read.value - f.amount.value) > 1e-6 * Math.max(1, read.value)) {
          at(`${path}.amount.value`, `is ${f.amount.value} but "${f.value}" reads as ${read.value}`);
        }
        if (read.unit !== f.amount.unit) {
          at(`${path}.amount.unit`, `is "${f.amount.unit}" but "${f.value}" reads as "${read.unit}"`);
        }
        if (read.approx !== (f.amount.approx ?? false)) {
          at(
            `${path}.amount.approx`,
            read.approx ? `must be true: "${f.value}" is qualified (余/多/超/近/约/左右…)` : `must be false: "${f.value}" is not qualified`,
          );
        }
      }
    }
  });

  return problems;
}

// ---------------------------------------------------------------------------------------
// Loading from disk

/**
 * Checks one programme file's parsed JSON: the schema first (each zod issue becomes a
 * message naming the file and field path), then, if that passes and the report exists,
 * `validateProgramme`. `report.body` is null when the report file does not exist.
 */
export function checkProgrammeFile(
  file: string,
  raw: unknown,
  report: { file: string; body: string | null },
): { programme: Programme | null; problems: string[] } {
  const parsed = programmeSchema.safeParse(raw);
  if (!parsed.success) return { programme: null, problems: zodProblems(file, parsed.error) };
  if (report.body === null) {
    return {
      programme: parsed.data,
      problems: [`${file}: slug "${parsed.data.slug}" names no report (${report.file} does not exist)`],
    };
  }
  return {
    programme: parsed.data,
    problems: validateProgramme(parsed.data, report.body, { data: file, report: report.file }),
  };
}

function readJson(root: string, file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown;
  } catch (error) {
    problems.push(`${file}: cannot be read as JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function fail(what: string, problems: string[]): never {
  throw new Error(`${what}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/**
 * Reads every content/programmes/*.json (relative to `root`, by default the working
 * directory), checks it with the schema and against its report, and returns the
 * programmes in capture order (000, 001, …). Throws one Error listing all problems.
 */
export function loadProgrammes(root: string = process.cwd()): Programme[] {
  const problems: string[] = [];
  const dir = join(root, PROGRAMMES_DIR);
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : [];
  if (names.length === 0) fail('programme data', [`${PROGRAMMES_DIR}: no programme files`]);

  const programmes: Programme[] = [];
  for (const name of names) {
    const file = `${PROGRAMMES_DIR}/${name}`;
    const raw = readJson(root, file, problems);
    if (raw === undefined) continue;
    const report = `${REPORTS_DIR}/${name.replace(/\.json$/, '.mdx')}`;
    const body = existsSync(join(root, report)) ? readFileSync(join(root, report), 'utf8') : null;
    const checked = checkProgrammeFile(file, raw, { file: report, body });
    problems.push(...checked.problems);
    if (checked.programme) programmes.push(checked.programme);
  }

  const reportsDir = join(root, REPORTS_DIR);
  const reports = existsSync(reportsDir) ? readdirSync(reportsDir).filter((n) => n.endsWith('.mdx')) : [];
  for (const report of reports.sort()) {
    if (!names.includes(report.replace(/\.mdx$/, '.json'))) {
      problems.push(`${PROGRAMMES_DIR}/${report.replace(/\.mdx$/, '.json')}: missing (every report has a programme; ${REPORTS_DIR}/${report} has none)`);
    }
  }
  const bySource = new Map<string, string>();
  for (const p of programmes) {
    const other = bySource.get(p.source);
    if (other) problems.push(`${PROGRAMMES_DIR}/${p.slug}.json: source "${p.source}" is also the source of ${other}`);
    else bySource.set(p.source, p.slug);
  }

  if (problems.length > 0) fail('programme data', problems);
  return programmes.sort((a, b) => a.source.localeCompare(b.source));
}

/** Reads and checks content/regions.json. Throws one Error listing all problems. */
export function loadRegions(root: string = process.cwd()): RegionsFile {
  const problems: string[] = [];
  const raw = readJson(root, REGIONS_FILE, problems);
  if (raw !== undefined) {
    const parsed = regionsFileSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    problems.push(...zodProblems(REGIONS_FILE, parsed.error));
  }
  fail('region data', problems);
}

/** Reads and checks content/provinces.json. Throws one Error listing all problems. */
export function loadProvinces(root: string = process.cwd()): Province[] {
  const problems: string[] = [];
  const raw = readJson(root, PROVINCES_FILE, problems);
  if (raw !== undefined) {
    const parsed = provincesFileSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    problems.push(...zodProblems(PROVINCES_FILE, parsed.error));
  }
  fail('province data', problems);
}

// ---------------------------------------------------------------------------------------
// Public downloads

/** The page of one report, relative to the site root (base path included, ending in /). */
export function reportPath(slug: string, base = '/'): string {
  return `${base.endsWith('/') ? base : `${base}/`}reports/${slug}/`;
}

/** The permalink of one paragraph: /reports/<slug>/#p7. */
export function paragraphPermalink(slug: string, anchor: string, base = '/'): string {
  return `${reportPath(slug, base)}#${anchor}`;
}

/** One programme as published in /data/programmes.json. */
export interface PublicProgramme {
  slug: string;
  title: string;
  province: Programme['province'];
  city: string | null;
  recipients: { name: string; region: string; kind: string; primary: boolean; anchor: string; quote: string }[];
  period: Programme['period'];
  batch: Programme['batch'];
  themes: string[];
  figures: {
    id: string;
    label: string;
    category: string;
    value: string;
    amount: Amount | null;
    quote: string;
    anchor: string;
    permalink: string;
  }[];
  /** Our summary, not the report's words. */
  editorialSummary: string;
  /** The raw capture's file name (content/sources/<source>). */
  source: string;
  /** The report page. */
  report: string;
}

/**
 * The public /data/programmes.json: one entry per programme, quotes verbatim in the
 * report's script, every figure with the permalink of its paragraph. `base` is the
 * site's base path (default '/').
 */
export function programmesAsJson(programmes: Programme[] = loadProgrammes(), base = '/'): PublicProgramme[] {
  return programmes.map((p) => ({
    slug: p.slug,
    title: p.title,
    province: p.province,
    city: p.city,
    recipients: p.recipients.map((r) => ({
      name: r.name,
      region: r.region,
      kind: r.kind,
      primary: r.primary,
      anchor: r.anchor,
      quote: r.quote,
    })),
    period: p.period,
    batch: p.batch,
    themes: [...p.themes],
    figures: p.figures.map((f) => ({
      id: f.id,
      label: f.label,
      category: f.category,
      value: f.value,
      amount: f.amount ?? null,
      quote: f.quote,
      anchor: f.anchor,
      permalink: paragraphPermalink(p.slug, f.anchor, base),
    })),
    editorialSummary: p.summary,
    source: p.source,
    report: reportPath(p.slug, base),
  }));
}

/** The columns of the figures CSV, in order. */
export const FIGURE_CSV_COLUMNS = ['slug', 'figure_id', 'label', 'category', 'value', 'amount', 'unit', 'approx', 'quote', 'anchor', 'permalink'] as const;

/** One CSV field (RFC 4180): quoted when it holds a comma, a double quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A number without exponent notation (1356000000, not 1.356e9). */
function plainNumber(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

/**
 * All figures as RFC 4180 CSV (UTF-8, CRLF line ends, header first), one row per figure:
 * slug, figure_id, label, category, value (as printed), amount and unit (empty where the
 * value is not a plain amount), approx (true/false, empty without an amount), quote,
 * anchor, permalink (/reports/<slug>/#<anchor>, under `base`).
 */
export function figuresAsCsv(programmes: Programme[] = loadProgrammes(), base = '/'): string {
  const rows: string[][] = [[...FIGURE_CSV_COLUMNS]];
  for (const p of programmes) {
    for (const f of p.figures) {
      rows.push([
        p.slug,
        f.id,
        f.label,
        f.category,
        f.value,
        f.amount ? plainNumber(f.amount.value) : '',
        f.amount ? f.amount.unit : '',
        f.amount ? String(f.amount.approx) : '',
        f.quote,
        f.anchor,
        paragraphPermalink(p.slug, f.anchor, base),
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
