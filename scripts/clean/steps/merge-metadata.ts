import { CaptureError } from '../errors';
import type { MetadataPatch, Person } from '../metadata';

export interface MergedMetadata {
  title?: { value: string; line: number };
  deck?: string;
  date?: { value: string; time?: string; line: number };
  outlet?: string;
  via: string[];
  capturedFrom?: string;
  authors: Person[];
  editors: Person[];
}

/**
 * Merges what the lines said. Lists keep printed order without repeats (an editor
 * named in the dateline and again in the footer is one editor); a single-valued field
 * stated twice with different values is an error at the second line.
 */
export function mergeMetadata(patches: readonly { line: number; patch: MetadataPatch }[], file: string): MergedMetadata {
  const merged: MergedMetadata = { via: [], authors: [], editors: [] };
  const once = <T>(current: T | undefined, next: T, line: number, field: string, same: (a: T) => boolean): T => {
    if (current !== undefined && !same(current)) {
      throw new CaptureError(file, line, `${field} is stated twice with different values`);
    }
    return next;
  };
  for (const { line, patch } of patches) {
    if (patch.title !== undefined) {
      merged.title = once(merged.title, { value: patch.title, line }, line, 'title', (t) => t.value === patch.title);
    }
    if (patch.deck !== undefined) merged.deck = once(merged.deck, patch.deck, line, 'deck', (d) => d === patch.deck);
    if (patch.date !== undefined) {
      const date = { value: patch.date, time: patch.time, line };
      merged.date = once(merged.date, date, line, 'date', (d) => d.value === patch.date && d.time === patch.time);
    }
    if (patch.outlet !== undefined) {
      merged.outlet = once(merged.outlet, patch.outlet, line, 'outlet', (o) => o === patch.outlet);
    }
    if (patch.capturedFrom !== undefined) {
      const site = patch.capturedFrom;
      merged.capturedFrom = once(merged.capturedFrom, site, line, 'capturedFrom', (s) => s === site);
    }
    merged.via = unique([...merged.via, ...(patch.via ?? [])], (v) => v);
    merged.authors = unique([...merged.authors, ...(patch.authors ?? [])], (p) => `${p.role}|${p.name}`);
    merged.editors = unique([...merged.editors, ...(patch.editors ?? [])], (p) => `${p.role}|${p.name}`);
  }
  return merged;
}

const unique = <T>(items: T[], key: (item: T) => string): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
};
