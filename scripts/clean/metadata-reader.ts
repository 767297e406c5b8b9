/**
 * Interprets the declarative parts of a capture configuration: templates such as
 * `$<names>` or `“$1” (reader comments) heading`, and metadata readers that map a rule's
 * match to fields and people (src/core/schemas/capture.ts).
 */
import { TEMPLATE_REFERENCE, type MetadataReader } from '../../src/core/schemas/capture';
import { people, type MetadataPatch, type Person } from './metadata';

/**
 * The template with its references filled in from a match (`$line` is the whole line
 * matched against), or undefined when it refers to a group that took no part in the match.
 */
export function fillTemplate(template: string, match: RegExpMatchArray): string | undefined {
  let missing = false;
  const filled = template.replace(TEMPLATE_REFERENCE, (_, dollar?: string, line?: string, index?: string, name?: string) => {
    if (dollar) return '$';
    const value = line ? match.input : index ? match[Number(index)] : match.groups?.[name!];
    missing ||= value === undefined;
    return value ?? '';
  });
  return missing ? undefined : filled;
}

/** References in a template to groups the pattern does not have; empty when all are there. */
export function unknownReferences(template: string, pattern: RegExp): string[] {
  const probe = new RegExp(`${pattern.source}|`, pattern.flags).exec('')!;
  const groupCount = probe.length - 1;
  const names = new Set(Object.keys(probe.groups ?? {}));
  return [...template.matchAll(TEMPLATE_REFERENCE)].flatMap(([reference, , , index, name]) =>
    (index !== undefined && (Number(index) < 1 || Number(index) > groupCount)) || (name !== undefined && !names.has(name)) ? [reference] : [],
  );
}

/** Every template of a reader, for checking them against the rule's pattern. */
export function readerTemplates(reader: MetadataReader): string[] {
  const { authors = [], editors = [], via = [], ...single } = reader;
  return [...Object.values(single), ...via, ...[...authors, ...editors].flatMap(({ role, names }) => [role, names])];
}

/** The metadata a reader takes from a matched line. */
export function readMetadata(reader: MetadataReader, match: RegExpMatchArray): MetadataPatch {
  const fill = (template: string | undefined) => (template === undefined ? undefined : fillTemplate(template, match));
  const readPeople = (readers: MetadataReader['authors']): Person[] | undefined =>
    readers?.flatMap(({ role, names, roleSource, note }) => {
      const filledRole = fill(role);
      const filledNames = fill(names);
      if (filledRole === undefined || filledNames === undefined) return [];
      return people(filledRole, filledNames).map((person) => ({ ...person, ...(roleSource && { roleSource }), ...(note && { note }) }));
    });
  const patch: MetadataPatch = {
    title: fill(reader.title),
    deck: fill(reader.deck),
    date: fill(reader.date),
    time: fill(reader.time),
    outlet: fill(reader.outlet),
    via: reader.via?.flatMap((template) => fill(template) ?? []),
    capturedFrom: fill(reader.capturedFrom),
    authors: readPeople(reader.authors),
    editors: readPeople(reader.editors),
  };
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}
