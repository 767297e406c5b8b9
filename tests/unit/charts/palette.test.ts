/** The supporters' palette (theme.css, src/lib/charts/palette.ts): deterministic, and readable on the paper. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE_SIZE, supporterColours } from '../../../src/lib/charts/palette';
import { ROOT } from '../../helpers/content';

const theme = readFileSync(path.join(ROOT, 'src/styles/theme.css'), 'utf8');

/** Every value of a custom property in theme.css, in file order (light first, then dark). */
const values = (name: string) => [...theme.matchAll(new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'g'))].map((m) => m[1]!);

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('the supporters’ palette', () => {
  it('gives each supporter a colour in the archive’s order, the ninth the first again', () => {
    const ids = Array.from({ length: PALETTE_SIZE + 1 }, (_, i) => ({ id: `p${i}` }));
    const colour = supporterColours(ids);
    expect(ids.map((p) => colour(p.id))).toEqual([...Array.from({ length: PALETTE_SIZE }, (_, i) => `pm--s${i + 1}`), 'pm--s1']);
    expect(() => colour('nowhere')).toThrow(/no colour for supporter "nowhere"/);
  });

  it('keeps every colour at 4.5:1 or more against the paper, in light and dark mode', () => {
    const [lightPaper, darkPaper] = values('color-paper');
    for (let i = 1; i <= PALETTE_SIZE; i++) {
      const [light, dark] = values(`color-supporter-${i}`);
      expect(contrast(light!, lightPaper!), `supporter-${i} light`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark!, darkPaper!), `supporter-${i} dark`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
