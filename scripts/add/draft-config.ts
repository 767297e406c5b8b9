/**
 * The draft configuration content/captures/NNN.yaml: `status: draft`, the proposed article
 * bounds and title rule, and comments saying what was proposed from what and what to
 * review. The defaults read the dateline, outlet and people.
 */
import { stringify } from 'yaml';
import type { ArticleProposal } from './propose-article';
import type { Script } from './options';

export interface DraftConfigInput {
  file: string;
  slug: string;
  script: Script;
  /** How the script was decided, for the comment. */
  scriptFrom: string;
  proposal: ArticleProposal;
}

/** The configuration as data (what the schema validates). */
export function draftConfigData({ file, slug, script, proposal }: DraftConfigInput) {
  return {
    status: 'draft',
    file,
    slug,
    script,
    article: { first: proposal.firstPattern, last: proposal.lastPattern },
    rules: proposal.titlePattern === undefined ? [] : [{ match: proposal.titlePattern, metadata: 'title', read: { title: '$line' } }],
  };
}

const line = (index: number) => index + 1;

export function draftConfigYaml(input: DraftConfigInput): string {
  const { proposal } = input;
  const comments = [
    `DRAFT written by \`npm run add\`: review it, then replace \`status: draft\` with \`status: reviewed\`.`,
    `Article: lines ${line(proposal.first)}–${line(proposal.last)}, proposed as the longest stretch of lines that end a`,
    `sentence between lines the default rules claim (defaults.yaml). Check both ends against the capture.`,
    proposal.title === undefined
      ? 'Title: none proposed (no unclaimed line above the article): write a title rule.'
      : `Title: line ${line(proposal.title)}, the nearest line above the article that no default claims.`,
    `Script: ${input.script} (${input.scriptFrom}).`,
    'While this is a draft, a line outside the article that no rule names is dropped as',
    '“outside the article, not yet reviewed”: give each such line a rule (drop or metadata),',
    'or switch a default off (`defaults: { off: [id] }`), before marking this reviewed.',
  ];
  const yaml = stringify(draftConfigData(input), { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' });
  return `${comments.map((text) => `# ${text}`).join('\n')}\n${yaml}`;
}
