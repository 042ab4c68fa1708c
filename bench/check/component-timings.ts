/**
 * Where a warm check of the benchmark text spends its time, per component and per rule
 * (medians of six warm runs). A diagnostic for rule authors and for optimising the engine:
 * npx tsx bench/check/component-timings.ts [text file]  (default: the text npm run bench wrote).
 * It measures the build in dist/, as the benchmarks do: run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentFromText } from '../../dist/core/import/index.js';
import { loadRulePacks } from '../../dist/core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../dist/core/check/compile-rule-set.js';
import { analyseDocument } from '../../dist/core/check/analyse-document.js';
import { measureCoverage } from '../../dist/core/check/value-word-coverage.js';
import { measureDocument } from '../../dist/core/check/document-metrics.js';
import { builtinRulesDirectory } from '../../dist/core/util/package-paths.js';
const text = readFileSync(process.argv[2] ?? join(tmpdir(), 'vardekollen-bench', 'bench-text.txt'), 'utf8');
const rs = loadRulePacks({ directories: [builtinRulesDirectory()] });
const compiled = compileRuleSet(rs);
const doc = documentFromText(text);
const acc = new Map<string, number[]>();
const time = (k: string, f: () => void) => { const t = performance.now(); f(); const v = performance.now() - t; (acc.get(k) ?? acc.set(k, []).get(k)!).push(v); };
for (let i = 0; i < 8; i++) {
  let a: ReturnType<typeof analyseDocument>;
  time('analyse', () => { a = analyseDocument(doc, 'policy'); });
  time('coverage', () => measureCoverage(a!, compiled.valueWords));
  time('metrics', () => measureDocument(a!));
  for (const r of compiled.runners) if (r.rules.length > 1 || r.rules[0]!.appliesTo.includes('policy')) time(r.rules.length > 1 ? 'terms' : r.rules[0]!.kind + ' ' + r.rules[0]!.id, () => r.run(a!, () => {}));
}
const med = (v: number[]) => v.slice(2).sort((x, y) => x - y)[Math.floor((v.length - 2) / 2)]!;
const rows = [...acc].map(([k, v]) => [k, med(v)] as const).sort((x, y) => y[1] - x[1]);
console.log(rows.slice(0, 22).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n'));
console.log('total', rows.reduce((s, [, v]) => s + v, 0).toFixed(1));
