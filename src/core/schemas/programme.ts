import { z } from 'zod';
import { HAN } from '../han';
import { editorialNoteSchema } from './note';
import { reportSlugSchema } from './slug';

/**
 * The programme data: one structured record per report (content/programmes/<slug>.json),
 * naming its province and regions by their ids in the gazetteer (content/gazetteer.json).
 *
 * Everything a record says about a report is tied to the report's own words: each fact
 * carries the id of the paragraph it comes from (`anchor`, p1, p2, … as in the report's
 * MDX) and the exact words of that paragraph (`quote`), in the report's own script
 * (Traditional for 000 and 001, Simplified for the others) and as a reader sees them:
 * full-width punctuation, restored text included, no component tags, an unrecoverable
 * gap written 〔缺〕. src/lib/content/checks.ts checks every quote against its paragraph, so a
 * record that drifts from the text fails the build. Labels, titles and summaries are
 * ours, in Simplified Chinese, each with its English counterpart (…En) for the English
 * edition, which agrees in names and terms with the report's translation
 * (content/translations/en/<slug>.json).
 */

/**
 * The administrative level of one recipient as the report names it.
 * - prefecture: a prefecture or autonomous prefecture, or its directly administered units (州直)
 * - county: a county (县)
 * - city: a county-level city of the autonomous region (e.g. 阜康市)
 * - division: an XPCC division, with the city it runs where the report names both (第一师阿拉尔市)
 * - regiment: an XPCC regiment (团)
 * - township: a township or town (乡, 镇)
 */
export const RECIPIENT_KINDS = ['prefecture', 'county', 'city', 'division', 'regiment', 'township'] as const;

/** The fixed list of themes a programme can be tagged with (Simplified Chinese). */
export const THEMES = [
  '民生',
  '产业',
  '教育',
  '医疗',
  '人才',
  '就业',
  '文化',
  '党建',
  '科技',
  '旅游',
  '消费',
  '招商',
  '乡村振兴',
  '交往交流交融',
] as const;

/**
 * What a figure counts:
 * money (funds, investment, sales, output value), people (cadres and professionals
 * sent, people trained), projects (projects, enterprises, platforms), results (other
 * outcomes), health (patients, operations), education (schools, pupils, teachers),
 * jobs (posts, people employed), culture (performances, visitors, audiences).
 */
export const FIGURE_CATEGORIES = ['money', 'people', 'projects', 'results', 'health', 'education', 'jobs', 'culture'] as const;

/** A paragraph id of the report: p1, p2, … */
const anchorSchema = z.string().regex(/^p[1-9]\d*$/, 'an anchor is a paragraph id: p1, p2, …');

/** Words copied character for character from the anchor paragraph. */
const quoteSchema = z
  .string()
  .min(1)
  .refine((s) => s === s.trim(), 'a quote has no leading or trailing whitespace');

/** A year or a year and month: 2015, 2015-08. */
const yearMonthSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'a year (2015) or a year and month (2015-08)');

/** Text written by the archive, in Simplified Chinese. */
const hansTextSchema = z.string().min(1);

/** Text written by the archive in English: no Chinese characters, which the English pages would show unmarked. */
const englishTextSchema = z
  .string()
  .min(1)
  .refine((s) => !new RegExp(HAN, 'u').test(s), 'English text has no Chinese characters');

/** One place or unit that receives support, as the report names it. */
export const recipientSchema = z.strictObject({
  /** The name as printed in the report (its script, its wording), e.g. 疏勒縣, 兵团第六师（五家渠市）. */
  name: z.string().min(1),
  /**
   * The name in English, ours: the gazetteer's English name where the report prints the
   * gazetteer's name, e.g. Shule County; otherwise as printed, e.g. XPCC 6th Division (Wujiaqu City).
   */
  nameEn: englishTextSchema,
  /** The id of the region it belongs to in content/gazetteer.json (checked across files, src/lib/content/checks.ts). */
  region: z.string().min(1),
  kind: z.enum(RECIPIENT_KINDS),
  /**
   * true when the programme is first of all about this recipient (the report is
   * written about its pairing); false for recipients the report names besides.
   */
  primary: z.boolean(),
  /** The paragraph where the report names it. */
  anchor: anchorSchema,
  /** The words of that paragraph that name it; must contain `name`. */
  quote: quoteSchema,
});

