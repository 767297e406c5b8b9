/**
 * The timeline's model: for each report, the period it covers (as its programme data
 * states it, tied to its paragraph), the batch of cadres, and when it was published
 * (stated, or an estimate). A report whose programme is not yet curated has no period or
 * batch: only its publication is drawn, and it is placed by it. Reports of one programme
 * (the same supporter, leading city and recipient regions) share a lane, so the figure
 * grows with programmes, not reports. Pure; the layout turns times into x and lanes into y.
 */
import type { Lang } from '../../i18n';
import type { Programme } from '../../core/schemas/programme';
import { dateToYear, endOf, estimateSpan, parseYearMonth, periodTag, startOf, type PeriodWords, type YearMonth } from './time';

/** What the timeline needs to know of a report (its frontmatter). */
export interface ReportInfo {
  slug: string;
  title: string;
  script: Lang;
  published: { stated: true; date: string } | { stated: false; estimate: string };
}

type Publication = { stated: true; date: string; at: number } | { stated: false; estimate: string; from: number; to: number };

export interface TimelineRow {
  slug: string;
  /** Our title of the programme (Simplified). */
  title: string;
  /** The report's headline, in its script. */
  reportTitle: string;
  script: Lang;
  province: Programme['province'];
  /** Null while the programme is not curated. */
  period: { text: string; quote: string; anchor: string; href: string; start: YearMonth | null; end: YearMonth | null; tag: string } | null;
  /** The bar: from the period's start to its end, or to the publication when no end is given (open). Null without a start. */
  bar: { from: number; to: number; open: boolean } | null;
  batch: { text: string; quote: string; anchor: string; href: string } | null;
  published: Publication;
  /** Where the row sorts: the bar's start, else the publication (its estimate's start). */
  sortAt: number;
  /** reports/<slug>/ */
  reportHref: string;
  /** The programme's lane: `<province>/<leading city's English name>→<recipient regions>`. */
  lane: string;
}

/** One programme: a row of the figure, its reports in time order. */
export interface TimelineLane {
  key: string;
  province: Programme['province'];
  rows: TimelineRow[];
}

interface TimelineModel {
  /** Every report, in time order. */
  rows: TimelineRow[];
  /** The programmes, in the order of their first report. */
  lanes: TimelineLane[];
  /** Whole years covering every bar and publication: [first, last + 1). */
  domain: [number, number];
  /** Every year in the domain (tick positions). */
  ticks: number[];
}

function publication(p: ReportInfo['published']): Publication {
  if (p.stated) return { stated: true, date: p.date, at: dateToYear(p.date) };
  const { from, to } = estimateSpan(p.estimate);
  return { stated: false, estimate: p.estimate, from, to };
}

export function timelineModel(programmes: readonly Programme[], reports: readonly ReportInfo[], words?: PeriodWords): TimelineModel {
  const bySlug = new Map(reports.map((r) => [r.slug, r] as const));
  const rows: TimelineRow[] = programmes.map((p) => {
    const report = bySlug.get(p.slug);
    if (!report) throw new Error(`timeline: programme "${p.slug}" has no report`);
    const published = publication(report.published);
    const start = p.period?.start ? parseYearMonth(p.period.start) : null;
    const end = p.period?.end ? parseYearMonth(p.period.end) : null;
    const pubAt = published.stated ? published.at : published.from;
    const bar = start ? { from: startOf(start), to: end ? endOf(end) : Math.max(pubAt, startOf(start)), open: end === null } : null;
    return {
      slug: p.slug,
      title: p.title,
      reportTitle: report.title,
      script: report.script,
      province: p.province,
      period: p.period
        ? {
            text: p.period.text,
            quote: p.period.quote,
            anchor: p.period.anchor,
            href: `reports/${p.slug}/#${p.period.anchor}`,
            start,
            end,
            tag: periodTag(p.period.start, p.period.end, words),
          }
        : null,
      bar,
      batch: p.batch ? { ...p.batch, href: `reports/${p.slug}/#${p.batch.anchor}` } : null,
      published,
      sortAt: bar ? bar.from : pubAt,
      reportHref: `reports/${p.slug}/`,
      lane: `${p.province}/${p.cityEn ?? ''}→${[...new Set(p.recipients.map((r) => r.region))].sort().join('+')}`,
    };
  });
  rows.sort((a, b) => a.sortAt - b.sortAt || a.slug.localeCompare(b.slug));
  const lanes = new Map<string, TimelineLane>();
  for (const row of rows) {
    const lane = lanes.get(row.lane) ?? { key: row.lane, province: row.province, rows: [] };
    lane.rows.push(row);
    lanes.set(row.lane, lane);
  }

  const times = rows.flatMap((r) => [
    ...(r.bar ? [r.bar.from, r.bar.to] : []),
    ...(r.published.stated ? [r.published.at] : [r.published.from, r.published.to]),
  ]);
  const first = Math.floor(Math.min(...times));
  const last = Math.ceil(Math.max(...times));
  const domain: [number, number] = [first, last === first ? first + 1 : last];
  const ticks: number[] = [];
  for (let y = domain[0]; y <= domain[1]; y++) ticks.push(y);
  return { rows, lanes: [...lanes.values()], domain, ticks };
}

interface TimelineLayout {
  width: number;
  height: number;
  x: (t: number) => number;
  lanes: { lane: TimelineLane; y: number; barY: number }[];
  axisY: number;
}

/** Lanes top to bottom; x is linear in time between the margins. */
export function timelineLayout(
  model: TimelineModel,
  opts: { width: number; left: number; right: number; top: number; rowHeight: number; barOffset: number; axisHeight: number },
): TimelineLayout {
  const [d0, d1] = model.domain;
  const span = opts.width - opts.left - opts.right;
  const x = (t: number) => Math.round((opts.left + ((t - d0) / (d1 - d0)) * span) * 10) / 10;
  const lanes = model.lanes.map((lane, i) => {
    const y = opts.top + i * opts.rowHeight;
    return { lane, y, barY: y + opts.barOffset };
  });
  const axisY = opts.top + model.lanes.length * opts.rowHeight;
  return { width: opts.width, height: axisY + opts.axisHeight, x, lanes, axisY };
}
