/**
 * The programme data (content/programmes/<slug>.json, loaded and checked by the content
 * layer, src/lib/content/): how a printed value reads as a number, and the public
 * downloads (/data/programmes.json, the figures CSV).
 */
import type { Amount, CuratedProgramme, Figure, Programme } from '../core/schemas/programme';

/** At most this many figures stand above a report's text. */
export const KEY_FIGURE_COUNT = 4;

/**
 * The figures shown above a report's text: the first few of the programme record, whose
 * figures the editors list headline first (content/programmes/<slug>.json). Every figure,
 * these included, is listed with its sentence after the text.
 */
export function keyFigures(programme: CuratedProgramme): Figure[] {
  return programme.figures.slice(0, KEY_FIGURE_COUNT);
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
  /** Period, batch and summary are absent, themes and figures empty, while the programme is not curated (CURATED_FIELDS). */
  period?: Programme['period'];
  batch?: Programme['batch'];
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
  editorialSummary?: string;
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
export function programmesAsJson(programmes: readonly Programme[], base = '/'): PublicProgramme[] {
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
    themes: [...(p.themes ?? [])],
    figures: (p.figures ?? []).map((f) => ({
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
export function figuresAsCsv(programmes: readonly Programme[], base = '/'): string {
  const rows: string[][] = [[...FIGURE_CSV_COLUMNS]];
  for (const p of programmes) {
    for (const f of p.figures ?? []) {
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
