/**
 * /en/reports/<slug>/cite.ris: the citation of the report's English translation
 * (src/lib/apparatus/citation-files.ts). Static file; the content type is set for static hosts in public/_headers.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { translationCitationFile } from '../../../../lib/apparatus/citation-files';
import { perTranslationPaths, type ReportEntry } from '../../../../lib/reports';

export const getStaticPaths = perTranslationPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ report: ReportEntry }> = ({ props, site }) => translationCitationFile('ris', props.report, site);
