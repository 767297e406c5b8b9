/**
 * ASCII punctuation that MDX or Markdown would read as syntax inside a line of text:
 * JSX and expressions (`<` `>` `{` `}`), emphasis and code (`*` `_` `` ` `` `~`),
 * links and images (`[` `]` `!`), references (`&`), heading closers (`#`), table
 * pipes, and the backslash itself. Each is backslash-escaped, which CommonMark and MDX
 * turn back into the plain character: whatever a capture says is rendered as text.
 */
const MDX_SYNTAX = /[\\`*_{}[\]<>&#~|!]/g;

export const escapeMdxText = (text: string): string => text.replace(MDX_SYNTAX, (char) => `\\${char}`);
