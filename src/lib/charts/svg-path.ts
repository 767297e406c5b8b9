/**
 * Shorter SVG path data for the build-time map: d3-geo writes absolute `M x,y L x,y … Z`
 * commands; the same outline in relative commands with implicit repetition (`m x y l dx dy
 * dx dy … z`) is about a third smaller, and the drawing is unchanged (every delta is taken
 * between coordinates already rounded to one decimal, so no error accumulates).
 */

/** A number with one decimal at most, without a leading zero: 0.5 → .5, -0.5 → -.5, 3.0 → 3. */
export function formatNumber(n: number): string {
  const r = Math.round(n * 10) / 10;
  if (Object.is(r, -0) || r === 0) return '0';
  let s = String(r);
  if (s.startsWith('0.')) s = s.slice(1);
  else if (s.startsWith('-0.')) s = `-${s.slice(2)}`;
  return s;
}

/**
 * Rewrites path data made only of M, L and Z commands (what d3-geo's geoPath writes for
 * polygons and lines) into relative commands, leaving out repeated command letters (after
 * `m` or `l`, further coordinate pairs are line-tos) and needless separators. Throws on
 * any other command.
 */
export function compactPath(d: string): string {
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:e[-+]?\d+)?/g) ?? [];
  let out = '';
  /** The last number written since the last command letter, or null right after a letter. */
  let prev: string | null = null;
  let last = '';
  const letter = (c: string) => {
    out += c;
    last = c;
    prev = null;
  };
  const write = (n: string) => {
    if (prev !== null && !(n.startsWith('-') || (n.startsWith('.') && prev.includes('.')))) out += ' ';
    out += n;
    prev = n;
  };
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let i = 0;
  const num = () => {
    const t = tokens[i++];
    if (t === undefined || /[A-Za-z]/.test(t)) throw new Error(`compactPath: expected a number at token ${i - 1} in "${d.slice(0, 40)}…"`);
    return Math.round(Number(t) * 10) / 10;
  };
  while (i < tokens.length) {
    const cmd = tokens[i++];
    if (cmd === 'Z' || cmd === 'z') {
      letter('z');
      x = startX;
      y = startY;
    } else if (cmd === 'M' || cmd === 'L') {
      let first = true;
      while (i < tokens.length && !/[A-Za-z]/.test(tokens[i]!)) {
        const nx = num();
        const ny = num();
        if (first) {
          if (cmd === 'M') {
            letter('m');
            startX = nx;
            startY = ny;
          } else if (last !== 'l' && last !== 'm') {
            letter('l');
          }
        }
        write(formatNumber(nx - x));
        write(formatNumber(ny - y));
        x = nx;
        y = ny;
        first = false;
      }
    } else {
      throw new Error(`compactPath: unsupported command "${cmd}"`);
    }
  }
  return out;
}
