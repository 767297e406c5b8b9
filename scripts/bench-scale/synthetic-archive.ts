/**
 * Grows a project's archive to `count` reports by copying its own reports, in capture
 * order, under new capture numbers: capture 005 copies 000, 006 copies 001, and so on.
 * Each copy is what `npm run add` and a review would leave, renamed consistently:
 *
 *   content/sources/NNN_<hex>.txt    the capture's bytes plus one last line,
 *                                    `bench:scale copy NNN of <original file>`, so that no
 *                                    two captures hold the same bytes; <hex> is the first 16
 *                                    hex digits of their SHA-256 (the naming rule of `npm run add`)
 *   content/captures/NNN.yaml        the original's configuration with the new file and slug
 *                                    (`<slug>-copy-NNN`), and a rule dropping that last line
 *   content/programmes/<slug>.json   the original's programme with the new slug and capture
 *   content/restorations/<slug>.json the original's records, where it has any (the added
 *                                    line comes last, so every line number still holds)
 *
 * Reports and ledgers are then the pipeline's to write (`npm run clean`). The copies repeat
 * the originals' text, so the search index gains pages and records but no new words.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

const CONFIG_NAME = /^(\d{3})\.yaml$/;
const MAX_CAPTURES = 1000;

interface Original {
  number: number;
  file: string;
  slug: string;
  config: string;
}

/** The project's own captures, in capture order, as their configurations name them. */
function originals(root: string): Original[] {
  const dir = path.join(root, 'content/captures');
  return readdirSync(dir)
    .flatMap((name) => {
      const number = CONFIG_NAME.exec(name)?.[1];
      if (number === undefined) return [];
      const config = readFileSync(path.join(dir, name), 'utf8');
      const data = parseDocument(config).toJS() as { file: string; slug: string };
      return [{ number: Number(number), file: data.file, slug: data.slug, config }];
    })
    .sort((a, b) => a.number - b.number);
}

const pad = (number: number) => String(number).padStart(3, '0');

/** How many reports an archive grown from the one at `root` can hold: from its own to as many as capture numbers allow. */
export function archiveSizes(root: string): { min: number; max: number } {
  const own = originals(root);
  return { min: own.length, max: MAX_CAPTURES - nextNumber(own) + own.length };
}

const nextNumber = (own: readonly Original[]) => Math.max(...own.map((o) => o.number)) + 1;

/** Writes the copies that bring the archive at `root` to `count` reports (within archiveSizes); returns how many it wrote. */
export function growArchive(root: string, count: number): number {
  const own = originals(root);
  const next = nextNumber(own);
  for (let index = 0; index < count - own.length; index++) writeCopy(root, own[index % own.length]!, pad(next + index));
  return count - own.length;
}

function writeCopy(root: string, original: Original, number: string): void {
  const content = (...parts: string[]) => path.join(root, 'content', ...parts);
  const slug = `${original.slug}-copy-${number}`;
  const marker = `bench:scale copy ${number} of ${original.file}`;

  const bytes = readFileSync(content('sources', original.file));
  const ending = bytes.at(-1) === 0x0a ? '' : '\n';
  const copied = Buffer.concat([bytes, Buffer.from(`${ending}${marker}\n`)]);
  const file = `${number}_${createHash('sha256').update(copied).digest('hex').slice(0, 16)}.txt`;
  writeFileSync(content('sources', file), copied);

  const config = parseDocument(original.config);
  config.set('file', file);
  config.set('slug', slug);
  config.addIn(['rules'], { match: `^${marker}$`, drop: 'siteFooter', why: 'the line bench:scale adds to its synthetic copy' });
  writeFileSync(content('captures', `${number}.yaml`), config.toString());

  const programme = JSON.parse(readFileSync(content('programmes', `${original.slug}.json`), 'utf8')) as Record<string, unknown>;
  writeFileSync(content('programmes', `${slug}.json`), `${JSON.stringify({ ...programme, slug, source: file }, null, 2)}\n`);

  const restorations = content('restorations', `${original.slug}.json`);
  if (existsSync(restorations)) writeFileSync(content('restorations', `${slug}.json`), readFileSync(restorations));
}
