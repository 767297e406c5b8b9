/**
 * The gazetteer (content/gazetteer.json): its schema holds every reference inside the file,
 * and its ids by role are what programmes may name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gazetteerIds, gazetteerSchema, type Gazetteer } from '../../src/core/schemas/gazetteer';
import { ROOT, schemaProblems } from '../helpers/content';

const FILE = 'content/gazetteer.json';
const raw = JSON.parse(readFileSync(path.join(ROOT, FILE), 'utf8')) as Gazetteer;

/** The messages the build would print for a gazetteer. */
const problems = (data: unknown) => schemaProblems(gazetteerSchema, data, FILE);

describe('the gazetteer', () => {
  it('is valid', () => {
    expect(problems(raw)).toEqual([]);
  });

  it('lists its ids by role: provinces and municipalities, regions, places', () => {
    const ids = gazetteerIds(gazetteerSchema.parse(raw));
    const kindOf = new Map(raw.recipients.map((r) => [r.id, raw.kinds[r.kind]?.level]));
    expect(ids.supporters).toEqual(raw.supporters.map((s) => s.id));
    expect(ids.provinces.every((id) => raw.supporters.find((s) => s.id === id)?.mapCode !== undefined)).toBe(true);
    expect(ids.regions.every((id) => kindOf.get(id) === 'prefecture')).toBe(true);
    expect(ids.places.every((id) => kindOf.get(id) === 'county')).toBe(true);
    expect(ids.regions.length + ids.places.length).toBe(raw.recipients.length);
    // Today's ids are kept.
    expect(ids.provinces).toEqual(expect.arrayContaining(['shandong', 'zhejiang', 'shanxi']));
    expect(ids.regions).toEqual(expect.arrayContaining(['kashgar', 'aksu', 'changji', 'xpcc-1st-division', 'xpcc-6th-division', 'xpcc-12th-division']));
  });

  it('names the field of a reference to an entry it lacks', () => {
    const broken = structuredClone(raw);
    broken.supporters[0]!.pairs[0]!.recipient = 'atlantis';
    broken.recipients[0]!.kind = 'moon-base';
    expect(problems(broken)).toEqual([
      `${FILE}: supporters[0].pairs[0].recipient: "atlantis" is not a recipient of the gazetteer`,
      `${FILE}: recipients[0].kind: "moon-base" is not a kind of the gazetteer`,
    ]);
  });

  it('refuses an id listed twice and a provincial supporter without its map code', () => {
    const broken = structuredClone(raw);
    broken.recipients.push({ ...broken.recipients[0]! });
    delete broken.supporters[0]!.mapCode;
    expect(problems(broken)).toEqual([
      `${FILE}: supporters[0].mapCode: a municipality has a code and a mapCode`,
      `${FILE}: recipients[${raw.recipients.length}].id: id "${raw.recipients[0]!.id}" is listed twice`,
    ]);
  });
});
