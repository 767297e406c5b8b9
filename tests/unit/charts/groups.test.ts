import { describe, expect, it } from 'vitest';
import { reportGroups } from '../../../src/lib/charts/groups';
import { chartGroupPath } from '../../../src/lib/site-paths';
import { programmes } from './fixtures';

describe('report groups', () => {
  it('groups programmes by supporter and by every region they name, in the order of the ids, leaving out empty groups', () => {
    const all = programmes();
    const slugs = (kind: 'provinces' | 'regions', ids: string[]) => reportGroups(kind, ids, all).map((g) => [g.id, g.programmes.map((p) => p.slug)]);
    expect(slugs('provinces', ['shanxi', 'zhejiang', 'shandong'])).toEqual([
      ['shanxi', ['beta']],
      ['shandong', ['alpha']],
    ]);
    expect(slugs('regions', ['kashgar', 'changji', 'xpcc-12th-division', 'aksu'])).toEqual([
      ['kashgar', ['alpha']],
      ['changji', ['beta']],
      ['xpcc-12th-division', ['beta']],
    ]);
  });

  it('puts the first page at the group path and the others below it', () => {
    expect(chartGroupPath('compare', 'regions', 'kashgar')).toBe('compare/regions/kashgar/');
    expect(chartGroupPath('compare', 'provinces', 'shandong', 2)).toBe('compare/provinces/shandong/page/2/');
    expect(chartGroupPath('timeline', 'provinces', 'shandong', 1)).toBe('timeline/provinces/shandong/');
  });
});
