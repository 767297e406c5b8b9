/**
 * The glossary's uses of every term in the archive's reports, worked out once per build
 * (src/lib/apparatus/glossary-uses.ts): /glossary/ and each term's page, in both
 * languages, share it, so rendering every report's text happens once, not once a page.
 * Reports come in the site's reading order (capture number), so a term's first uses are
 * those of the earliest captures.
 */
import { archive } from './content';
import { renderedApparatus } from './reports';
import { inCaptureOrder } from './browse';
import { usesByTerm, type ReportUses } from './apparatus/glossary-uses';

let loaded: Promise<Map<string, ReportUses[]>> | undefined;

export function glossaryUses(): Promise<Map<string, ReportUses[]>> {
  loaded ??= (async () => {
    const { reports, glossary } = await archive();
    const apps = await Promise.all(inCaptureOrder(reports).map((r) => renderedApparatus(r)));
    return usesByTerm(apps, glossary);
  })();
  return loaded;
}
