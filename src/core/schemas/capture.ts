import { z } from 'zod';
import { editorialNoteSchema } from './note';
import { reportSlugSchema } from './slug';
import { reportSchema } from './report';

/**
 * Capture configurations: content/captures/<NNN>.yaml, one per raw capture
 * content/sources/<NNN>_<hash>.txt, and the shared default rules of
 * content/captures/defaults.yaml. Everything the cleaning pipeline needs to know about a
 * capture is data here, reviewed by a person: where the article starts and ends, which
 * lines outside it are metadata and which are the site's chrome, and our notes.
 *
 * Patterns are JavaScript regular expressions written as strings, compiled with the `u`
 * flag and matched against each line trimmed and with the site's pinyin annotations
 * removed. The pipeline compiles them and names the file and rule of one that is invalid.
 */
const pattern = z.string().min(1);

/**
 * What a template may refer to: `$line` (the whole line a rule matched), `$1`, `$2`, …
 * (numbered groups), `$<name>` (named groups) and `$$` (a dollar sign).
 */
export const TEMPLATE_REFERENCE = /\$(?:(\$)|(line)(?![A-Za-z0-9_])|(\d+)|<([A-Za-z_][A-Za-z0-9_]*)>)/g;

/** Text quoting what a rule matched, e.g. `$line`, `$<names>`, `“$1” (reader comments) heading`. */
const template = z
  .string()
  .min(1)
  .refine((text) => !text.replace(TEMPLATE_REFERENCE, '').includes('$'), 'a $ in a template is $line, $1…, $<name> or $$ (a dollar sign)');

/** Why a rule drops a line: the ledger's reasons, less the two the pipeline gives itself (blank, duplicateTitle). */
export const RULE_DROP_REASONS = [
  'spam',
  'breadcrumb',
  'navigation',
  'siteWidget',
  'relatedArticles',
  'nextArticle',
  'advertisements',
  'comments',
  'copyright',
  'licence',
  'siteFooter',
  'legalNotice',
  'separator',
] as const;

