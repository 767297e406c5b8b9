import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/core/frontmatter';

describe('splitFrontmatter', () => {
  it('splits the fenced block at the start from the body after its closing line', () => {
    expect(splitFrontmatter('---\ntitle: "x"\nn: 1\n---\n\n<P id="p1">甲</P>\n')).toEqual({
      frontmatter: 'title: "x"\nn: 1',
      body: '\n<P id="p1">甲</P>\n',
    });
    expect(splitFrontmatter('---\r\na: 1\r\n---\r\nbody')).toEqual({ frontmatter: 'a: 1', body: 'body' });
    expect(splitFrontmatter('---\na: 1\n---')).toEqual({ frontmatter: 'a: 1', body: '' });
    expect(splitFrontmatter('---\n---\nbody')).toEqual({ frontmatter: '', body: 'body' });
  });

  it('stops at the first closing fence', () => {
    expect(splitFrontmatter('---\na: 1\n---\n## 甲\n---\n')).toEqual({ frontmatter: 'a: 1', body: '## 甲\n---\n' });
  });

  it('gives the whole text as the body when there is no frontmatter', () => {
    for (const text of ['<P id="p1">甲</P>', '\n---\na: 1\n---\n', '---a\n---\n', '---\na: 1\n---b\n']) {
      expect(splitFrontmatter(text)).toEqual({ frontmatter: null, body: text });
    }
  });
});
