import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);

/** One measured run of a benchmark case in a fresh process. */
export interface CaseRun {
  /** Wall time of the measured work, milliseconds. */
  readonly ms: number;
  /** Peak resident memory of the whole process, MiB. */
  readonly peakRssMb: number;
  /** Anything the case wants to report (hit counts, page counts) for sanity checks. */
  readonly detail?: Readonly<Record<string, number | string>>;
}

/**
 * Runs `bench/<caseFile>` in a fresh Node process (so peak memory is the case's own) with
 * the given arguments, and parses the JSON line it prints last.
 *
 * The case runs as plain JavaScript, compiled to bench-dist/ by `npm run bench`
 * (bench/tsconfig.cases.json), the way the product itself runs: through tsx, the product's
 * dist/ modules were transformed as well (imported constants read through getters), so what
 * was measured was not quite what the CLI and the app run.
 */
export async function runCase(caseFile: string, args: readonly string[]): Promise<CaseRun> {
  const script = fileURLToPath(new URL(`../bench-dist/${caseFile.replace(/\.ts$/, '.js')}`, import.meta.url));
  if (!existsSync(script)) {
    throw new Error(`${script} is missing: run \`npm run bench\`, which compiles the benchmark cases (tsc -p bench/tsconfig.cases.json)`);
  }
  const { stdout } = await run(process.execPath, ['--expose-gc', script, ...args], {
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as CaseRun;
}

/** Prints a case's result as the harness expects: one JSON line. */
export function reportCase(ms: number, detail?: Readonly<Record<string, number | string>>): void {
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, peakRssMb, ...(detail ? { detail } : {}) })}\n`);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Parses `--name value` pairs from argv. */
export function caseArgs(argv: readonly string[] = process.argv.slice(2)): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    if (key) args[key] = argv[i + 1] ?? '';
  }
  return args;
}

/** One row of the final report. */
export interface BenchRow {
  readonly benchmark: string;
  readonly subject: string;
  readonly baseline: string;
  readonly subjectMedianMs: number;
  readonly baselineMedianMs: number;
  /** subject / baseline: below 1 means we are faster. */
  readonly ratio: number;
  readonly target: string;
  readonly met: boolean;
  readonly subjectPeakRssMb?: number;
  readonly baselinePeakRssMb?: number;
  readonly runs: number;
  readonly note?: string;
}

/** Alternates subject and baseline runs (so drift on a shared machine hits both) and summarises. */
export async function compare(options: {
  benchmark: string;
  subject: { name: string; caseFile: string; args: readonly string[] };
  baseline: { name: string; caseFile: string; args: readonly string[] };
  runs: number;
  target: { description: string; maxRatio: number };
  check?: (subject: CaseRun, baseline: CaseRun) => void;
}): Promise<BenchRow> {
  const subjectRuns: CaseRun[] = [];
  const baselineRuns: CaseRun[] = [];
  for (let i = 0; i < options.runs; i++) {
    baselineRuns.push(await runCase(options.baseline.caseFile, options.baseline.args));
    subjectRuns.push(await runCase(options.subject.caseFile, options.subject.args));
    options.check?.(subjectRuns.at(-1) as CaseRun, baselineRuns.at(-1) as CaseRun);
  }
  const subjectMedianMs = median(subjectRuns.map((r) => r.ms));
  const baselineMedianMs = median(baselineRuns.map((r) => r.ms));
  const ratio = subjectMedianMs / baselineMedianMs;
  return {
    benchmark: options.benchmark,
    subject: options.subject.name,
    baseline: options.baseline.name,
    subjectMedianMs,
    baselineMedianMs,
    ratio,
    target: options.target.description,
    met: ratio <= options.target.maxRatio,
    subjectPeakRssMb: median(subjectRuns.map((r) => r.peakRssMb)),
    baselinePeakRssMb: median(baselineRuns.map((r) => r.peakRssMb)),
    runs: options.runs,
  };
}