/** Why the ledger says a line was dropped: a rule's reason, or one the pipeline gives itself (scripts/clean/ledger.ts words each). */
export const DROP_REASONS = [...RULE_DROP_REASONS, 'blank', 'duplicateTitle', 'unreviewed'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** The metadata field a line is moved into (the ledger's `field`). */
export const METADATA_FIELDS = ['title', 'deck', 'dateline', 'byline', 'outlet', 'editors', 'review', 'capturedFrom'] as const;

/** People named by one rule: every name in `names` (split at spaces, 、 and commas) with the same role. */
const peopleReaderSchema = z
  .strictObject({
    role: template,
    names: template,
    /** inferred: the capture does not print the role; the note says where it comes from. */
    roleSource: z.enum(['printed', 'inferred']).optional(),
    note: editorialNoteSchema.optional(),
  })
  .refine((reader) => reader.roleSource !== 'inferred' || reader.note !== undefined, {
    message: 'an inferred role needs a note saying what it is inferred from',
    path: ['note'],
  });

/**
 * Which metadata a matched line gives, each value a template. A value that refers to a
 * group that took no part in the match is left out (optional parts of a dateline).
 */
export const metadataReaderSchema = z
  .strictObject({
    title: template.optional(),
    deck: template.optional(),
    /** YYYY-MM-DD */
    date: template.optional(),
    /** HH:MM or HH:MM:SS */
    time: template.optional(),
    outlet: template.optional(),
    via: z.array(template).optional(),
    capturedFrom: template.optional(),
    authors: z.array(peopleReaderSchema).optional(),
    editors: z.array(peopleReaderSchema).optional(),
  })
  .refine((reader) => Object.keys(reader).length > 0, 'a reader reads at least one field');

const dropRuleShape = { match: pattern, drop: z.enum(RULE_DROP_REASONS), why: template };
const metadataRuleShape = { match: pattern, metadata: z.enum(METADATA_FIELDS), read: metadataReaderSchema };

/**
 * A rule either drops the lines it matches (`drop`, with `why` for the ledger) or moves
 * them into a metadata field (`metadata`, with `read`). The key present picks the shape,
 * so an error names the field that is wrong rather than "no shape fits".
 */
function lineRuleSchema<Extra extends z.ZodRawShape>(extra: Extra) {
  const dropRule = z.strictObject({ ...dropRuleShape, ...extra });
  const metadataRule = z.strictObject({ ...metadataRuleShape, ...extra });
  type Rule = z.infer<typeof dropRule> | z.infer<typeof metadataRule>;
  return z.unknown().transform((value, ctx): Rule => {
    const shape = typeof value === 'object' && value !== null && 'metadata' in value ? metadataRule : dropRule;
    const parsed = shape.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

export const captureRuleSchema = lineRuleSchema({});

/** Ids of default rules: lower-case words joined by hyphens. */
const ruleId = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** Lines the rule is written for, as printed in each script (both are tested against it). */
const examples = z.strictObject({
  'zh-Hans': z.array(z.string().min(1)).min(1),
  'zh-Hant': z.array(z.string().min(1)).min(1),
});

export const defaultRuleSchema = lineRuleSchema({ id: ruleId, examples });

/** content/captures/defaults.yaml: rules in order; the first that matches a line claims it. */
export const defaultsFileSchema = z.strictObject({ rules: z.array(defaultRuleSchema).min(1) }).superRefine(({ rules }, ctx) => {
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: `the id ${rule.id} is used twice`, path: ['rules', index, 'id'] });
    seen.add(rule.id);
  });
});

/** The estimate and evidence of a report that states no date, exactly as its frontmatter has them. */
const undatedSchema = reportSchema.shape.published.options[1].omit({ stated: true });

/**
 * A configuration `npm run add` wrote and no person has reviewed yet is a draft: the
 * pipeline then drops the lines outside the article that no rule names (reason
 * `unreviewed`) instead of stopping, and the report says it rests on a draft. A maintainer
 * reviews the rules and the bounds, then sets `status: reviewed` (or removes the key).
 */
export const CAPTURE_STATUSES = ['reviewed', 'draft'] as const;

export const captureFileSchema = z.strictObject({
  status: z.enum(CAPTURE_STATUSES).default('reviewed'),
  /** The raw capture in content/sources/, NNN_<hash>.txt, whose NNN is this file's name. */
  file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'a capture is named NNN_<hex>.txt'),
  slug: reportSlugSchema,
  script: z.enum(['zh-Hans', 'zh-Hant']),
  /** Patterns for the first and last lines of the article text; what lies between is the article. */
  article: z.strictObject({ first: pattern, last: pattern }),
  /** The capture's own rules. They apply anywhere in the capture and before the defaults. */
  rules: z.array(captureRuleSchema).default([]),
  /** How this capture uses the shared defaults. */
  defaults: z
    .strictObject({
      /** Default rules switched off for this capture, by id. */
      off: z.array(ruleId).default([]),
      /** This capture's own `why` for lines a default drops, by the default's id. */
      why: z.record(ruleId, template).default({}),
    })
    .default({ off: [], why: {} }),
  /** Photo captions standing alone between paragraphs: a pattern for the raw article line, indentation included. */
  captions: pattern.optional(),
  /** Metadata printed inside article lines, which stay in the text (a reporter named in a news agency's dateline). */
  articleReaders: z.array(z.strictObject({ match: pattern, read: metadataReaderSchema })).default([]),
  /** For a capture that prints no headline: where the title comes from. */
  titleNote: editorialNoteSchema.optional(),
  /** For a capture that states no publication date. */
  undated: undatedSchema.optional(),
});

export type CaptureFile = z.infer<typeof captureFileSchema>;
export type CaptureRule = z.infer<typeof captureRuleSchema>;
export type DefaultRule = z.infer<typeof defaultRuleSchema>;
export type MetadataReader = z.infer<typeof metadataReaderSchema>;
export type RuleDropReason = (typeof RULE_DROP_REASONS)[number];
export type MetadataField = (typeof METADATA_FIELDS)[number];
