/**
 * Every check that spans files, in one place, run once per build on the loaded
 * collections (index.ts): each problem names the file and the field (errors.ts). What a
 * single entry's schema can say is said when it is loaded; what needs two files is here:
 *
 * - a report and its raw capture: the file exists, its SHA-256 and line count match;
 * - a report's body and its restoration records: every mark has a record of its kind and
 *   its text, record ids are unique, content/restorations/<slug>.json holds the records;
 * - a report's body and its ledger: the same capture, one article entry per block, of the
 *   same kind and id, whose recorded edits give the block;
 * - a programme and its report: every anchor, quote, name, value and amount;
 * - programmes and the gazetteer: every province, region and recipient known;
 * - the files of one entry (the glossary, the changelog, the gazetteer) are there;
 * - the changelog and the reports: every report and anchor it names exists;
 * - a translation and its report: of the report's edition, one block per block of the page
 *   (same ids, same order), each marking the same restorations and gaps.
 */
import { blockIds } from '../../core/block-ids';
import { checkEdits, LedgerEditError } from '../../core/ledger-edits';
import { readBody, type BodyBlock } from '../../core/report-body';
import { gazetteerIds } from '../../core/schemas/gazetteer';
import type { Programme } from '../../core/schemas/programme';
import { TRANSLATION_MARK } from '../../core/schemas/translation';
import { gazetteerPlaces, placesByName } from '../gazetteer';
import { blockText } from '../report-text';
import { parsePrintedAmount } from '../programmes';
import { COLLECTIONS, entryFile, type FileCollection } from './collections';
import type { Collections, Entry } from './archive';
import type { ContentProblem } from './errors';

type Problems = ContentProblem[];

/** The file of an entry: where it was loaded from, or where it would be. */
const fileOf = (collection: FileCollection, entry: { id: string; filePath?: string | undefined }): string =>
  entry.filePath ?? entryFile(collection, entry.id);
const reportFile = (slug: string) => entryFile(COLLECTIONS.reports, slug);
const programmeFile = (slug: string) => entryFile(COLLECTIONS.programmes, slug);

interface ReadReport {
  file: string;
  entry: Collections['reports'][number];
  blocks: BodyBlock[];
  /** pN → the paragraph's text as a reader sees it. */
  paragraphs: Map<string, string>;
}

/** Each report's body as blocks; a body that cannot be read, or repeats an id, is a problem. */
function readReports(c: Collections, problems: Problems): ReadReport[] {
  const read: ReadReport[] = [];
  for (const entry of c.reports) {
    const file = fileOf(COLLECTIONS.reports, entry);
    let blocks: BodyBlock[];
    try {
      blocks = readBody(entry.body ?? '');
    } catch (error) {
      problems.push({ file, path: [], message: `its body cannot be read: ${(error as Error).message}` });
      continue;
    }
    const seen = new Set<string>();
    for (const block of blocks) {
      if (block.kind === 'heading') continue;
      if (seen.has(block.anchor)) problems.push({ file, path: [], message: `the id ${block.anchor} occurs twice in its body` });
      seen.add(block.anchor);
    }
    const paragraphs = new Map(blocks.flatMap((b) => (b.kind === 'paragraph' ? [[b.anchor, blockText(b.segments)] as const] : [])));
    read.push({ file, entry, blocks, paragraphs });
  }
  return read;
}

function checkCaptures(c: Collections, problems: Problems): void {
  const captures = new Map(c.sources.map((s) => [s.data.file, s.data]));
  for (const entry of c.reports) {
    const file = fileOf(COLLECTIONS.reports, entry);
    const { source } = entry.data;
    const capture = captures.get(source.file);
    if (!capture) {
      problems.push({ file, path: ['source', 'file'], message: `names ${source.file}, which is missing` });
      continue;
    }
    if (capture.sha256 !== source.sha256) {
      problems.push({ file, path: ['source', 'sha256'], message: `is ${source.sha256}, but ${source.file} has ${capture.sha256}` });
    }
    if (capture.lines !== source.lines) {
      problems.push({ file, path: ['source', 'lines'], message: `is ${source.lines}, but ${source.file} has ${capture.lines} lines` });
    }
  }
}

