/** Minimal types for citation-js, used by the tests to parse the citation exports. */
declare module '@citation-js/core' {
  export class Cite {
    static async(input: unknown): Promise<Cite>;
    data: Record<string, unknown>[];
  }
  export const plugins: unknown;
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
