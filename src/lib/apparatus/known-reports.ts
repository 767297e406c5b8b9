/** The reports' slugs and anchors (pN, fN, note-rN), read from content/reports/ for validation. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPORTS_DIR } from './report';
import type { KnownReports } from './changes';

export function knownReports(): KnownReports {
  const dir = path.resolve(process.cwd(), REPORTS_DIR);
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const text = readFileSync(path.join(dir, f), 'utf8');
        const anchors = new Set([
          ...[...text.matchAll(/<(?:P|LostImage) id="([pf]\d+)">/g)].map((m) => m[1]!),
          ...[...text.matchAll(/^ {2}- id: "(r\d+)"$/gm)].map((m) => `note-${m[1]!}`),
        ]);
        return [f.replace(/\.mdx$/, ''), anchors] as const;
      }),
  );
}
