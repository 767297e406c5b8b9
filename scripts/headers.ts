/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages): a path pattern
 * at the start of a line, then indented `Name: value` lines. `*` in a pattern matches
 * any run of characters. Used by scripts/serve.ts so local serving and the tests get
 * the same headers as production.
 */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const current = rules.at(-1);
    const match = line.trim().match(/^([A-Za-z0-9-]+):\s*(.+)$/);
    if (!current || !match) throw new Error(`_headers:${index + 1}: expected "Name: value" under a path pattern`);
    current.headers[match[1]!] = match[2]!;
  });
  return rules;
}

const patternToRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** The headers for a site-relative path (`/reports/x/`), later rules overriding earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.fromEntries(rules.filter((rule) => patternToRegExp(rule.pattern).test(path)).flatMap((rule) => Object.entries(rule.headers)));
}
