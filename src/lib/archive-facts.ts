/**
 * What the archive's own sentences count and list — how many reports, in which scripts,
 * which provinces and cities, the capture numbers — worked out from the data, so that
 * adding a report changes the wording with it (src/i18n formats the numbers).
 */
import { captureNumber, inCaptureOrder, provinceCounts, provinceGroups, type HasCapture } from './browse';
import type { Programme } from '../core/schemas/programme';
import type { Province } from './gazetteer';
import type { Report } from '../core/schemas/report';
import type { SiteLang } from '../i18n';

type Script = Report['script'];

export interface ArchiveFacts {
  reports: number;
  /** Reports per capture script. */
  byScript: Record<Script, number>;
  /** The first and last capture numbers: 000, 004. */
  captures: { first: string; last: string };
  /** Supporting provinces with at least one report, short names in the data's order: 山东, 浙江, 山西 (Shandong, Zhejiang, Shanxi in English). */
  provinces: string[];
  /** Cities that lead a programme, short names, province by province: 东营, 台州, 湖州 (Dongying, Taizhou, Huzhou). */
  cities: string[];
}

export interface ArchiveData {
  reports: readonly (HasCapture & { data: { script: Script } })[];
  programmes: readonly Programme[];
  provinces: readonly Province[];
}

/** A place name without its administrative suffix, as Chinese lists them: 山东省 → 山东, 东营市 → 东营. */
export function shortPlaceName(name: string): string {
  return name.replace(/[省市]$/, '');
}

/** The facts, with the names of provinces and cities in Simplified or, for `en`, in English. */
export function archiveFacts({ reports, programmes, provinces }: ArchiveData, lang: SiteLang = 'zh-Hans'): ArchiveFacts {
  if (reports.length === 0) throw new Error('archiveFacts: the archive has no reports');
  const ordered = inCaptureOrder(reports);
  const counts = provinceCounts(programmes);
  const inScript = (script: Script) => reports.filter((r) => r.data.script === script).length;
  const supporting = provinces.filter((p) => (counts.get(p.id) ?? 0) > 0);
  return {
    reports: reports.length,
    byScript: { 'zh-Hans': inScript('zh-Hans'), 'zh-Hant': inScript('zh-Hant') },
    captures: { first: captureNumber(ordered[0]!), last: captureNumber(ordered[ordered.length - 1]!) },
    provinces: supporting.map((p) => (lang === 'en' ? p.nameEn : shortPlaceName(p.name))),
    cities: supporting.flatMap((p) =>
      provinceGroups(programmes, p.id).flatMap((g) => (g.city === null || g.cityEn === null ? [] : [lang === 'en' ? g.cityEn : shortPlaceName(g.city)])),
    ),
  };
}