/** The time span the report covers, as it states it. */
export const periodSchema = z
  .strictObject({
    /** As stated, e.g. 2015年8月——2025年8月, 三年来, 2023年. */
    text: z.string().min(1),
    anchor: anchorSchema,
    /** Must contain `text`. */
    quote: quoteSchema,
    /** Machine-readable start, where the report gives or implies one. */
    start: yearMonthSchema.optional(),
    /** Machine-readable end, where the report gives or implies one. */
    end: yearMonthSchema.optional(),
  })
  .refine((p) => p.start === undefined || p.end === undefined || p.start <= p.end, {
    message: 'start must not be after end',
    path: ['end'],
  });

/** Which batch (批) of cadres the report is about, as stated, e.g. 第十批. */
export const batchSchema = z.strictObject({
  text: z.string().min(1),
  anchor: anchorSchema,
  /** Must contain `text`. */
  quote: quoteSchema,
  /** Ours: what a reader should know when reading the figures against the batch. */
  note: editorialNoteSchema.optional(),
});

/**
 * A printed value turned into a number, e.g. 13.56億元 → { value: 1356000000, unit: '元' }.
 * `unit` is the counting unit in Simplified Chinese without 万/亿 (元, 名, 人次, 吨, %…).
 * `approx` is true when the report qualifies the number (余, 多, 超, 近, 约, 过, 左右, 上…).
 */
export const amountSchema = z.strictObject({
  value: z.number().nonnegative(),
  unit: z.string().min(1),
  approx: z.boolean().default(false),
});

/** One number the report gives. */
export const figureSchema = z.strictObject({
  /** kebab-case, unique within the programme, e.g. total-funds. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a figure id is kebab-case: total-funds'),
  /** A short label in Simplified Chinese, ours, e.g. 援疆资金累计投入. */
  label: hansTextSchema.max(24),
  /** The label in English, ours, with the numbers of `label`, e.g. Xinjiang-assistance funds invested over three years. */
  labelEn: englishTextSchema.max(60, 'an English label is at most 60 characters'),
  category: z.enum(FIGURE_CATEGORIES),
  /** Exactly as printed, e.g. 13.56億元, 755名; must occur in `quote`. */
  value: z.string().min(1),
  /** The sentence containing the value, verbatim from the anchor paragraph. */
  quote: quoteSchema,
  anchor: anchorSchema,
  /** The value as a number, where the printed value is a plain amount. */
  amount: amountSchema.optional(),
});

/** Counts sentences by their closing marks (。！？), ignoring a closing quotation mark. */
export function countSentences(text: string): number {
  return text.split(/[。！？]+[”’」』）]*/).filter((s) => s.trim() !== '').length;
}

/**
 * The curation of a programme: what an editor reads out of the report after it is added —
 * period, batch, themes, figures and our summary in Chinese and English. A programme file gives all six or none:
 * without them the report still publishes (its page, browse entries, search records and map
 * line), its summary panel says the summary has not been compiled yet, and the comparison
 * and the timeline show what is known of it. `npm run add` writes such a file.
 */
export const CURATED_FIELDS = ['period', 'batch', 'themes', 'figures', 'summary', 'summaryEn'] as const;

