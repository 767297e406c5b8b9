/**
 * `npm run bench:scale -- 5 50 500`: how the archive grows. For each N, in a throw-away
 * copy of the project (the real content/ is never touched), the archive is grown to N
 * reports by copying its own (scripts/bench-scale/synthetic-archive.ts), cleaned and
 * built, and measured: build time (clean, astro, pagefind), dist/ and search index size,
 * a first search (bytes, requests, time; scripts/search-cost.ts) and the HTML of every page
 * that lists every report. Then one table, each N beside its ratio to the first.
 * Numbers only, no pass/fail; the goals are in README.md, “Performance”.
 *
 *   tsx scripts/bench-scale.ts [--runs 3] [--query 医疗] [--keep] N…
 *
 * --keep leaves each copy (its path is printed) to look into afterwards.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildTimes } from './build-times';
import { folderSize, listingPageWeights, searchIndexBytes } from './bench-scale/dist-weights';
import { firstSearchMedians } from './bench-scale/first-search';
import { copyProject, removeProject } from './bench-scale/project-copy';
import { archiveSizes, growArchive } from './bench-scale/synthetic-archive';
import { printScaleTable, type ScaleResult } from './bench-scale/table';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, query: { type: 'string', default: '医疗' }, keep: { type: 'boolean', default: false } },
});
const root = process.cwd();
const runs = Math.max(1, Number(values.runs));
const sizes = archiveSizes(root);
const counts = positionals.map(Number);
if (counts.length === 0 || counts.some((n) => !Number.isInteger(n) || n < sizes.min || n > sizes.max)) {
  console.error(
    `usage: npm run bench:scale -- [--runs 3] [--query 医疗] [--keep] N…  (each N a whole number of reports from ${sizes.min} to ${sizes.max})`,
  );
  process.exit(1);
}

async function measure(count: number): Promise<ScaleResult> {
  const project = copyProject(root);
  try {
    const copies = growArchive(project, count);
    console.log(`\n${count} reports (${copies} copies) in ${project}: cleaning and building…`);
    const build = buildTimes(project, []);
    const dist = path.join(project, 'dist');
    console.log('measuring dist/, the listing pages and a first search…');
    return {
      reports: count,
      build,
      dist: folderSize(dist),
      searchIndexBytes: searchIndexBytes(dist),
      search: await firstSearchMedians(dist, values.query, runs),
      listingPages: listingPageWeights(dist),
    };
  } finally {
    if (values.keep) console.log(`kept ${project}`);
    else removeProject(project);
  }
}

const results: ScaleResult[] = [];
for (const count of counts) results.push(await measure(count));
printScaleTable(results, values.query, runs);
