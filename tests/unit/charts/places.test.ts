import { describe, expect, it } from 'vitest';
import { pairingMapModel } from '../../../src/lib/charts/map-model';
import { loadPlaces, parsePlaces } from '../../../src/lib/charts/places';
import { loadProgrammes, loadProvinces, loadRegions } from '../../../src/lib/programmes';

describe('content/places.json', () => {
  const file = loadPlaces();

  it('places every recipient the reports name, in the region the data gives', () => {
    const m = pairingMapModel({ programmes: loadProgrammes(), places: file.places, provinces: loadProvinces(), regions: loadRegions().regions });
    expect(m.pairs.length).toBe(loadProgrammes().reduce((n, p) => n + p.recipients.length, 0));
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
    expect(() => parsePlaces(far)).toThrow(/places\.0\.lon/);
  });
});