/** Record ids are unique, and every mark in the body names a record of its kind that holds its text. */
function checkMarks(reports: readonly ReadReport[], problems: Problems): void {
  for (const { file, entry, blocks } of reports) {
    const records = entry.data.restorations;
    const byId = new Map<string, number>();
    records.forEach((r, i) => {
      const first = byId.get(r.id);
      if (first !== undefined) problems.push({ file, path: ['restorations', i, 'id'], message: `${r.id} is already used by restorations[${first}]` });
      else byId.set(r.id, i);
    });
    for (const segment of blocks.flatMap((b) => b.segments)) {
      if (segment.type === 'text') continue;
      const mark = segment.type === 'gap' ? `<Gap id="${segment.id}" />` : `<Restored id="${segment.id}">`;
      const i = byId.get(segment.id);
      const record = i === undefined ? undefined : records[i];
      const at = ['restorations', i ?? 0, 'restored'];
      if (!record) problems.push({ file, path: ['restorations'], message: `has no record ${segment.id}, which the body marks with ${mark}` });
      else if (segment.type === 'gap' && record.restored !== null) {
        problems.push({ file, path: at, message: `is ${JSON.stringify(record.restored)}, but the body marks ${segment.id} as a gap; use <Restored id="${segment.id}">…</Restored>` });
      } else if (segment.type === 'restoration' && record.restored === null) {
        problems.push({ file, path: at, message: `is null (unrecoverable), but the body restores ${segment.id}; use <Gap id="${segment.id}" />` });
      } else if (segment.type === 'restoration' && segment.value !== record.restored) {
        problems.push({ file, path: at, message: `is ${JSON.stringify(record.restored)}, but the body's ${mark} holds ${JSON.stringify(segment.value)}` });
      }
    }
  }
}

/** content/restorations/<slug>.json holds exactly the records of its report's frontmatter (the pipeline copies them). */
function checkRestorationFiles(c: Collections, problems: Problems): void {
  const files = new Map(c.restorations.map((r) => [r.id, r]));
  for (const entry of c.reports) {
    const file = fileOf(COLLECTIONS.reports, entry);
    const records = entry.data.restorations;
    const recordFile = files.get(entry.id);
    if (!recordFile) {
      if (records.length > 0) {
        problems.push({ file, path: ['restorations'], message: `has ${records.length} record(s), but ${entryFile(COLLECTIONS.restorations, entry.id)} is missing` });
      }
      continue;
    }
    const reviewed = recordFile.data;
    const reviewedFile = fileOf(COLLECTIONS.restorations, recordFile);
    if (reviewed.length !== records.length) {
      problems.push({ file: reviewedFile, path: [], message: `has ${reviewed.length} record(s), but ${file} has ${records.length} (run npm run clean)` });
    }
    reviewed.forEach((r, i) => {
      if (records[i] && JSON.stringify(r) !== JSON.stringify(records[i])) {
        problems.push({ file: reviewedFile, path: [i], message: `differs from restorations[${i}] of ${file} (run npm run clean)` });
      }
    });
  }
  const slugs = new Set(c.reports.map((r) => r.id));
  for (const r of c.restorations) {
    if (!slugs.has(r.id)) problems.push({ file: fileOf(COLLECTIONS.restorations, r), path: [], message: `names no report (${reportFile(r.id)} does not exist)` });
  }
}

/**
 * A report's ledger against its body: the ledger is of the report's capture and has one
 * article entry per block, of the block's kind and id, whose edits applied to the line as
 * captured give exactly the block. The apparatus (src/lib/apparatus/report.ts) builds on
 * ledgers that passed this.
 */
