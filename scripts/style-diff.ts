/**
 * The differences between two snapshots of one page (scripts/style-snapshot.ts), element by
 * element in document order: a different element at the same place, a moved or resized box,
 * a property with another computed value. Each names the element as the first build has it.
 */
import { VISUAL_PROPERTIES, type PageSnapshot } from './style-snapshot';

export interface StyleDifference {
  element: string;
  /** A property name, `box`, or `element` when the two builds have different elements here. */
  what: string;
  before: string;
  after: string;
}

/** Boxes count as equal within this many CSS pixels: sub-pixel layout rounding, not a change. */
const BOX_TOLERANCE = 0.02;

export function diffSnapshots(before: PageSnapshot, after: PageSnapshot): StyleDifference[] {
  const differences: StyleDifference[] = [];
  const count = Math.max(before.elements.length, after.elements.length);
  for (let i = 0; i < count; i++) {
    const a = before.elements[i];
    const b = after.elements[i];
    if (!a || !b || a.tag !== b.tag) {
      differences.push({ element: a?.name ?? b?.name ?? `#${i}`, what: 'element', before: a?.tag ?? '(none)', after: b?.tag ?? '(none)' });
      // Once the sequences part, every later pair is misaligned: one difference says it.
      break;
    }
    if (a.box.some((n, k) => Math.abs(n - (b.box[k] ?? NaN)) > BOX_TOLERANCE)) {
      differences.push({ element: a.name, what: 'box', before: a.box.join(' '), after: b.box.join(' ') });
    }
    VISUAL_PROPERTIES.forEach((property, k) => {
      if (a.values[k] !== b.values[k]) differences.push({ element: a.name, what: property, before: a.values[k] ?? '', after: b.values[k] ?? '' });
    });
  }
  return differences;
}
