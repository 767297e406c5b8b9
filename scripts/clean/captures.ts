/**
 * The capture configurations, compiled from their reviewed data files: each capture's
 * content/captures/<NNN>.yaml and the shared content/captures/defaults.yaml
 * (validated by src/core/schemas/capture.ts).
 *
 * Precedence: a capture's own rules apply to every line and win over the defaults; two
 * of its own rules claiming one line is an error. The defaults apply only to lines
 * outside the article, in the order of defaults.yaml: the first that matches claims the
 * line. So a default never removes article text, and a capture overrides a default on
 * a line by writing its own rule for that line, switches a default off by id
 * (`defaults.off`), or gives a default's dropped lines its own wording (`defaults.why`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  captureFileSchema,
  defaultsFileSchema,
  type CaptureFile,
  type CaptureRule,
  type DefaultRule,
  type MetadataField,
  type MetadataReader,
  type RuleDropReason,
} from '../../src/core/schemas/capture';
import type { EditorialNote } from '../../src/core/schemas/note';
import { CaptureError } from './errors';
import { readerTemplates, unknownReferences } from './metadata-reader';

interface CompiledRule {
  /** Where the rule is written, for messages: `content/captures/000.yaml rules[2]`. */
  origin: string;
  match: RegExp;
}

export type LineRule = (CompiledRule & { drop: RuleDropReason; why: string }) | (CompiledRule & { metadata: MetadataField; read: MetadataReader });

export interface ArticleReader {
  match: RegExp;
  read: MetadataReader;
}

/** Everything the pipeline needs to know about one capture. */
export interface CaptureConfig {
  file: string;
  slug: string;
  script: 'zh-Hans' | 'zh-Hant';
  /** A draft written by `npm run add`, not yet reviewed (src/core/schemas/capture.ts). */
  draft: boolean;
  /** The first and last lines of the article text (trimmed). */
  article: { first: RegExp; last: RegExp };
  /** The capture's own rules. */
  rules: LineRule[];
  /** The default rules in force for this capture, in order, with its own wording applied. */
  defaults: LineRule[];
  /** Photo captions standing alone between paragraphs (the images were not captured). */
  isCaption?: (rawLine: string) => boolean;
  /** Metadata stated inside article lines, which stay in the text. */
  articleReaders: ArticleReader[];
  titleNote?: EditorialNote;
  undated?: CaptureFile['undated'];
}

export const CAPTURES_DIR = 'content/captures';
export const DEFAULTS_FILE = 'defaults.yaml';
/** What documents a content folder for people: kept there, though it is no content. */
export const DOCUMENTATION = 'README.md';
/** A capture's configuration is named after the number of its capture: 000.yaml for 000_<hash>.txt. */
const CONFIG_NAME = /^(\d{3})\.yaml$/;

/** A default rule, compiled, with its id and the examples it is tested on. */
export type DefaultLineRule = LineRule & Pick<DefaultRule, 'id' | 'examples'>;

/** The default rules, in order, and the file they come from. */
export interface Defaults {
  path: string;
  rules: DefaultLineRule[];
}

/** Every capture's configuration, in capture-number order. */
export function loadCaptures(root: string): CaptureConfig[] {
  const dir = join(root, CAPTURES_DIR);
  if (!existsSync(dir)) throw new CaptureError(CAPTURES_DIR, undefined, 'the folder of capture configurations is missing');
  const defaultsPath = join(CAPTURES_DIR, DEFAULTS_FILE);
  const defaults = parseDefaults(defaultsPath, readYaml(root, defaultsPath));
  const names = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && name !== DEFAULTS_FILE && name !== DOCUMENTATION)
    .sort();
  const configs = names.map((name) => {
    const path = join(CAPTURES_DIR, name);
    const number = CONFIG_NAME.exec(name)?.[1];
    if (number === undefined) {
      throw new CaptureError(path, undefined, `not a capture configuration: name it NNN.yaml after its capture, or move it out of ${CAPTURES_DIR}/`);
    }
    const config = parseCapture(path, readYaml(root, path), defaults);
    if (!config.file.startsWith(`${number}_`)) {
      throw new CaptureError(path, undefined, `file: ${config.file} is not capture ${number}; ${name} configures content/sources/${number}_<hash>.txt`);
    }
    return config;
  });
  assertUniqueSlugs(configs, names);
  return configs;
}

