import { readFileSync } from 'node:fs';
import { documentFromText } from '../../dist/core/import/index.js';
import { loadRulePacks } from '../../dist/core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../dist/core/check/compile-rule-set.js';
import { checkDocument } from '../../dist/core/check/check-document.js';
import { builtinRulesDirectory } from '../../dist/core/util/package-paths.js';
import { caseArgs, median, reportCase } from '../harness.js';

/**
 * The full rule set over the bench text, warm: the rules are compiled and the document built
 * once; each timed run is a complete check (sentence and token analysis, every rule, coverage
 * and metrics). Reports the median of the timed runs and the term-rule hit count.
 */
const args = caseArgs();
const text = readFileSync(args['file'] ?? '', 'utf8');
const runs = Number(args['runs'] ?? 15);
const onlyTerms = args['only'] === 'term';
// The bench text reads as policy; checked as a job ad, the job-ad rules run instead.
const type = args['type'] === 'jobad' ? 'jobad' : 'policy';
const ruleSet = loadRulePacks({ directories: [builtinRulesDirectory()] });
const compiled = compileRuleSet(onlyTerms ? { ...ruleSet, active: ruleSet.active.filter((r) => r.kind === 'term') } : ruleSet);
const document = documentFromText(text);
let result = checkDocument(document, compiled, { type }); // warm-up
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  result = checkDocument(document, compiled, { type });
  times.push(performance.now() - started);
}
reportCase(median(times), {
  termHits: result.findings.filter((f) => f.kind === 'term').length,
  findings: result.findings.length,
  words: document.metadata.wordCount,
  rules: compiled.ruleSet.active.length,
});
