/**
 * The changelog (content/changes.json, or the file named by ARCHIVE_CHANGES_FILE for the
 * test build): loaded once, validated with zod and against the reports. An unknown slug or
 * anchor fails the build with a message naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { changesFileSchema, type Change } from '../../core/schemas/changes';
import type { Dictionary } from '../../i18n';

export const CHANGES_FILE = 'content/changes.json';

export interface ChangeEntry extends Change {
  /** Stable id for links: change-<n>, n = position in the file (1-based). */
  id: string;
}

/** What the validation needs to know about each report: its slug and its anchors. */
export type KnownReports = ReadonlyMap<string, ReadonlySet<string>>;

export function parseChanges(json: unknown, reports: KnownReports, file = CHANGES_FILE): ChangeEntry[] {
  const parsed = changesFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues
        .map(
          (i) =>
            `${file}: ${i.path
              .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
              .join('')
              .replace(/^\./, '')}: ${i.message}`,
        )
        .join('\n'),
    );
  }
  const problems: string[] = [];
  parsed.data.forEach((c, i) => {
    const anchors = reports.get(c.report);
    if (!anchors) {
      problems.push(`${file}: [${i}].report: unknown report "${c.report}" (known: ${[...reports.keys()].sort().join(', ')})`);
    } else if (c.anchor !== undefined && !anchors.has(c.anchor)) {
      problems.push(`${file}: [${i}].anchor: report "${c.report}" has no paragraph, figure or note "${c.anchor}"`);
    }
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return parsed.data.map((c, i) => ({ ...c, id: `change-${i + 1}` }));
}

export function changesFile(): string {
  return process.env.ARCHIVE_CHANGES_FILE || CHANGES_FILE;
}

let cached: ChangeEntry[] | undefined;

/** All changes, newest first (ties in file order). */
export function loadChanges(reports: KnownReports): ChangeEntry[] {
  if (!cached) {
    const file = changesFile();
    const text = readFileSync(path.resolve(process.cwd(), file), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
    }
    cached = parseChanges(json, reports, file)
      .map((c, i) => ({ c, i }))
      .sort((x, y) => y.c.date.localeCompare(x.c.date) || x.i - y.i)
      .map(({ c }) => c);
  }
  return cached;
}

/** How a change's place reads: 第 3 段, f1, 修复说明 r13. */
export function anchorLabel(anchor: string, t: Dictionary['report']): string {
  if (anchor.startsWith('p')) return t.paragraph(anchor.slice(1));
  if (anchor.startsWith('note-')) return `${t.restorationNotes} ${anchor.slice('note-'.length)}`;
  return anchor;
}
