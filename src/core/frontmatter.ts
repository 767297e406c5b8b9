/** A `---` fenced block at the very start of a file, and the closing fence's line end. */
const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

/**
 * Splits a file (a report's MDX, an .astro component) into its frontmatter, without the
 * fences, and the body after the closing fence's line. Without frontmatter, `frontmatter`
 * is null and the body is the whole text.
 */
export function splitFrontmatter(text: string): { frontmatter: string | null; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: null, body: text };
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}
