/**
 * Everything `npm run add` will write, computed before anything is written: the capture
 * under its new name, the draft configuration, the programme file, and the report and
 * ledger the pipeline makes from them. Any problem stops here, so bad input writes nothing.
 */
import { CAPTURES_DIR, parseCapture } from '../clean/captures';
import { decodeCapture } from '../clean/decode-capture';
import { CaptureError } from '../clean/errors';
import { textOf } from '../clean/model';
import { cleanCapture, type CleanedReport } from '../clean/pipeline';
import { formatLedger } from '../../src/core/ledger-format';
import { readBody } from '../../src/core/report-body';
import { splitFrontmatter } from '../../src/core/frontmatter';
import { detectScript, countScriptForms } from './detect-script';
import { draftConfigData, draftConfigYaml } from './draft-config';
import { draftProgramme, type DraftProgramme } from './draft-programme';
import { AddError } from './errors';
import { findCity, findProvince, findRegions } from './gazetteer';
import type { AddOptions, Script } from './options';
import { PROGRAMMES_DIR, type ProjectState } from './project-state';
import { proposeArticle, type ArticleProposal } from './propose-article';
import { nextCaptureNumber, sha256, sourceName } from './source-name';

export interface PlannedFile {
  /** Relative to the project root. */
  path: string;
  content: string | Uint8Array;
}

export interface AddPlan {
  files: PlannedFile[];
  report: CleanedReport;
  proposal: ArticleProposal;
  programme: DraftProgramme;
}

function refuseDuplicates(state: ProjectState, slug: string, bytes: Uint8Array): void {
  const usedBy = state.slugs.get(slug);
  if (usedBy !== undefined) throw new AddError(`--slug ${slug}: already used by ${usedBy}; choose another slug`);
  const hash = sha256(bytes);
  const same = state.sources.find((source) => source.sha256 === hash);
  if (same) throw new AddError(`this capture is already in the archive, byte for byte, as content/sources/${same.name}`);
}

function chooseScript(options: AddOptions, text: string, file: string): { script: Script; from: string } {
  if (options.script) return { script: options.script, from: 'given with --script' };
  const detected = detectScript(text);
  const count = countScriptForms(text);
  const counted = `${count['zh-Hans']} Simplified-only and ${count['zh-Hant']} Traditional-only characters`;
  if (!detected) throw new AddError(`${file}: cannot tell the script (${counted}); give --script zh-Hans or --script zh-Hant`);
  return { script: detected, from: `detected: ${counted}, by OpenCC` };
}

/** Capture errors of the pipeline become add errors that say nothing was written. */
function cleaning<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof CaptureError) throw new AddError(`the draft does not clean: ${error.message}`);
    throw error;
  }
}

export function planAdd(state: ProjectState, options: AddOptions, bytes: Uint8Array): AddPlan {
  const province = findProvince(state.places, options.province);
  const regions = findRegions(state.places, options.recipients);
  const city = options.city === undefined ? undefined : { printed: options.city, entry: findCity(state.places, province, options.city) };
  refuseDuplicates(state, options.slug, bytes);
  const number = nextCaptureNumber(state.sources.map((source) => source.name));
  if (number === undefined) throw new AddError('content/sources/ has capture 999: the three-digit numbers are used up');
  const file = sourceName(number, bytes);
  const capture = cleaning(() => decodeCapture(options.capture, bytes));
  const { script, from } = chooseScript(options, capture.lines.join('\n'), options.capture);
  const proposal = proposeArticle(options.capture, capture.lines, state.defaults.rules);
  const configInput = { file, slug: options.slug, script, scriptFrom: from, proposal };
  const configPath = `${CAPTURES_DIR}/${number}.yaml`;
  const config = cleaning(() => parseCapture(configPath, draftConfigData(configInput), state.defaults));
  const report = cleaning(() => cleanCapture(config, { ...capture, file: `content/sources/${file}` }, []));
  const paragraphs = readBody(splitFrontmatter(report.mdx).body).flatMap((block) =>
    block.kind === 'paragraph' ? [{ anchor: block.anchor, text: textOf(block.segments) }] : [],
  );
  const programme = draftProgramme({ slug: options.slug, province, city, regions, script, source: file, paragraphs });
  return {
    files: [
      { path: `content/sources/${file}`, content: bytes },
      { path: configPath, content: draftConfigYaml(configInput) },
      { path: `${PROGRAMMES_DIR}/${options.slug}.json`, content: `${JSON.stringify(programme, null, 2)}\n` },
      { path: `content/reports/${options.slug}.mdx`, content: report.mdx },
      { path: `content/ledgers/${options.slug}.json`, content: formatLedger(report.ledger) },
    ],
    report,
    proposal,
    programme,
  };
}
