/**
 * Where one warm check spends its time: each step in the order checkDocument takes it, then
 * the costliest rules (medians of the per-run sums over warm runs). Nothing is counted twice:
 * the shared literal scan that the first prefilter question triggers has its own line instead
 * of being charged to whichever rule asked first, and coverage is computed once, as in a check.
 * A diagnostic for rule authors and for work on the engine; it measures the build in dist/:
 *   npm run build && npx tsc -p bench/tsconfig.cases.json && node bench-dist/check/step-timings.js [text file] [--type jobad]
 * (plain node: through tsx, dist/ itself is transformed, and profiles show getter frames)
 * (default text: the one `npm run bench` wrote).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentFromText } from '../../dist/core/import/index.js';
import { loadRulePacks } from '../../dist/core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../dist/core/check/compile-rule-set.js';
import { analyseDocument } from '../../dist/core/check/analyse-document.js';
import { detectDocumentType } from '../../dist/core/check/detect-document-type.js';
import { measureDocument } from '../../dist/core/check/document-metrics.js';
import { buildFinding } from '../../dist/core/check/build-finding.js';
import type { FindingDraft } from '../../dist/core/check/finding-draft.js';
import { builtinRulesDirectory } from '../../dist/core/util/package-paths.js';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--type') ?? join(tmpdir(), 'vardekollen-bench', 'bench-text.txt');
const type = args[args.indexOf('--type') + 1] === 'jobad' ? 'jobad' : 'policy';
const RUNS = 25;
const WARM_UP = 5;

const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));
const document = documentFromText(readFileSync(file, 'utf8'));
const steps = new Map<string, number[]>();
const rules = new Map<string, number[]>();
let run = 0;
const time = <T>(table: Map<string, number[]>, key: string, work: () => T): T => {
  const started = performance.now();
  const result = work();
  const sums = table.get(key) ?? [];
  sums[run] = (sums[run] ?? 0) + performance.now() - started;
  table.set(key, sums);
  return result;
};


for (; run < RUNS; run++) {
  time(steps, 'detect the document type', () => detectDocumentType(document));
  const analysed = time(steps, 'analyse (sentences, tokens)', () => analyseDocument(document, type));
  // Otherwise the first rule to ask the prefilter about the document would be charged with it.
  time(steps, 'shared literal scan (prefilter)', () => compiled.prefilter.prepare(analysed));
  const drafts: FindingDraft[] = [];
  for (const runner of compiled.runners) {
    const rule = runner.rules[0];
    if (!rule) continue;
    const merged = runner.rules.length > 1;
    if (!merged && !(rule.appliesTo.includes(type) && compiled.whenHolds(rule, analysed))) continue;
    const label = merged ? `${runner.rules.length} term rules (one matcher)` : `${rule.kind} ${rule.id}`;
    time(steps, merged ? 'rules: term' : `rules: ${rule.kind}`, () => time(rules, label, () => runner.run(analysed, (d) => drafts.push(d))));
  }
  time(steps, 'rules reading findings', () => {
    const found = drafts.slice();
    for (const runner of compiled.runners) {
      const rule = runner.rules[0];
      if (runner.fromFindings && rule && rule.appliesTo.includes(type)) runner.fromFindings(analysed, found, (d) => drafts.push(d));
    }
  });
  time(steps, 'sort and build findings', () => drafts.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1)).map((d, i) => buildFinding(d, analysed, `${d.rule.id}#${i}`)));
  time(steps, 'coverage (if no rule asked)', () => compiled.coverageOf(analysed));
  time(steps, 'metrics', () => measureDocument(analysed));
}

const median = (sums: number[]): number => {
  const warm = sums.slice(WARM_UP).map((v) => v ?? 0).sort((a, b) => a - b);
  return warm[Math.floor(warm.length / 2)] ?? 0;
};
const print = (rows: [string, number][]): void => {
  for (const [key, ms] of rows) console.log(`${ms.toFixed(1).padStart(7)} ms  ${key}`);
};
const stepRows = [...steps].map(([key, sums]): [string, number] => [key, median(sums)]);
print(stepRows);
console.log(`${stepRows.reduce((sum, [, ms]) => sum + ms, 0).toFixed(1).padStart(7)} ms  total (sum of the medians)\n\ncostliest rules:`);
print([...rules].map(([key, sums]): [string, number] => [key, median(sums)]).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 12)));

