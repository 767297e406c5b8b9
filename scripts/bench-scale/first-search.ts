/** A first search on a built folder, served on loopback, measured as `npm run bench:search` measures it (scripts/search-cost.ts): the median of cold runs. */
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { firstSearch, medians, type SearchCost, type SearchMedians } from '../search-cost';
import { createStaticServer } from '../serve';

export async function firstSearchMedians(dist: string, query: string, runs: number): Promise<SearchMedians> {
  const server = createStaticServer({ dir: dist, base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const costs: SearchCost[] = [];
    for (let run = 0; run < runs; run++) costs.push(await firstSearch(browser, origin, '/', query));
    return medians(costs);
  } finally {
    await browser.close();
    server.close();
  }
}
