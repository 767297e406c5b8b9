import { stringify } from 'yaml';
import { checkEdits, LedgerEditError } from '../../src/core/ledger-edits';
import { writeBody } from '../../src/core/report-body';
import { LEDGER_VERSION, ledgerSchema, type Ledger } from '../../src/core/schemas/ledger';
import { reportSchema, type Report } from '../../src/core/schemas/report';
import type { Restoration } from '../../src/core/schemas/restoration';
import { issueSummary } from '../../src/core/zod-issues';
import type { CaptureConfig } from './captures';
import { CaptureError } from './errors';
import { placeEdits, type LedgerEntry } from './ledger';
import type { Person } from './metadata';
import { capturedText, textOf, type ArticleLine, type Edit, type Segment } from './model';
import type { Capture } from './decode-capture';
import { anchorBlocks, type AnchoredBlock } from './steps/anchor-blocks';
import { classifyLines } from './steps/classify-lines';
import { checkNoteQuotations, type PlacedNote } from './steps/check-notes';
import { mergeMetadata, type MergedMetadata } from './steps/merge-metadata';
import { applyRestorations, assertNoUnreviewedDamage } from './steps/repair-damage';
import { restorePunctuation } from './steps/restore-punctuation';
import { stripPinyin } from './steps/strip-pinyin';
import { structure } from './steps/structure';

export interface CleanedReport {
  slug: string;
  frontmatter: Report;
  mdx: string;
  ledger: Ledger;
  /** The rule that claimed each line a rule claimed, by line number (the review table of `npm run add`). */
  claimedBy: ReadonlyMap<number, string>;
}

interface TextCounts {
  pinyinAnnotationsRemoved: number;
  punctuationRestored: number;
}

/** Pinyin removal, then full-width punctuation: the same for article text and metadata. */
function normaliseSegments(segments: Segment[], counts: TextCounts): { segments: Segment[]; edits: Edit[] } {
  const withoutPinyin = stripPinyin(segments);
  const punctuated = restorePunctuation(withoutPinyin.segments);
  counts.pinyinAnnotationsRemoved += withoutPinyin.edits.length;
  counts.punctuationRestored += punctuated.edits.length;
  return { segments: punctuated.segments, edits: [...withoutPinyin.edits, ...punctuated.edits] };
}

function normaliseText(text: string, counts: TextCounts): string {
  const [segment] = normaliseSegments([capturedText(text)], counts).segments;
  return segment?.type === 'text' ? segment.value : text;
}

/**
 * An article line with the white space at its ends trimmed (and recorded). Ledger offsets
 * count characters, so a line must hold none outside the Basic Multilingual Plane, where
 * JavaScript's offsets would count two.
 */
function trimLine(number: number, raw: string, file: string): ArticleLine {
  if ([...raw].length !== raw.length)
    throw new CaptureError(file, number, 'a character outside the Basic Multilingual Plane, which ledger offsets do not support');
  const trimmed = raw.trim();
  const lead = raw.slice(0, raw.indexOf(trimmed));
  const tail = raw.slice(lead.length + trimmed.length);
  const edits: Edit[] = [];
  if (lead !== '') edits.push({ kind: 'whitespace', rawAt: 0, before: lead, after: '' });
  if (tail !== '') edits.push({ kind: 'whitespace', rawAt: lead.length + trimmed.length, before: tail, after: '' });
  return { number, segments: [capturedText(trimmed, lead.length)], edits };
}

/**
 * The ledger entry of an article line, with its edits placed in the published block, and
 * checked: applied to the line as captured, they must give exactly the block's text.
 */
function articleEntry(slug: string, file: string, raw: string, line: ArticleLine, block: AnchoredBlock): LedgerEntry {
  const edits = placeEdits(line.edits);
  const anchor = block.kind === 'heading' ? undefined : block.anchor;
  try {
    checkEdits(raw, edits, block.segments);
  } catch (error) {
    if (!(error instanceof LedgerEditError)) throw error;
    throw new CaptureError(file, line.number, `${slug}, ${anchor ?? 'heading'}: ${error.message}`);
  }
  return { line: line.number, text: raw, kept: 'article', role: block.kind, ...(anchor === undefined ? {} : { anchor }), edits };
}

