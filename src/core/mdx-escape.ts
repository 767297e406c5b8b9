/**
 * ASCII punctuation that MDX or Markdown would read as syntax inside a line of text:
 * JSX and expressions (`<` `>` `{` `}`), emphasis and code (`*` `_` `` ` `` `~`),
 * links and images (`[` `]` `!`), references (`&`), heading closers (`#`), table
 * pipes, and the backslash itself. Each is backslash-escaped, which CommonMark and MDX
 * turn back into the plain character: whatever a capture says is rendered as text.
 */
const MDX_SYNTAX = /[\\`*_{}[\]<>&#~|!]/g;

/** A backslash and one of MDX_SYNTAX's characters: what escapeMdxText writes. */
const ESCAPED_MDX_SYNTAX = new RegExp(`\\\\(${MDX_SYNTAX.source})`, 'g');

export const escapeMdxText = (text: string): string => text.replace(MDX_SYNTAX, (char) => `\\${char}`);

/**
 * The inverse of escapeMdxText: the backslash before each character it escaped is
 * dropped. It writes no other backslash, so any other one is kept as written.
 */
export const unescapeMdxText = (mdx: string): string => mdx.replace(ESCAPED_MDX_SYNTAX, '$1');
