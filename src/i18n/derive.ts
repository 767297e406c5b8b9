/**
 * One dictionary derived from another by converting its wording: every string, and every
 * string a function returns. A function's arguments are left exactly as given — they are
 * names and quotations in their own script, or wording already in the page's language —
 * by passing placeholders through the conversion and putting the arguments back after.
 *
 * Overrides correct the conversion where it is wrong for us: in the string at `key`, the
 * converter's `from` becomes `to`. Each must still apply — its key must exist and the
 * conversion must still produce `from` — or the derivation throws, so an override that
 * the converter has made unnecessary, or whose wording has gone, does not linger.
 */

export interface Override {
  /** Dotted path of a string in the dictionary: 'report.published'. */
  key: string;
  /** What the converter makes of it… */
  from: string;
  /** …and what we print instead. */
  to: string;
  reason: string;
}

/** What a dictionary function may be called with: text is kept verbatim, numbers and flags drive the wording. */
export type WordingArg = string | number | boolean | readonly string[];

// Control characters pass through OpenCC untouched and never occur in wording or data.
const OPEN = '\u0001';
const CLOSE = '\u0002';
const PLACEHOLDER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

export function deriveDictionary<T extends object>(source: T, convert: (text: string) => string, overrides: readonly Override[] = []): T {
  const byKey = new Map<string, Override[]>();
  for (const o of overrides) byKey.set(o.key, [...(byKey.get(o.key) ?? []), o]);
  const used = new Set<string>();

  const fix = (key: string, converted: string): string => {
    let out = converted;
    for (const o of byKey.get(key) ?? []) {
      if (!out.includes(o.from))
        throw new Error(`override for "${key}": the conversion no longer gives "${o.from}" (it gives "${out}"); remove or update the override`);
      out = out.split(o.from).join(o.to);
    }
    return out;
  };

  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      used.add(key);
      return fix(key, convert(value));
    }
    if (typeof value === 'function') {
      if (byKey.has(key)) throw new Error(`override for "${key}": overrides apply to strings, and "${key}" is a function`);
      const f = value as (...args: WordingArg[]) => string;
      return (...args: WordingArg[]) => {
        const texts: string[] = [];
        const hold = (text: string) => `${OPEN}${texts.push(text) - 1}${CLOSE}`;
        const held = args.map((a) => (typeof a === 'string' ? hold(a) : Array.isArray(a) ? a.map(hold) : a));
        return convert(f(...(held as WordingArg[]))).replace(PLACEHOLDER, (_, i: string) => texts[Number(i)]!);
      };
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, key === '' ? k : `${key}.${k}`)]));
    }
    throw new Error(`dictionary key "${key}": ${typeof value} is not wording`);
  };

  const derived = walk(source, '') as T;
  for (const key of byKey.keys()) if (!used.has(key)) throw new Error(`override for "${key}": no such string in the dictionary`);
  return derived;
}
