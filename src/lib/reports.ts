import { render } from 'astro:content';
import { readBody } from '../core/report-body';
import type { ReportApparatus } from './apparatus/report';
import { archiveFacts, type ArchiveFacts } from './archive-facts';
import { archive, reportApparatus, type ReportEntry } from './content';
import type { Lang, Script, SiteLang } from '../i18n';

export type { ReportEntry };
export type Published = ReportEntry['data']['published'];

/** All reports, newest first (estimated dates sort by the start of the estimate). */
export async function getReports(): Promise<ReportEntry[]> {
  return (await archive()).reports;
}

/** What the wording counts and lists (src/lib/archive-facts.ts), from the archive's data. */
export async function loadArchiveFacts(lang: SiteLang = 'zh-Hans'): Promise<ArchiveFacts> {
  const { reports, programmes, provinces } = await archive();
  return archiveFacts({ reports, programmes, provinces }, lang);
}

/** A report's title as a page in some language shows it. */
export interface ShownTitle {
  text: string;
  /** The script it is printed in, or null for the title of the English translation. */
  script: Script | null;
}

/** Each report's title on a page in `lang`, by slug: on an English page the translation's, else the report's own. */
export async function titlesIn(lang: Lang): Promise<(slug: string) => ShownTitle> {
  const { reports, translations } = await archive();
  return (slug) => {
    const translation = lang === 'en' ? translations.get(slug) : undefined;
    if (translation) return { text: translation.title, script: null };
    const report = reports.find((r) => r.id === slug);
    if (!report) throw new Error(`no report "${slug}"`);
    return { text: report.data.title, script: report.data.script };
  };
}

/** Static paths of a route with one page or file per report, the report as its prop. */
export const perReportPaths = async () => (await getReports()).map((report) => ({ params: { slug: report.id }, props: { report } }));

/** Static paths of a route with one page or file per translated report (/en/reports/<slug>/…), the report as its prop. */
export async function perTranslationPaths() {
  const { reports, translations } = await archive();
  return reports.filter((r) => translations.has(r.id)).map((report) => ({ params: { slug: report.id }, props: { report } }));
}

/** The apparatus of a report, aligned with the heading ids of its rendered body. */
export async function renderedApparatus(report: ReportEntry): Promise<ReportApparatus> {
  const { headings } = await render(report);
  return reportApparatus(
    report,
    headings.map((h) => h.slug),
  );
}

/** Ids of the restorations the MDX body actually marks, in body order. */
export function markedRestorationIds(body: string | undefined): Set<string> {
  const segments = readBody(body ?? '').flatMap((block) => block.segments);
  return new Set(segments.flatMap((segment) => (segment.type === 'text' ? [] : [segment.id])));
}

/** 2022-10/2023-06 → 2022-10 至 2023-06; a single year or month stays as it is. */
export function formatEstimate(estimate: string, to = ' 至 '): string {
  return estimate.split('/').join(to);
}
