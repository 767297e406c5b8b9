/** The reports' slugs and anchors (pN, fN, note-rN), read from content/reports/ for validation. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readBody } from '../../core/report-body';
import type { KnownReports } from './changes';
import { readReportFile, REPORTS_DIR } from './report';

export function knownReports(): KnownReports {
  const dir = path.resolve(process.cwd(), REPORTS_DIR);
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const { data, body } = readReportFile(readFileSync(path.join(dir, f), 'utf8'), `${REPORTS_DIR}/${f}`);
        const anchors = new Set([
          ...readBody(body).flatMap((block) => (block.kind === 'heading' ? [] : [block.anchor])),
          ...data.restorations.map((r) => `note-${r.id}`),
        ]);
        return [f.replace(/\.mdx$/, ''), anchors] as const;
      }),
  );
}
