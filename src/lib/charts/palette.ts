/**
 * The supporters' colours on every chart: a fixed palette (theme.css, --color-supporter-1…8,
 * each checked for contrast against the paper in light and dark mode by
 * tests/unit/charts/palette.test.ts), given out in the order the archive first covers each
 * province (the archive's `provinces`). Deterministic: the same data, the same colours; a
 * ninth supporter takes the first colour again.
 */
export const PALETTE_SIZE = 8;

/** The class that colours a supporter's marks: pm--s1 … pm--s8 (charts.css). */
export function supporterColours(provinces: readonly { id: string }[]): (id: string) => string {
  const index = new Map(provinces.map((p, i) => [p.id, i] as const));
  return (id) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`no colour for supporter "${id}": it is not among the provinces the programmes name (content/gazetteer.json)`);
    return `pm--s${(i % PALETTE_SIZE) + 1}`;
  };
}
