import { describe, expect, it } from 'vitest';
import { placesFileSchema, type PlacesFile } from '../../../src/core/schemas/places';
import { pairingMapModel } from '../../../src/lib/charts/map-model';
import { parseEntry } from '../../../src/lib/content/errors';
import { loadArchive } from '../../helpers/content';

const parsePlaces = (json: unknown) => parseEntry(placesFileSchema, json, 'content/places.json');

describe('content/places.json', () => {
  const archive = loadArchive();
  const file: PlacesFile = { about: 'the places', places: archive.places };

  it('places every recipient the reports name, in the region the data gives', () => {
    const m = pairingMapModel({ programmes: archive.programmes, places: file.places, provinces: archive.provinces, regions: archive.regions.regions });
    expect(m.pairs.length).toBe(archive.programmes.reduce((n, p) => n + p.recipients.length, 0));
    expect(m.places.map((p) => p.place.id).sort()).toEqual(file.places.map((p) => p.id).sort());
  });

  it('says for every point what it stands for', () => {
    for (const p of file.places) {
      expect(p.note.length, p.id).toBeGreaterThan(5);
      if (p.precision === 'rough') expect(p.note, p.id).toMatch(/粗略/);
    }
  });

  it('rejects duplicates, unrounded coordinates and points outside Xinjiang', () => {
    const good = structuredClone(file);
    const dup = structuredClone(good);
    dup.places.push({ ...dup.places[0]! });
    expect(() => parsePlaces(dup)).toThrow(/used twice[\s\S]*belongs to two places/);
    const fine = structuredClone(good);
    fine.places[0]!.lon = 76.051;
    expect(() => parsePlaces(fine)).toThrow(/two decimals/);
    const far = structuredClone(good);
    far.places[0]!.lon = 120;
    expect(() => parsePlaces(far)).toThrow(/content\/places\.json: places\[0\]\.lon: /);
  });
});
