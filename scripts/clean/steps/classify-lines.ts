import type { CaptureConfig, LineRule } from '../captures';
import { CaptureError } from '../errors';
import { DROP_REASONS, type LedgerEntry } from '../ledger';
import type { MetadataPatch } from '../metadata';
import { fillTemplate, readMetadata } from '../metadata-reader';
import { capturedText } from '../model';
import type { Capture } from '../decode-capture';
import { stripPinyin } from './strip-pinyin';

/** A line kept for the article, as captured (indentation included: some rules need it). */
interface RawArticleLine {
  number: number;
  raw: string;
}

interface Classification {
  /** Ledger entries of the lines that are not article text (article entries come later). */
  ledger: LedgerEntry[];
  articleLines: RawArticleLine[];
  metadata: { line: number; patch: MetadataPatch }[];
  /** Pinyin annotations removed from metadata lines, which are published as the report's metadata. */
  metadataPinyinRemoved: number;
  /** The rule that claimed each line a rule claimed (`content/captures/defaults.yaml rule breadcrumb`), for the review table. */
  claimedBy: Map<number, string>;
}

/** Says which lines a draft configuration drops because no rule names them yet. */
export const UNREVIEWED_RULE = 'draft: no rule names this line outside the article';

/**
 * Sorts every line of a capture into article text, metadata or dropped chrome. A line
 * outside the article that no rule claims is an error: nothing is dropped silently. In a
 * draft configuration it is dropped as `unreviewed`, in the ledger like every other line.
 * Rules see each line with the site's pinyin removed by the same step as the article
 * text, so no rule has to spell an annotation out and every removal is counted.
 * The capture's own rules apply anywhere and come first; the defaults apply only
 * outside the article (scripts/clean/captures.ts).
 */
export function classifyLines(capture: Capture, config: CaptureConfig): Classification {
  const { file, lines } = capture;
  const first = findLine(capture, config.article.first, 0, 'the first line of the article');
  const last = findLine(capture, config.article.last, first, 'the last line of the article');
  const result: Classification = { ledger: [], articleLines: [], metadata: [], metadataPinyinRemoved: 0, claimedBy: new Map() };
  let titleSeen = false;

  lines.forEach((raw, index) => {
    const number = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      result.ledger.push({ line: number, text: raw, kept: 'dropped', reason: 'blank', why: DROP_REASONS.blank });
      return;
    }
    const outsideArticle = index < first || index > last;
    const [withoutPinyin, pinyinRemoved] = stripLinePinyin(trimmed);
    const [rule, match] = findRule(config, withoutPinyin, outsideArticle, file, number);
    if (rule && match) {
      result.claimedBy.set(number, rule.origin);
      if ('drop' in rule) {
        const why = fillTemplate(rule.why, match);
        if (why === undefined) throw new CaptureError(file, number, `the why of ${rule.origin} refers to a group that took no part in the match`);
        result.ledger.push({ line: number, text: raw, kept: 'dropped', reason: rule.drop, why });
      } else if (rule.metadata === 'title' && titleSeen) {
        result.ledger.push({
          line: number,
          text: raw,
          kept: 'dropped',
          reason: 'duplicateTitle',
          why: DROP_REASONS.duplicateTitle,
        });
      } else {
        titleSeen ||= rule.metadata === 'title';
        result.metadataPinyinRemoved += pinyinRemoved;
        result.ledger.push({ line: number, text: raw, kept: 'metadata', field: rule.metadata });
        result.metadata.push({ line: number, patch: readMetadata(rule.read, match) });
      }
      return;
    }
    if (outsideArticle && config.draft) {
      result.claimedBy.set(number, UNREVIEWED_RULE);
      result.ledger.push({ line: number, text: raw, kept: 'dropped', reason: 'unreviewed', why: DROP_REASONS.unreviewed });
      return;
    }
    if (outsideArticle) {
      throw new CaptureError(file, number, `no rule accounts for this line outside the article: ${JSON.stringify(trimmed)}`);
    }
    result.articleLines.push({ number, raw });
    for (const { match: pattern, read } of config.articleReaders) {
      const found = trimmed.match(pattern);
      if (found) result.metadata.push({ line: number, patch: readMetadata(read, found) });
    }
  });
  return result;
}

export function stripLinePinyin(text: string): [string, number] {
  const { segments, edits } = stripPinyin([capturedText(text)]);
  const [segment] = segments;
  return [segment?.type === 'text' ? segment.value : text, edits.length];
}

function findLine(capture: Capture, pattern: RegExp, from: number, what: string): number {
  const index = capture.lines.findIndex((line, i) => i >= from && pattern.test(line.trim()));
  if (index === -1) {
    throw new CaptureError(capture.file, from + 1, `cannot find ${what} (${pattern}) from this line on`);
  }
  return index;
}

type Claim = [LineRule, RegExpMatchArray] | [undefined, undefined];

/** The capture's own rule for a line (at most one may match), else, outside the article, the first default that matches. */
function findRule(config: CaptureConfig, text: string, outsideArticle: boolean, file: string, line: number): Claim {
  const own = config.rules.flatMap((rule): [LineRule, RegExpMatchArray][] => {
    const match = text.match(rule.match);
    return match ? [[rule, match]] : [];
  });
  if (own.length > 1) {
    throw new CaptureError(file, line, `${own.length} rules claim this line: ${own.map(([rule]) => `${rule.origin} ${rule.match}`).join(', ')}`);
  }
  if (own[0] || !outsideArticle) return own[0] ?? [undefined, undefined];
  for (const rule of config.defaults) {
    const match = text.match(rule.match);
    if (match) return [rule, match];
  }
  return [undefined, undefined];
}