/** Validates and compiles the default rules (the contents of defaults.yaml). */
export function parseDefaults(path: string, data: unknown): Defaults {
  const { rules } = validate(path, data, defaultsFileSchema);
  return { path, rules: rules.map(({ id, examples, ...rule }) => ({ ...compileRule(path, `rule ${id}`, rule), id, examples })) };
}

/** Validates and compiles one capture's configuration (the contents of its NNN.yaml). */
export function parseCapture(path: string, data: unknown, defaults: Defaults): CaptureConfig {
  return compileCapture(path, validate(path, data, captureFileSchema), defaults);
}

function readYaml(root: string, path: string): unknown {
  const full = join(root, path);
  if (!existsSync(full)) throw new CaptureError(path, undefined, 'the file is missing');
  try {
    return parse(readFileSync(full, 'utf8'), { uniqueKeys: true });
  } catch (error) {
    throw new CaptureError(path, undefined, `not valid YAML: ${(error as Error).message}`);
  }
}

function validate<Schema extends z.ZodType>(path: string, data: unknown, schema: Schema): z.output<Schema> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new CaptureError(path, undefined, parsed.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`).join('; '));
  }
  return parsed.data;
}

/** `rules[2].read.authors[0].names`, as a person would write it. */
const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || '(the file)';

function compileCapture(path: string, data: CaptureFile, defaults: Defaults): CaptureConfig {
  const defaultIds = new Set(defaults.rules.map((rule) => rule.id));
  for (const [index, id] of data.defaults.off.entries()) {
    if (!defaultIds.has(id)) throw new CaptureError(path, undefined, `defaults.off[${index}]: no default rule has the id ${id}`);
  }
  for (const id of Object.keys(data.defaults.why)) {
    if (!defaultIds.has(id)) throw new CaptureError(path, undefined, `defaults.why.${id}: no default rule has this id`);
  }
  const captions = data.captions === undefined ? undefined : compilePattern(path, 'captions', data.captions);
  return {
    file: data.file,
    slug: data.slug,
    script: data.script,
    draft: data.status === 'draft',
    article: { first: compilePattern(path, 'article.first', data.article.first), last: compilePattern(path, 'article.last', data.article.last) },
    rules: data.rules.map((rule, index) => compileRule(path, `rules[${index}]`, rule)),
    defaults: defaults.rules
      .filter((rule) => !data.defaults.off.includes(rule.id))
      .map((rule) => {
        const why = data.defaults.why[rule.id];
        if (why === undefined) return rule;
        if (!('drop' in rule)) throw new CaptureError(path, undefined, `defaults.why.${rule.id}: this default reads metadata and drops nothing`);
        checkTemplates(path, `defaults.why.${rule.id}`, [why], rule.match);
        return { ...rule, why };
      }),
    isCaption: captions && ((rawLine: string) => captions.test(rawLine)),
    articleReaders: data.articleReaders.map(({ match, read }, index) => {
      const where = `articleReaders[${index}]`;
      const compiled = compilePattern(path, `${where}.match`, match);
      checkTemplates(path, `${where}.read`, readerTemplates(read), compiled);
      return { match: compiled, read };
    }),
    titleNote: data.titleNote,
    undated: data.undated,
  };
}

function compileRule(path: string, where: string, rule: CaptureRule): LineRule {
  const match = compilePattern(path, `${where}.match`, rule.match);
  const origin = `${path} ${where}`;
  if ('drop' in rule) {
    checkTemplates(path, `${where}.why`, [rule.why], match);
    return { origin, match, drop: rule.drop, why: rule.why };
  }
  checkTemplates(path, `${where}.read`, readerTemplates(rule.read), match);
  return { origin, match, metadata: rule.metadata, read: rule.read };
}

function compilePattern(path: string, where: string, source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    throw new CaptureError(path, undefined, `${where}: not a valid regular expression: ${(error as Error).message}`);
  }
}

function checkTemplates(path: string, where: string, templates: readonly string[], pattern: RegExp): void {
  const unknown = templates.flatMap((template) => unknownReferences(template, pattern));
  if (unknown.length > 0) {
    throw new CaptureError(path, undefined, `${where}: ${unknown.join(', ')} not in the pattern ${pattern.source}`);
  }
}

function assertUniqueSlugs(configs: readonly CaptureConfig[], names: readonly string[]): void {
  configs.forEach((config, index) => {
    const first = configs.findIndex((other) => other.slug === config.slug);
    if (first !== index) {
      throw new CaptureError(
        join(CAPTURES_DIR, names[index]!),
        undefined,
        `slug: ${config.slug} is already the slug of ${join(CAPTURES_DIR, names[first]!)}`,
      );
    }
  });
}
