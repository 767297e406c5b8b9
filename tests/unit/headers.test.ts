import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headers';

describe('parseHeadersFile and headersFor', () => {
  const rules = parseHeadersFile(
    ['# comment', '/*', '  X-A: 1', '  X-B: two words', '', '/reports/*', '  X-A: 2', '/data/*.json', '  X-C: json'].join('\n'),
  );

  it('reads patterns and their headers', () => {
    expect(rules).toEqual([
      { pattern: '/*', headers: { 'X-A': '1', 'X-B': 'two words' } },
      { pattern: '/reports/*', headers: { 'X-A': '2' } },
      { pattern: '/data/*.json', headers: { 'X-C': 'json' } },
    ]);
  });

  it('applies every matching rule, later ones overriding', () => {
    expect(headersFor(rules, '/')).toEqual({ 'X-A': '1', 'X-B': 'two words' });
    expect(headersFor(rules, '/reports/taizhou-alar/')).toEqual({ 'X-A': '2', 'X-B': 'two words' });
    expect(headersFor(rules, '/data/programmes.json')).toEqual({ 'X-A': '1', 'X-B': 'two words', 'X-C': 'json' });
    expect(headersFor(rules, '/data/figures.csv')).toEqual({ 'X-A': '1', 'X-B': 'two words' });
  });

  it('rejects a header line outside a pattern, naming the line', () => {
    expect(() => parseHeadersFile('  X-A: 1')).toThrow('_headers:1');
  });

  it("the site's own _headers gives every page a same-origin CSP and the other security headers", () => {
    const site = headersFor(parseHeadersFile(readFileSync('public/_headers', 'utf8')), '/reports/x/');
    expect(site['Content-Security-Policy']).toContain("default-src 'self'");
    expect(site['Content-Security-Policy']).not.toMatch(/https?:|'unsafe-inline'|'unsafe-eval'/);
    expect(site['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(site['X-Content-Type-Options']).toBe('nosniff');
  });

  it('README.md documents the same headers for nginx, value for value', () => {
    const site = headersFor(parseHeadersFile(readFileSync('public/_headers', 'utf8')), '/');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
    const documented = Object.fromEntries([...nginx.matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map((m) => [m[1]!, m[2]!] as const));
    expect(documented).toEqual(site);
  });
});
