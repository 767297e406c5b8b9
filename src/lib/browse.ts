/**
 * The ways into the archive besides the home page: by supporting province (grouped by the
 * city that leads, where one does) and by receiving region. Pure functions over the
 * programme data (the content layer, src/lib/content/) and the reports, so they are unit-tested
 * (tests/unit/browse.test.ts) and the e2e tests can derive the expected lists the same way
 * from content/ without reading the built pages.
 *
 * Reading order, everywhere on the site: by capture number, 000 to 004 (the raw capture's
 * file name, content/sources/NNN_<hash>.txt). It is stable and known for every report;
 * publication dates are not (two reports state none).
 */
import { periodTag, type PeriodWords } from './charts/time';
import * as OpenCC from 'opencc-js';
import type { Figure, Programme, Recipient } from '../core/schemas/programme';

/** How many reports the home page shows: the last captured (all of them while the archive is small). */
export const NEWEST_ON_HOME = 6;

/** Reports on each page of the list of all reports (/reports/, /reports/page/2/, …). */
export const REPORTS_PER_PAGE = 50;

/** Anything that knows its raw capture: a report entry (id + data.source.file). */
export interface HasCapture {
  data: { source: { file: string } };
}

/** The capture number of a report's raw capture: content/sources/003_….txt → '003'. */
export function captureNumber(report: HasCapture): string {
  const m = /(?:^|\/)(\d{3})_[0-9a-f]+\.txt$/.exec(report.data.source.file);
  if (!m) throw new Error(`no capture number in ${report.data.source.file}`);
  return m[1]!;
}

/** Reports in the site's reading order: by capture number, 000 first. */
export function inCaptureOrder<T extends HasCapture>(reports: readonly T[]): T[] {
  return [...reports].sort((a, b) => captureNumber(a).localeCompare(captureNumber(b)));
}

/** The reports before and after `slug` in capture order (null at either end; no wrapping). */
export function neighbours<T extends HasCapture & { id: string }>(reports: readonly T[], slug: string): { previous: T | null; next: T | null } {
  const ordered = inCaptureOrder(reports);
  const i = ordered.findIndex((r) => r.id === slug);
  if (i < 0) throw new Error(`neighbours: no report "${slug}"`);
  return { previous: ordered[i - 1] ?? null, next: ordered[i + 1] ?? null };
}

/** Programmes in capture order (their `source` is the capture's file name). */
export function programmesInCaptureOrder(programmes: readonly Programme[]): Programme[] {
  return [...programmes].sort((a, b) => a.source.localeCompare(b.source));
}

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/**
 * A name printed in either script, in Simplified (東營市 → 东营市), for headings on the
 * Simplified browse pages and for grouping (the same city printed in two scripts is one
 * city). Only our own headings use it; report text is never converted.
 */
export function simplifiedName(printed: string): string {
  return toSimplified(printed);
}

/** One group on a province page: the reports led by one city, or by the province itself. */
interface ProvinceGroup {
  /** The leading city in Simplified (东营市), or null where the province itself leads. */
  city: string | null;
  /** The leading city's English name (Dongying), or null. */
  cityEn: string | null;
  /** The city as the reports print it (東營市), each distinct form once; empty for the province. */
  printed: string[];
  /** Slugs of the programmes, in capture order. */
  slugs: string[];
}

/**
 * The reports of one province, grouped by the city that leads each programme (the
 * programme's `city`; null means the province itself). Groups come in the capture order
 * of their first report; within a group, capture order.
 */
export function provinceGroups(programmes: readonly Programme[], provinceId: string): ProvinceGroup[] {
  const groups: ProvinceGroup[] = [];
  for (const p of programmesInCaptureOrder(programmes)) {
    if (p.province !== provinceId) continue;
    const city = p.city === null ? null : simplifiedName(p.city);
    let group = groups.find((g) => g.city === city);
    if (!group) {
      group = { city, cityEn: p.cityEn, printed: [], slugs: [] };
      groups.push(group);
    }
    if (p.city !== null && !group.printed.includes(p.city)) group.printed.push(p.city);
    group.slugs.push(p.slug);
  }
  return groups;
}

/** One report that names a region as a recipient. */
interface RegionMention {
  slug: string;
  /** The recipients of this region the report names, as printed, in the data's order. */
  recipients: Recipient[];
  /** Whether any of them is a primary recipient of the programme. */
  primary: boolean;
}

/** Every report that names `regionId` as a recipient, primary or secondary, in capture order. */
export function reportsNamingRegion(programmes: readonly Programme[], regionId: string): RegionMention[] {
  const out: RegionMention[] = [];
  for (const p of programmesInCaptureOrder(programmes)) {
    const recipients = p.recipients.filter((r) => r.region === regionId);
    if (recipients.length === 0) continue;
    out.push({ slug: p.slug, recipients, primary: recipients.some((r) => r.primary) });
  }
  return out;
}

/** Number of programmes per province id. */
export function provinceCounts(programmes: readonly Programme[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of programmes) counts.set(p.province, (counts.get(p.province) ?? 0) + 1);
  return counts;
}

/** Number of programmes naming each region id (a programme naming a region twice counts once). */
export function regionCounts(programmes: readonly Programme[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of programmes) {
    for (const region of new Set(p.recipients.map((r) => r.region))) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  return counts;
}

/**
 * The figures shown on the home page's cards: the first `n` of the programme's list (the
 * data lists the report's lead figures first).
 */
export function headlineFigures(programme: Programme, n = 2): Figure[] {
  return (programme.figures ?? []).slice(0, n);
}

/** Primary recipients first, then the others, each group in the data's order. */
export function recipientsByRole(programme: Programme): { primary: Recipient[]; secondary: Recipient[] } {
  return {
    primary: programme.recipients.filter((r) => r.primary),
    secondary: programme.recipients.filter((r) => !r.primary),
  };
}

/** A programme's period in the one style used everywhere (home, lists, timeline, comparison): 2015.8–2025.8. */
export function periodRange(period: { start?: string; end?: string } | undefined, words?: PeriodWords): string | null {
  return (period && periodTag(period.start, period.end, words)) || null;
}