function checkLedgers(c: Collections, reports: readonly ReadReport[], problems: Problems): void {
  const ledgers = new Map(c.ledgers.map((l) => [l.id, l]));
  for (const { file, entry, blocks } of reports) {
    const ledger = ledgers.get(entry.id);
    if (!ledger) {
      problems.push({ file: entryFile(COLLECTIONS.ledgers, entry.id), path: [], message: `is missing (every report has a ledger; ${file} has none)` });
      continue;
    }
    const ledgerFile = fileOf(COLLECTIONS.ledgers, ledger);
    const { sha256 } = ledger.data.source;
    if (sha256 !== entry.data.source.sha256) {
      problems.push({ file: ledgerFile, path: ['source', 'sha256'], message: `is ${sha256}, but ${file} is of a capture with ${entry.data.source.sha256}` });
      continue;
    }
    const lines = ledger.data.lines.flatMap((e, i) => (e.kept === 'article' ? [{ e, i }] : []));
    if (lines.length !== blocks.length) {
      problems.push({ file: ledgerFile, path: [], message: `has ${lines.length} article lines, but ${file} has ${blocks.length} blocks (paragraphs, headings, captions)` });
      continue;
    }
    lines.forEach(({ e, i }, n) => {
      const block = blocks[n]!;
      const at = (field: string) => ({ file: ledgerFile, path: ['lines', i, field] });
      if (e.role !== block.kind) {
        problems.push({ ...at('role'), message: `line ${e.line} is a ${e.role}, but block ${n + 1} of ${file} is a ${block.kind}` });
        return;
      }
      if (block.kind !== 'heading' && e.anchor !== block.anchor) {
        problems.push({ ...at('anchor'), message: `line ${e.line} is ${e.anchor ?? 'no block'}, but block ${n + 1} of ${file} is ${block.anchor}` });
        return;
      }
      try {
        checkEdits(e.text, e.edits, block.segments);
      } catch (error) {
        if (!(error instanceof LedgerEditError)) throw error;
        const where = block.kind === 'heading' ? `the heading (block ${n + 1})` : block.anchor;
        problems.push({ ...at('edits'), message: `line ${e.line}, ${where} of ${file}: ${error.message}` });
      }
    });
  }
  const slugs = new Set(c.reports.map((r) => r.id));
  for (const l of c.ledgers) {
    if (!slugs.has(l.id)) problems.push({ file: fileOf(COLLECTIONS.ledgers, l), path: [], message: `names no report (${reportFile(l.id)} does not exist)` });
  }
}

/**
 * One programme against its report: the slug is the file's, `source` is the report's
 * capture, and every anchor names a paragraph whose text holds the quote, every quote
 * holds its name, text or value, and every amount is what the printed value says.
 */
export function checkProgramme(entry: Entry<Programme>, report: { file: string; data: { source: { file: string } }; paragraphs: ReadonlyMap<string, string> }): Problems {
  const programme = entry.data;
  const file = fileOf(COLLECTIONS.programmes, entry);
  const problems: Problems = [];
  const at = (path: readonly PropertyKey[], message: string) => problems.push({ file, path, message });

  if (programme.slug !== entry.id) at(['slug'], `is "${programme.slug}" but the file is named ${entry.id}.json`);
  const reportSource = report.data.source.file.split('/').pop();
  if (reportSource !== programme.source) at(['source'], `is "${programme.source}" but ${report.file} comes from ${reportSource}`);

  /** Checks anchor and quote. */
  const checkQuote = (path: readonly PropertyKey[], anchor: string, quote: string): void => {
    const text = report.paragraphs.get(anchor);
    if (text === undefined) {
      at([...path, 'anchor'], `is ${anchor}, which is not a paragraph of ${report.file} (it has p1–p${report.paragraphs.size})`);
      return;
    }
    if (text.includes(quote)) return;
    const elsewhere = [...report.paragraphs].filter(([, t]) => t.includes(quote)).map(([id]) => id);
    const hints: string[] = [];
    if (elsewhere.length > 0) hints.push(`it is in ${elsewhere.join(', ')}`);
    if (/[,:;()!?]/.test(quote)) hints.push('it has ASCII punctuation where the report has full-width ，：；（）！？');
    at([...path, 'quote'], `is not in paragraph ${anchor} of ${report.file}${hints.length ? ` (${hints.join('; ')})` : ''}`);
  };

  programme.recipients.forEach((r, i) => {
    checkQuote(['recipients', i], r.anchor, r.quote);
    if (!r.quote.includes(r.name)) at(['recipients', i, 'name'], `"${r.name}" is not in its quote`);
  });

  /** A stated fact (period, batch): its quote, and its text within the quote. */
  const checkStated = (field: 'period' | 'batch', stated: { text: string; anchor: string; quote: string } | null | undefined): void => {
    if (!stated) return;
    checkQuote([field], stated.anchor, stated.quote);
    if (!stated.quote.includes(stated.text)) at([field, 'text'], `"${stated.text}" is not in its quote`);
  };
  checkStated('period', programme.period);
  checkStated('batch', programme.batch);

  programme.figures?.forEach((f, i) => {
    const path = ['figures', i];
    checkQuote(path, f.anchor, f.quote);
    if (!f.quote.includes(f.value)) at([...path, 'value'], `"${f.value}" is not in its quote`);
    if (f.amount === undefined) return;
    const read = parsePrintedAmount(f.value);
    if (read === null) {
      at([...path, 'amount'], `is given, but the value "${f.value}" is not a plain amount; leave amount out`);
      return;
    }
    if (Math.abs(read.value - f.amount.value) > 1e-6 * Math.max(1, read.value)) {
      at([...path, 'amount', 'value'], `is ${f.amount.value} but "${f.value}" reads as ${read.value}`);
    }
    if (read.unit !== f.amount.unit) at([...path, 'amount', 'unit'], `is "${f.amount.unit}" but "${f.value}" reads as "${read.unit}"`);
    if (read.approx !== f.amount.approx) {
      at(
        [...path, 'amount', 'approx'],
        read.approx ? `must be true: "${f.value}" is qualified (余/多/超/近/约/左右…)` : `must be false: "${f.value}" is not qualified`,
      );
    }
  });
  return problems;
}

