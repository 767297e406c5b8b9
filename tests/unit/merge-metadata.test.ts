import { describe, expect, it } from 'vitest';
import { mergeMetadata } from '../../scripts/clean/steps/merge-metadata';

describe('mergeMetadata', () => {
  it('merges lists in printed order without repeats', () => {
    const merged = mergeMetadata(
      [
        { line: 5, patch: { date: '2025-08-05', time: '09:10:16', editors: [{ name: '甲', role: '編輯' }] } },
        {
          line: 78,
          patch: {
            editors: [
              { name: '甲', role: '編輯' },
              { name: '乙', role: '編輯' },
            ],
          },
        },
        { line: 80, patch: { editors: [{ name: '甲', role: '一審' }] } },
      ],
      'x.txt',
    );
    expect(merged.editors).toEqual([
      { name: '甲', role: '編輯' },
      { name: '乙', role: '編輯' },
      { name: '甲', role: '一審' },
    ]);
    expect(merged.date).toEqual({ value: '2025-08-05', time: '09:10:16', line: 5 });
  });

  it('accepts a field stated twice with the same value', () => {
    const merged = mergeMetadata(
      [
        { line: 8, patch: { via: ['柯坪县融媒体中心'] } },
        { line: 78, patch: { via: ['柯坪县融媒体中心'] } },
      ],
      'x.txt',
    );
    expect(merged.via).toEqual(['柯坪县融媒体中心']);
  });

  it('stops at a single-valued field stated twice with different values', () => {
    expect(() =>
      mergeMetadata(
        [
          { line: 3, patch: { outlet: '甲报' } },
          { line: 9, patch: { outlet: '乙报' } },
        ],
        'x.txt',
      ),
    ).toThrow('x.txt:9: outlet is stated twice with different values');
  });
});
