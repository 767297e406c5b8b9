/**
 * How the comparison and the timeline stay readable as the archive grows: the reports of
 * one supporter or one recipient region form a group, each group has pages of its own,
 * and a group's comparison is split into pages of as many columns as fit side by side.
 * Pure.
 */
import type { Programme } from '../../core/schemas/programme';
import type { GroupKind } from '../site-paths';

/**
 * The reports the comparison sets side by side on one page: the wide chart page is 76rem,
 * and the row headings and each column keep 9rem and their padding, so six columns fit
 * before the table scrolls sideways or squeezes its headings. /compare/ shows every report
 * while the archive holds no more than this.
 */
export const COMPARE_COLUMNS = 6;

/** The reports /timeline/ links mark by mark and lists in its table while the archive holds no more; beyond it the figure is drawing alone, and the links and table are on each supporter's page. */
export const TIMELINE_TABLE_ROWS = 40;

export interface ReportGroup {
  kind: GroupKind;
  id: string;
  /** The group's programmes, in the order given. */
  programmes: Programme[];
}

const member: Record<GroupKind, (p: Programme, id: string) => boolean> = {
  provinces: (p, id) => p.province === id,
  regions: (p, id) => p.recipients.some((r) => r.region === id),
};

/** A group for each id (in the order of `ids`) that has at least one programme. */
export function reportGroups(kind: GroupKind, ids: readonly string[], programmes: readonly Programme[]): ReportGroup[] {
  return ids.map((id) => ({ kind, id, programmes: programmes.filter((p) => member[kind](p, id)) })).filter((g) => g.programmes.length > 0);
}
