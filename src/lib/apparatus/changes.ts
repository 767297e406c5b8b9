/**
 * The changelog (content/changes.json, loaded and checked by the content layer): each
 * entry with the id /changes/ gives it, and how its place reads.
 */
import type { Change } from '../../core/schemas/changes';
import type { Dictionary } from '../../i18n';

export interface ChangeEntry extends Change {
  /** Stable id for links: change-<n>, n = position in the file (1-based). */
  id: string;
}

/** How a change's place reads: 第 3 段, f1, 修复说明 r13. */
export function anchorLabel(anchor: string, t: Dictionary['report']): string {
  if (anchor.startsWith('p')) return t.paragraph(anchor.slice(1));
  if (anchor.startsWith('note-')) return `${t.restorationNotes} ${anchor.slice('note-'.length)}`;
  return anchor;
}
