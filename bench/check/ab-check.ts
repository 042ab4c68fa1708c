/**
 * Compares the check of two builds in one process, for optimising the engine:
 *   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   (cd /tmp/base && npx tsc -b core) && npm run build
 *   npx tsc -p bench/tsconfig.cases.json && node bench-dist/check/ab-check.js /tmp/base [text file] [runs]
 * Both builds check the benchmark text (default: the one `npm run bench` wrote), alternating
 * call by call, and the figure is the median of the per-call ratios (this build / base). This
 * machine's speed moves by up to 2x from one second to the next; alternating in one process
 * cancels that, where two separate runs cannot show a 5% change. It also says whether both
 * builds gave identical findings, coverage and metrics.
 *
 * Its own noise, measured 2026-11-25 with a build against a copy of itself: paired ratios from
 * 1.01 to 1.33, one of the two builds now and then slow for a whole run (in either load order,
 * with random order within pairs too; the cause was not found). Trust a difference only when
 * it holds with the roles swapped (run it from the other build's tree), and confirm with
 * separate processes (`npm run bench check`, or step-timings in each tree).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as LoadRulePacks from '../../dist/core/rules/load/load-rule-packs.js';
import type * as CompileRuleSet from '../../dist/core/check/compile-rule-set.js';
import type * as CheckDocument from '../../dist/core/check/check-document.js';
import type * as Import from '../../dist/core/import/index.js';
import type * as PackagePaths from '../../dist/core/util/package-paths.js';

interface Build {
  check(): { ms: number; output: string };
}

async function loadBuild(root: string, text: string): Promise<Build> {
  const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(root, 'dist', 'core', path)).href)) as T;
  const { loadRulePacks } = await load<typeof LoadRulePacks>('rules/load/load-rule-packs.js');
  const { compileRuleSet } = await load<typeof CompileRuleSet>('check/compile-rule-set.js');
  const { checkDocument } = await load<typeof CheckDocument>('check/check-document.js');
  const { documentFromText } = await load<typeof Import>('import/index.js');
  const { builtinRulesDirectory } = await load<typeof PackagePaths>('util/package-paths.js');
  const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));
  const document = documentFromText(text);
  return {
    check() {
      const started = performance.now();
      const result = checkDocument(document, compiled, { type: 'policy' });
      const ms = performance.now() - started;
      return { ms, output: JSON.stringify({ findings: result.findings, coverage: result.coverage, metrics: result.metrics }) };
    },
  };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const [baseRoot, textFile, runsArgument] = process.argv.slice(2);
if (!baseRoot) {
  console.error('usage: npx tsx bench/check/ab-check.ts <root of the base build> [text file] [runs]');
  process.exit(2);
}
const text = readFileSync(textFile ?? join(tmpdir(), 'vardekollen-bench', 'bench-text.txt'), 'utf8');
const runs = Number(runsArgument ?? 30);
const base = await loadBuild(resolve(baseRoot), text);
const ours = await loadBuild(resolve(import.meta.dirname, '..', '..'), text);
// Warm both up, then alternate which goes first so neither always runs after the other's garbage.
for (let i = 0; i < 3; i++) {
  base.check();
  ours.check();
}
const baseTimes: number[] = [];
const ourTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  const [first, second] = i % 2 === 0 ? [base, ours] : [ours, base];
  const a = first.check().ms;
  const b = second.check().ms;
  baseTimes.push(first === base ? a : b);
  ourTimes.push(first === base ? b : a);
}
const identical = base.check().output === ours.check().output;
console.log(
  `base ${median(baseTimes).toFixed(1)} ms, this build ${median(ourTimes).toFixed(1)} ms, ` +
    `paired ratio ${median(ourTimes.map((t, i) => t / (baseTimes[i] ?? Number.NaN))).toFixed(3)}, ` +
    `identical output: ${identical ? 'yes' : 'NO'}`,
);
