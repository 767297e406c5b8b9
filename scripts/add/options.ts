/**
 * The command line of `npm run add`, parsed and checked for form (the project is not
 * consulted here: ids, slugs and files are checked against it in project-state.ts).
 */
import { parseArgs } from 'node:util';
import { reportSlugSchema } from '../../src/core/schemas/slug';
import { AddError } from './errors';

export type Script = 'zh-Hans' | 'zh-Hant';
const SCRIPTS: readonly Script[] = ['zh-Hans', 'zh-Hant'];

export interface AddOptions {
  /** The capture to add, as given (a path). */
  capture: string;
  slug: string;
  province: string;
  recipients: string[];
  /** The city that leads the programme, as printed (东营市); none when the province leads. */
  city?: string;
  /** Absent: detected from the text. */
  script?: Script;
}

/** No arguments at all: the caller prints the usage. */
export type Invocation = { usage: true } | { usage: false; options: AddOptions };

export function parseAddArgs(args: readonly string[]): Invocation {
  if (args.length === 0) return { usage: true };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        province: { type: 'string' },
        recipient: { type: 'string', multiple: true },
        city: { type: 'string' },
        script: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new AddError(`${(error as Error).message} (run \`npm run add\` with no arguments for the usage)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { usage: true };
  if (positionals.length !== 1) {
    throw new AddError(
      positionals.length === 0 ? 'name the capture file to add' : `one capture at a time; got ${positionals.length}: ${positionals.join(', ')}`,
    );
  }
  const missing = (['slug', 'province'] as const).filter((key) => values[key] === undefined).map((key) => `--${key}`);
  if (!values.recipient?.length) missing.push('--recipient');
  if (missing.length > 0) throw new AddError(`missing ${missing.join(', ')} (run \`npm run add\` with no arguments for the usage)`);
  const slug = values.slug!;
  const slugProblem = reportSlugSchema.safeParse(slug).error?.issues[0]?.message;
  if (slugProblem !== undefined) throw new AddError(`--slug ${slug}: ${slugProblem}, e.g. tianjin-hotan`);
  const script = values.script;
  if (script !== undefined && !SCRIPTS.includes(script as Script)) {
    throw new AddError(`--script ${script}: the script is zh-Hans (Simplified) or zh-Hant (Traditional); leave it out to detect it`);
  }
  const recipients = values.recipient!;
  const twice = recipients.find((id, index) => recipients.indexOf(id) !== index);
  if (twice !== undefined) throw new AddError(`--recipient ${twice} is given twice`);
  const city = values.city?.trim();
  if (city === '') throw new AddError('--city is empty: give the lead city as the report prints it (东营市), or leave it out');
  return {
    usage: false,
    options: {
      capture: positionals[0]!,
      slug,
      province: values.province!,
      recipients,
      ...(city && { city }),
      ...(script && { script: script as Script }),
    },
  };
}
