/** What `npm run add` needs to know of the project before it adds a capture: read here, checked in plan.ts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CAPTURES_DIR, DEFAULTS_FILE, loadCaptures, parseDefaults, type Defaults } from '../clean/captures';
import { projectPaths } from '../clean/project';
import { AddError } from './errors';
import { readGazetteer, type KnownPlaces } from './gazetteer';
import { sha256 } from './source-name';

export const GAZETTEER_FILE = 'content/gazetteer.json';
export const PROGRAMMES_DIR = 'content/programmes';

export interface ProjectState {
  /** File names in content/sources/, with the SHA-256 of each. */
  sources: { name: string; sha256: string }[];
  /** Slugs in use, with the file that uses each. */
  slugs: Map<string, string>;
  defaults: Defaults;
  places: KnownPlaces;
}

const names = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('.') && name !== 'README.md') : []);

function readJson(root: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    throw new AddError(`${file}: ${(error as Error).message}`);
  }
}

export function readProjectState(root: string): ProjectState {
  const paths = projectPaths(root);
  const sources = names(paths.sources).map((name) => ({ name, sha256: sha256(readFileSync(join(paths.sources, name))) }));
  const slugs = new Map<string, string>();
  for (const config of loadCaptures(root)) slugs.set(config.slug, `${CAPTURES_DIR}/${config.file.slice(0, 3)}.yaml`);
  const byFile = [
    [paths.reports, '.mdx', 'content/reports'],
    [paths.ledgers, '.json', 'content/ledgers'],
    [join(root, PROGRAMMES_DIR), '.json', PROGRAMMES_DIR],
    [paths.restorations, '.json', 'content/restorations'],
  ] as const;
  for (const [dir, extension, shown] of byFile) {
    for (const name of names(dir).filter((file) => file.endsWith(extension))) {
      const slug = name.slice(0, -extension.length);
      if (!slugs.has(slug)) slugs.set(slug, `${shown}/${name}`);
    }
  }
  const defaultsPath = `${CAPTURES_DIR}/${DEFAULTS_FILE}`;
  return {
    sources,
    slugs,
    defaults: parseDefaults(defaultsPath, parse(readFileSync(join(root, defaultsPath), 'utf8'))),
    places: readGazetteer(GAZETTEER_FILE, readJson(root, GAZETTEER_FILE)),
  };
}
