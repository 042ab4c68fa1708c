import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './harness.js';
import { importBenchmarks } from './import/import-bench.js';
import { checkBenchmarks } from './check/check-bench.js';
import { reviewBenchmarks } from './review/review-bench.js';

/**
 * `npm run bench`: every benchmark, each against a baseline measured in the same run, reported
 * as medians and ratios (never as absolute pass/fail timings in tests). Results also go to
 * bench/results/latest.json.
 */
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
const only = process.argv.slice(2);
const workDir = join(tmpdir(), 'vardekollen-bench');
const rows: BenchRow[] = [];
const want = (name: string): boolean => only.length === 0 || only.includes(name);

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
if (want('import')) rows.push(...(await importBenchmarks(workDir, runs)));
if (want('check')) rows.push(...(await checkBenchmarks(workDir, join(shared, 'corpus'), join(shared, 'seeds'))));
if (want('review')) rows.push(...(await reviewBenchmarks(Math.min(runs, 3))));

const format = (ms: number): string => (Number.isFinite(ms) ? `${ms.toFixed(ms < 10 ? 2 : 0)} ms` : '–');
console.log('\n| benchmark | subject | baseline | subject median | baseline median | ratio | target | met | peak RSS (subject / baseline) |');
console.log('|---|---|---|---:|---:|---:|---|---|---|');
for (const row of rows) {
  if (row.note) console.error(`${row.benchmark}: ${row.note}`);
  const rss = `${row.subjectPeakRssMb?.toFixed(0) ?? '–'} / ${row.baselinePeakRssMb?.toFixed(0) ?? '–'} MiB`;
  console.log(
    `| ${row.benchmark} | ${row.subject} | ${row.baseline} | ${format(row.subjectMedianMs)} | ${format(row.baselineMedianMs)} | ${Number.isFinite(row.ratio) ? row.ratio.toFixed(2) : '–'}x | ${row.target} | ${row.met ? 'yes' : 'NO'} | ${rss} |`,
  );
}
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, rows }, null, 2)}\n`);
