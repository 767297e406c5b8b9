/** Metadata read out of capture lines, before it is validated as report frontmatter. */
import type { EditorialNote } from '../../src/core/schemas/note';

export interface Person {
  name: string;
  role: string;
  roleSource?: 'printed' | 'inferred';
  note?: EditorialNote;
}

export interface MetadataPatch {
  title?: string;
  deck?: string;
  date?: string;
  time?: string;
  outlet?: string;
  via?: string[];
  capturedFrom?: string;
  authors?: Person[];
  editors?: Person[];
}

/** Names separated by spaces, 、 or commas, all with the same printed role. */
export const people = (role: string, names: string): Person[] =>
  names
    .split(/[\s、，,]+/)
    .filter((name) => name !== '')
    .map((name) => ({ name, role }));
