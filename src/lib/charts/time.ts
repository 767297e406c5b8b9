/**
 * Year-month arithmetic for the timeline and the comparison: the programme data gives
 * periods as "2015" or "2015-08", reports give dates as "2025-08-05" or estimates as
 * "2022-10/2023-06". Times are decimal years (2015-08 starts at 2015 + 7/12).
 */

export interface YearMonth {
  year: number;
  /** 1–12, or null when only the year is known. */
  month: number | null;
}

/** "2015" → {2015, null}; "2015-08" → {2015, 8}; "2015-08-05" → {2015, 8} (the day is dropped). */
export function parseYearMonth(s: string): YearMonth {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/.exec(s);
  if (!m) throw new Error(`not a year or year-month: "${s}"`);
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null };
}

/** The first instant of a year or month, as a decimal year. */
export function startOf(ym: YearMonth): number {
  return ym.year + (ym.month === null ? 0 : (ym.month - 1) / 12);
}

/** The last instant of a year or month (= the start of the next), as a decimal year. */
export function endOf(ym: YearMonth): number {
  return ym.year + (ym.month === null ? 1 : ym.month / 12);
}

/** A calendar date "2025-08-05" as a decimal year (the middle of that day). */
export function dateToYear(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a date: "${date}"`);
  const year = Number(m[1]);
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const day = Date.UTC(year, Number(m[2]) - 1, Number(m[3])) + 12 * 3600 * 1000;
  return year + (day - start) / (end - start);
}

/** An estimate "2022-10/2023-06", "2023-09" or "2023" as the span it covers. */
export function estimateSpan(estimate: string): { from: number; to: number } {
  const [a, b = a] = estimate.split('/');
  return { from: startOf(parseYearMonth(a!)), to: endOf(parseYearMonth(b!)) };
}

/** 2015-08 → "2015.8"; 2020 → "2020". */
function formatYearMonth(ym: YearMonth): string {
  return ym.month === null ? String(ym.year) : `${ym.year}.${ym.month}`;
}

/** The words of a period's tag, in the page's language (src/i18n: charts.period). */
export interface PeriodWords {
  /** After an open start: 起, onwards. */
  since: string;
  /** A whole year: 2023年, 2023. */
  wholeYear: (year: number) => string;
}

const PERIOD_IN_CHINESE: PeriodWords = { since: '起', wholeYear: (year) => `${year}年` };

/**
 * A short tag for a period: "2015.8–2025.8", "2023年" (a whole year), "2020.3 起" (no end
 * given), "2020–2023.9"; the words are Chinese unless given.
 */
export function periodTag(start: string | undefined, end: string | undefined, words: PeriodWords = PERIOD_IN_CHINESE): string {
  if (!start) return end ? `–${formatYearMonth(parseYearMonth(end))}` : '';
  const s = parseYearMonth(start);
  if (!end) return `${formatYearMonth(s)} ${words.since}`;
  const e = parseYearMonth(end);
  const wholeYear = s.year === e.year && (s.month ?? 1) === 1 && (e.month ?? 12) === 12;
  if (wholeYear) return words.wholeYear(s.year);
  return `${formatYearMonth(s)}–${formatYearMonth(e)}`;
}
