/**
 * The comparison's model: every figure of every programme, by category (rows) and
 * programme (columns), amounts normalised to one unit (万元 and 亿元 to 元: the
 * programme data's `amount` already holds the plain number), each tied to its sentence.
 * Pure. What makes figures incomparable is carried along, never dropped: the period each
 * report covers, approximate values (余, 多, 超…), different units within one row.
 * A programme not yet curated has a column with no period and no figures.
 */
import type { Lang } from '../../i18n';
import { FIGURE_CATEGORIES, type Programme } from '../../core/schemas/programme';
import { periodTag, type PeriodWords } from './time';

/** Rows in this order: the six the comparison is about first, then the rest. */
export const COMPARE_CATEGORIES = ['money', 'people', 'projects', 'health', 'education', 'jobs', 'results', 'culture'] as const;
type CompareCategory = (typeof COMPARE_CATEGORIES)[number];

// Every category of the schema has a row.
const _all: readonly CompareCategory[] = FIGURE_CATEGORIES;
void _all;

interface CompareFigure {
  id: string;
  /** Our label (Simplified). */
  label: string;
  /** The value exactly as printed. */
  printed: string;
  /** The normalised number, or null when the printed value is not a plain amount. */
  value: number | null;
  /** The counting unit of `value` (元, 名, 人次…). */
  unit: string | null;
  approx: boolean;
  /** The qualifying word(s) as printed (余, 多, 超, 近, 约, 左右…), when approx. */
  qualifier: string | null;
  quote: string;
  anchor: string;
  /** reports/<slug>/#pN */
  href: string;
  /** "1,356,000,000 元" */
  normalised: string | null;
  /** true when the printed value uses a multiplier (万, 亿, 千…), so the normalised number reads differently. */
  scaled: boolean;
}

interface CompareColumn {
  slug: string;
  title: string;
  province: Programme['province'];
  script: Lang;
  /** The period as stated, its tag ("2015.8–2025.8", "2023年", "2020.3 起") and its paragraph; null while the programme is not curated. */
  period: { text: string; tag: string; href: string } | null;
}

interface CompareRow {
  category: CompareCategory;
  /** One list of figures per column, in column order (report order within a cell). */
  cells: CompareFigure[][];
  /** The distinct units of the row's amounts. */
  units: string[];
}

interface CompareModel {
  columns: CompareColumn[];
  rows: CompareRow[];
}

const QUALIFIERS = /超过|左右|以上|[余餘多超近约約过過逾上]/g;

/** The words that make a printed value approximate: 420余萬元 → 余; 10萬噸左右 → 左右; 超1億元 → 超. */
export function approxQualifier(printed: string): string | null {
  const found = printed.match(QUALIFIERS);
  return found ? [...new Set(found)].join('、') : null;
}

/** 1356000000, 元 → "1,356,000,000 元" (grouped by thousands; decimals kept). */
export function formatAmount(value: number, unit: string): string {
  const [int, frac] = String(value).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${frac ? `.${frac}` : ''} ${unit}`;
}

export function compareModel(programmes: readonly Programme[], scripts: Readonly<Record<string, Lang>> = {}, words?: PeriodWords): CompareModel {
  const columns: CompareColumn[] = programmes.map((p) => ({
    slug: p.slug,
    title: p.title,
    province: p.province,
    script: scripts[p.slug] ?? 'zh-Hans',
    period: p.period ? { text: p.period.text, tag: periodTag(p.period.start, p.period.end, words), href: `reports/${p.slug}/#${p.period.anchor}` } : null,
  }));
  const rows: CompareRow[] = COMPARE_CATEGORIES.map((category) => {
    const cells = programmes.map((p) =>
      (p.figures ?? [])
        .filter((f) => f.category === category)
        .map((f): CompareFigure => {
          const approx = f.amount?.approx ?? approxQualifier(f.value) !== null;
          return {
            id: f.id,
            label: f.label,
            printed: f.value,
            value: f.amount ? f.amount.value : null,
            unit: f.amount ? f.amount.unit : null,
            approx,
            qualifier: approx ? approxQualifier(f.value) : null,
            quote: f.quote,
            anchor: f.anchor,
            href: `reports/${p.slug}/#${f.anchor}`,
            normalised: f.amount ? formatAmount(f.amount.value, f.amount.unit) : null,
            scaled: f.amount !== undefined && /[十百千万萬亿億]/.test(f.value),
          };
        }),
    );
    const units = [...new Set(cells.flat().flatMap((f) => (f.unit ? [f.unit] : [])))];
    return { category, cells, units };
  });
  return { columns, rows };
}