function checkProgrammes(c: Collections, reports: readonly ReadReport[], problems: Problems): void {
  const bySlug = new Map(reports.map((r) => [r.entry.id, r]));
  const gazetteer = c.gazetteer[0];
  const ids = gazetteer ? gazetteerIds(gazetteer.data) : null;
  const gazetteerFile = entryFile(COLLECTIONS.gazetteer, 'gazetteer');
  /** An id the gazetteer lacks, named with the ones it has. */
  const unknown = (id: string, role: string, known: readonly string[]) => `"${id}" is not ${role} in ${gazetteerFile}; known: ${known.join(', ')}`;
  const bySource = new Map<string, string>();
  for (const entry of c.programmes) {
    const file = fileOf(COLLECTIONS.programmes, entry);
    const report = bySlug.get(entry.id);
    if (report) problems.push(...checkProgramme(entry, { file: report.file, data: report.entry.data, paragraphs: report.paragraphs }));
    else if (!c.reports.some((r) => r.id === entry.id)) {
      problems.push({ file, path: ['slug'], message: `"${entry.data.slug}" names no report (${reportFile(entry.id)} does not exist)` });
    }
    if (ids && !ids.provinces.includes(entry.data.province)) {
      problems.push({ file, path: ['province'], message: unknown(entry.data.province, 'a province or municipality', ids.provinces) });
    }
    entry.data.recipients.forEach((r, i) => {
      if (ids && !ids.regions.includes(r.region)) problems.push({ file, path: ['recipients', i, 'region'], message: unknown(r.region, 'a region', ids.regions) });
    });
    const other = bySource.get(entry.data.source);
    if (other) problems.push({ file, path: ['source'], message: `"${entry.data.source}" is also the source of ${programmeFile(other)}` });
    else bySource.set(entry.data.source, entry.id);
  }
  const programmes = new Set(c.programmes.map((p) => p.id));
  for (const r of c.reports) {
    if (!programmes.has(r.id)) {
      problems.push({ file: programmeFile(r.id), path: [], message: `is missing (every report has a programme; ${fileOf(COLLECTIONS.reports, r)} has none)` });
    }
  }
}

/** The files of one entry each (the glossary, the changelog…) must be there. */
function checkSingleFiles(c: Collections, problems: Problems): void {
  for (const name of ['glossary', 'changes', 'gazetteer'] as const) {
    if (c[name].length === 0) problems.push({ file: entryFile(COLLECTIONS[name], name), path: [], message: 'is missing' });
  }
}

/** Every recipient has a place on the map (a gazetteer entry by one of its names), in the region the programme gives it. */
function checkPlaces(c: Collections, problems: Problems): void {
  for (const gazetteer of c.gazetteer) {
    const file = fileOf(COLLECTIONS.gazetteer, gazetteer);
    const placeOf = placesByName(gazetteerPlaces(gazetteer.data));
    for (const entry of c.programmes) {
      entry.data.recipients.forEach((r, i) => {
        const at = { file: fileOf(COLLECTIONS.programmes, entry), path: ['recipients', i] };
        const place = placeOf.get(r.name);
        if (!place) problems.push({ ...at, path: [...at.path, 'name'], message: `"${r.name}" has no place in ${file} (add it to a recipient's "aliases")` });
        else if (place.region !== r.region) {
          problems.push({ ...at, path: [...at.path, 'region'], message: `is "${r.region}", but "${r.name}" is placed at ${place.id}, in "${place.region}" (${file})` });
        }
      });
    }
  }
}

