/**
 * A first guess at where the article is, for a maintainer to review. The heuristic:
 *
 * 1. every line a default rule claims (breadcrumb, dateline, share bar, 上一篇, copyright…)
 *    is page chrome or metadata, and ends a stretch of candidate lines; blank lines are
 *    neutral;
 * 2. a candidate line is prose when it ends a sentence (。！？, perhaps before a closing
 *    quotation mark) — headlines, list entries and captions rarely do;
 * 3. the article is the stretch with the most prose characters, from its first prose line
 *    to its last (so a headline or deck just above it stays outside);
 * 4. the title is the nearest unclaimed line above the article, if any.
 *
 * The patterns written for the first and last lines are the shortest start of each line
 * that finds it where the pipeline looks (the first line from the top, the last from the
 * first line on).
 */
import { stripLinePinyin } from '../clean/steps/classify-lines';
import type { LineRule } from '../clean/captures';
import { AddError } from './errors';

export interface ArticleProposal {
  /** 0-based indexes of the lines. */
  first: number;
  last: number;
  title?: number;
  /** Patterns for the configuration. */
  firstPattern: string;
  lastPattern: string;
  titlePattern?: string;
}

const SENTENCE_END = /[。！？!?][”’」』）)]*$/u;
const MIN_PREFIX = 8;

/** The line as the rules see it: trimmed, the site's pinyin removed. */
const ruleText = (line: string) => stripLinePinyin(line.trim())[0];

interface Stretch {
  lines: number[];
  prose: number;
}

export function proposeArticle(file: string, lines: readonly string[], defaults: readonly LineRule[]): ArticleProposal {
  const claimed = lines.map((line) => defaults.some((rule) => rule.match.test(ruleText(line))));
  const isProse = (index: number) => !claimed[index] && SENTENCE_END.test(lines[index]!.trim());
  const stretches: Stretch[] = [];
  let current: Stretch = { lines: [], prose: 0 };
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    if (claimed[index]) {
      stretches.push(current);
      current = { lines: [], prose: 0 };
      return;
    }
    current.lines.push(index);
    if (isProse(index)) current.prose += line.trim().length;
  });
  stretches.push(current);
  const best = stretches.reduce((a, b) => (b.prose > a.prose ? b : a));
  if (best.prose === 0)
    throw new AddError(`${file}: no line outside the site’s chrome ends a sentence, so no article can be proposed; is this a news report?`);
  const first = best.lines.find(isProse)!;
  const last = best.lines.findLast(isProse)!;
  const title = lines.slice(0, first).findLastIndex((line, index) => line.trim() !== '' && !claimed[index]);
  const texts = lines.map(ruleText);
  return {
    first,
    last,
    firstPattern: prefixPattern(texts, first, 0),
    lastPattern: prefixPattern(texts, last, first),
    ...(title !== -1 && { title, titlePattern: `^${escapeRegExp(texts[title]!)}$` }),
  };
}

/** `^` and the shortest start of line `index` (at least MIN_PREFIX characters) that no line from `from` on before it starts with. */
function prefixPattern(texts: readonly string[], index: number, from: number): string {
  const text = [...texts[index]!];
  for (let length = Math.min(MIN_PREFIX, text.length); length <= text.length; length++) {
    const prefix = text.slice(0, length).join('');
    if (!texts.slice(from, index).some((other) => other.startsWith(prefix))) return `^${escapeRegExp(prefix)}`;
  }
  return `^${escapeRegExp(text.join(''))}$`;
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
