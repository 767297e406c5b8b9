/**
 * What a report's apparatus views (the as-captured view, the interventions) render from:
 * the report's data and script, the wording in that script, and its apparatus aligned with
 * the rendered body's headings.
 */
import { wording, type Dictionary } from '../../i18n';
import { renderedApparatus, type ReportEntry } from '../reports';
import type { ApparatusBlock } from './report';

export async function reportView(report: ReportEntry) {
  const { report: t, apparatus: a } = wording(report.data.script);
  return { d: report.data, lang: report.data.script, t, a, app: await renderedApparatus(report) };
}

/** Where a block stands, as the views name it: 第 N 段, a lost image's caption, or `heading`. */
export const blockPlace = (b: ApparatusBlock, t: Dictionary['report'], heading: string): string =>
  b.block.kind === 'paragraph' ? t.paragraph(b.anchor.slice(1)) : b.block.kind === 'caption' ? `${t.lostImage} ${b.anchor}` : heading;