function checkChanges(c: Collections, reports: readonly ReadReport[], problems: Problems): void {
  const anchors = new Map(
    reports.map(({ entry, blocks }) => [
      entry.id,
      new Set([...blocks.flatMap((b) => (b.kind === 'heading' ? [] : [b.anchor])), ...entry.data.restorations.map((r) => `note-${r.id}`)]),
    ]),
  );
  const known = [...anchors.keys()].sort().join(', ');
  for (const changes of c.changes) {
    const file = fileOf(COLLECTIONS.changes, changes);
    changes.data.forEach((change, i) => {
      const mine = anchors.get(change.report);
      if (!mine) problems.push({ file, path: [i, 'report'], message: `unknown report "${change.report}" (known: ${known})` });
      else if (change.anchor !== undefined && !mine.has(change.anchor)) {
        problems.push({ file, path: [i, 'anchor'], message: `report "${change.report}" has no paragraph, figure or note "${change.anchor}"` });
      }
    });
  }
}

/**
 * A translation against its report (a report may have none yet): of the report's own
 * edition, with a deck iff the report has one, and one block per block of the page, keyed
 * by the page's id and in its order, marking the same restorations (`{rN:words}`) and gaps
 * (`{rN:}`) in the same order.
 */
function checkTranslations(c: Collections, reports: readonly ReadReport[], problems: Problems): void {
  const bySlug = new Map(reports.map((r) => [r.entry.id, r]));
  for (const entry of c.translations) {
    const file = fileOf(COLLECTIONS.translations, entry);
    const t = entry.data;
    const at = (path: readonly PropertyKey[], message: string) => problems.push({ file, path, message });
    if (t.report !== entry.id) at(['report'], `is "${t.report}" but the file is named ${entry.id}.json`);
    const report = bySlug.get(entry.id);
    if (!report) {
      if (!c.reports.some((r) => r.id === entry.id)) at(['report'], `names no report (${reportFile(entry.id)} does not exist)`);
      continue;
    }
    const { data } = report.entry;
    if (t.from !== data.script) at(['from'], `is ${t.from}, but ${report.file} is in ${data.script}`);
    if ((t.deck === undefined) !== (data.deck === undefined)) at(['deck'], data.deck === undefined ? `is given, but ${report.file} has no deck` : `is missing, but ${report.file} has a deck`);

    const ids = blockIds(report.blocks);
    const blocks = new Map(ids.map((id, i) => [id, report.blocks[i]!]));
    const kindOf = (id: string) => ({ paragraph: 'a paragraph', heading: 'a heading', caption: 'a caption' })[blocks.get(id)!.kind];
    const translated = Object.keys(t.blocks);
    for (const id of ids) if (!(id in t.blocks)) at(['blocks'], `has no ${id}, ${kindOf(id)} of ${report.file}`);
    for (const id of translated) if (!blocks.has(id)) at(['blocks', id], `is not a block of ${report.file} (its blocks are ${ids.join(', ')})`);
    const common = translated.filter((id) => blocks.has(id));
    if (common.join() !== ids.filter((id) => id in t.blocks).join()) at(['blocks'], `are not in the order of ${report.file}: ${ids.join(', ')}`);

    for (const id of common) {
      const segments = blocks.get(id)!.segments;
      const expected = segments.flatMap((s) => (s.type === 'text' ? [] : [`{${s.id}:${s.type === 'gap' ? '' : '…'}}`]));
      const found = [...t.blocks[id]!.matchAll(TRANSLATION_MARK)].map((m) => `{${m[1]}:${m[2] === '' ? '' : '…'}}`);
      if (found.join() === expected.join()) continue;
      const list = (marks: string[]) => (marks.length ? marks.join(' ') : 'none');
      at(['blocks', id], `marks ${list(found)}, but ${id} of ${report.file} has ${list(expected)} (restored text {rN:…}, gaps {rN:})`);
    }
  }
}

/** Every problem that spans files, each naming its file and field; none means the collections agree. */
export function checkArchive(c: Collections): ContentProblem[] {
  const problems: Problems = [];
  const reports = readReports(c, problems);
  checkCaptures(c, problems);
  checkMarks(reports, problems);
  checkRestorationFiles(c, problems);
  checkLedgers(c, reports, problems);
  checkSingleFiles(c, problems);
  checkProgrammes(c, reports, problems);
  checkPlaces(c, problems);
  checkChanges(c, reports, problems);
  checkTranslations(c, reports, problems);
  return problems;
}