/** One programme: a province's (or city's) pairing assistance as one report presents it. */
export const programmeSchema = z
  .strictObject({
    /** The report's slug; the file is content/programmes/<slug>.json. */
    slug: reportSlugSchema,
    /** A short name for the programme in Simplified Chinese, ours, e.g. 山东对口支援兵团第十二师. */
    title: hansTextSchema.max(30),
    /** The same name in English, ours, e.g. Pairing assistance from Shandong to the XPCC 12th Division. */
    titleEn: englishTextSchema.max(100, 'an English title is at most 100 characters'),
    /** The id of a province or municipality in content/gazetteer.json. */
    province: z.string().min(1),
    /** The city that leads the programme as printed, e.g. 东营市, 台州市, 湖州市; null (or absent) when the province itself leads. */
    city: z.string().min(1).nullable().default(null),
    /** The lead city in English, the gazetteer's English name (Dongying); null (or absent) exactly when `city` is. */
    cityEn: englishTextSchema.nullable().default(null),
    /** Who receives support; at least one is primary. */
    recipients: z
      .array(recipientSchema)
      .min(1)
      .refine((rs) => rs.some((r) => r.primary), 'at least one recipient is primary'),
    /** Curated (CURATED_FIELDS): the period the report covers. */
    period: periodSchema.optional(),
    /** Curated: the batch of cadres the report is about, or null when it names none. */
    batch: batchSchema.nullable().optional(),
    /** Curated. */
    themes: z
      .array(z.enum(THEMES))
      .min(1)
      .refine((ts) => new Set(ts).size === ts.length, 'themes are listed once each')
      .optional(),
    /** Curated: at least six numbers, each tied to its sentence. */
    figures: z.array(figureSchema).min(6, 'a programme lists at least six figures').optional(),
    /** Curated: two to four sentences in Simplified Chinese; editorial, ours, marked as such on the page. */
    summary: hansTextSchema
      .refine((s) => {
        const n = countSentences(s);
        return n >= 2 && n <= 4;
      }, 'the summary is two to four sentences')
      .optional(),
    /** Curated: the summary in English, ours, saying what `summary` says (the same years, the same facts). */
    summaryEn: englishTextSchema.optional(),
    /** The raw capture's file name, e.g. 002_9aad51f88f39f515.txt (in content/sources/). */
    source: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'the capture file name, e.g. 002_9aad51f88f39f515.txt'),
  })
  .superRefine((p, ctx) => {
    if ((p.city === null) !== (p.cityEn === null)) {
      ctx.addIssue({
        code: 'custom',
        message: p.city === null ? 'cityEn is given, but city is not: give both, or neither' : `city is ${p.city}: give its English name as cityEn`,
        path: ['cityEn'],
      });
    }
    const given = CURATED_FIELDS.filter((field) => p[field] !== undefined);
    if (given.length > 0 && given.length < CURATED_FIELDS.length) {
      const missing = CURATED_FIELDS.filter((field) => p[field] === undefined);
      ctx.addIssue({
        code: 'custom',
        message: `a curated programme gives ${CURATED_FIELDS.join(', ')}; this one lacks ${missing.join(', ')} (give them, or leave out ${given.join(', ')} to publish the report uncurated)`,
        path: [missing[0]!],
      });
    }
    const seen = new Map<string, number>();
    p.figures?.forEach((f, i) => {
      const first = seen.get(f.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `figure id "${f.id}" is already used by figures[${first}]`,
          path: ['figures', i, 'id'],
        });
      } else {
        seen.set(f.id, i);
      }
    });
  });

export type Recipient = z.infer<typeof recipientSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Batch = z.infer<typeof batchSchema>;
export type Amount = z.infer<typeof amountSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Programme = z.infer<typeof programmeSchema>;
/** A programme whose curation (CURATED_FIELDS) is given. */
export type CuratedProgramme = Programme & Required<Pick<Programme, (typeof CURATED_FIELDS)[number]>>;

/** Whether the programme's period, batch, themes, figures and summaries are given (the schema allows all or none). */
export function isCurated(p: Programme): p is CuratedProgramme {
  return p.summary !== undefined;
}
/** A programme file before defaults are applied (what the JSON may say). */
export type ProgrammeInput = z.input<typeof programmeSchema>;
