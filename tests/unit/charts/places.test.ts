import { describe, expect, it } from 'vitest';
import { isHan } from '../../../src/core/han';
import { pairingMapModel } from '../../../src/lib/charts/map-model';
import { loadArchive } from '../../helpers/content';

describe('the map’s places (content/gazetteer.json)', () => {
  const archive = loadArchive();
  const named = new Set(archive.programmes.flatMap((p) => p.recipients.map((r) => r.name)));

  it('places every recipient the reports name, in the region the data gives', () => {
    const m = pairingMapModel({ programmes: archive.programmes, places: archive.places, provinces: archive.provinces, regions: archive.regions.regions });
    expect(m.pairs.length).toBe(archive.programmes.reduce((n, p) => n + p.recipients.length, 0));
    expect(m.places.map((p) => p.place.id).sort()).toEqual(
      archive.places
        .filter((p) => p.names.some((n) => named.has(n)))
        .map((p) => p.id)
        .sort(),
    );
  });

  it('says for every point what it stands for, in Chinese and in English', () => {
    for (const p of archive.places) {
      expect(p.note.zh.length, p.id).toBeGreaterThan(5);
      expect(p.note.en.length, p.id).toBeGreaterThan(5);
      expect(p.note.en.split('').some(isHan), p.id).toBe(false);
      if (p.precision === 'rough') expect([p.note.zh, p.note.en], p.id).toEqual([expect.stringMatching(/^粗略/), expect.stringMatching(/^Rough/)]);
    }
  });
});