/** Strings are always quoted: a bare 2025-08-05 or 09:10:16 means a date or a number to some YAML parsers. */
const YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** Runs the cleaning steps on one capture: capture → ledger, frontmatter and MDX body. */
export function cleanCapture(config: CaptureConfig, capture: Capture, restorations: Restoration[]): CleanedReport {
  const { file } = capture;
  const classified = classifyLines(capture, config);
  const metadata = mergeMetadata(classified.metadata, file);

  const trimmed = classified.articleLines.map(({ number, raw }) => trimLine(number, raw, file));
  const repaired = applyRestorations(trimmed, restorations, file);
  assertNoUnreviewedDamage(repaired, file);

  const counts: TextCounts = { pinyinAnnotationsRemoved: classified.metadataPinyinRemoved, punctuationRestored: 0 };
  const cleaned = repaired.map((line, index) => {
    const normalised = normaliseSegments(line.segments, counts);
    return { number: line.number, raw: classified.articleLines[index]!.raw, segments: normalised.segments, edits: [...line.edits, ...normalised.edits] };
  });
  const blocks = anchorBlocks(structure(cleaned, { isCaption: config.isCaption }));

  const blockOf = new Map(blocks.map((block) => [block.line, block] as const));
  const entries: LedgerEntry[] = [
    ...classified.ledger,
    ...cleaned.map((line) => articleEntry(config.slug, file, line.raw, line, blockOf.get(line.number)!)),
  ].sort((a, b) => a.line - b.line);
  const ledger: Ledger = { version: LEDGER_VERSION, source: { file: `content/sources/${config.file}`, sha256: capture.sha256 }, lines: entries };
  const valid = ledgerSchema.safeParse(ledger);
  if (!valid.success) {
    throw new CaptureError(file, undefined, `the ledger does not follow its schema: ${issueSummary(valid.error)}`);
  }

  const frontmatter = buildFrontmatter(config, capture, metadata, restorations, entries, counts);
  const published = [frontmatter.title, frontmatter.deck ?? '', ...blocks.map((block) => textOf(block.segments))].join('\n');
  checkNoteQuotations(notesOf(frontmatter), published, capture.lines, file);
  const mdx = `---\n${stringify(frontmatter, YAML_OPTIONS)}---\n\n${writeBody(blocks)}\n`;
  return { slug: config.slug, frontmatter, mdx, ledger, claimedBy: classified.claimedBy };
}

function buildFrontmatter(
  config: CaptureConfig,
  capture: Capture,
  metadata: MergedMetadata,
  restorations: Restoration[],
  ledger: LedgerEntry[],
  counts: TextCounts,
): Report {
  const { file } = capture;
  if (!metadata.title) throw new CaptureError(file, undefined, 'no line gives the title');
  const published = metadata.date
    ? { stated: true as const, date: metadata.date.value, time: metadata.date.time, line: metadata.date.line }
    : config.undated
      ? { stated: false as const, ...config.undated }
      : undefined;
  if (!published) throw new CaptureError(file, undefined, 'no date is stated and the capture config gives no estimate');

  const text = (value: string) => normaliseText(value, counts);
  const person = ({ name, role, ...about }: Person) => ({ name: text(name), role: text(role), ...about });
  const count = (kept: LedgerEntry['kept']) => ledger.filter((entry) => entry.kept === kept).length;
  const candidate = {
    title: text(metadata.title.value),
    titleNote: config.titleNote,
    deck: metadata.deck === undefined ? undefined : text(metadata.deck),
    script: config.script,
    published,
    outlet: metadata.outlet === undefined ? null : text(metadata.outlet),
    via: metadata.via.map(text),
    capturedFrom: metadata.capturedFrom === undefined ? null : text(metadata.capturedFrom),
    authors: metadata.authors.map(person),
    editors: metadata.editors.map(person),
    source: { file: `content/sources/${config.file}`, sha256: capture.sha256, lines: capture.lines.length },
    cleaning: {
      articleLines: count('article'),
      metadataLines: count('metadata'),
      droppedLines: count('dropped'),
      pinyinAnnotationsRemoved: counts.pinyinAnnotationsRemoved,
      punctuationRestored: counts.punctuationRestored,
      duplicateTitleLines: ledger.filter((entry) => entry.kept === 'dropped' && entry.reason === 'duplicateTitle').length,
    },
    restorations,
    draft: config.draft || undefined,
  };
  const parsed = reportSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new CaptureError(file, undefined, `the frontmatter is invalid: ${issueSummary(parsed.error)}`);
  }
  return stripUndefined(parsed.data);
}

/** Every editorial note of a report's record, with the field it sits in. */
function notesOf(report: Report): PlacedNote[] {
  const people = (key: 'authors' | 'editors') => report[key].flatMap((p, i) => (p.note ? [{ field: `${key}[${i}].note`, note: p.note }] : []));
  return [
    ...(report.titleNote ? [{ field: 'titleNote', note: report.titleNote }] : []),
    ...(report.published.stated ? [] : report.published.evidence.map((e, i) => ({ field: `published.evidence[${i}].note`, note: e.note }))),
    ...people('authors'),
    ...people('editors'),
    ...report.restorations.map((r) => ({ field: `restorations.${r.id}.basis`, note: r.basis })),
  ];
}

/** YAML has no `undefined`; leaving such keys out keeps the frontmatter minimal. */
const stripUndefined = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
