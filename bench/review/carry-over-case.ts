import { documentFromText } from '../../dist/core/import/index.js';
import { loadRulePacks } from '../../dist/core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../dist/core/check/compile-rule-set.js';
import { checkDocument } from '../../dist/core/check/check-document.js';
import { buildChecklistItems } from '../../dist/core/review/build-checklist-items.js';
import { carryOver } from '../../dist/core/review/carry-over.js';
import { diffParagraphs } from '../../dist/core/review/paragraph-diff.js';
import { builtinRulesDirectory } from '../../dist/core/util/package-paths.js';
import { caseArgs, median, reportCase } from '../harness.js';
import { buildReviewTexts } from './build-review-texts.js';

/**
 * Carrying a review with about 1,000 findings over to the next draft (matching every finding,
 * resolving the gone ones, diffing the paragraphs), warm median; or, with --mode baseline,
 * checking that same draft (the work every new version costs anyway).
 */
const args = caseArgs();
const findings = Number(args['findings'] ?? 1000);
const runs = Number(args['runs'] ?? 7);
const { v1, v2 } = buildReviewTexts(findings);
const ruleSet = loadRulePacks({ directories: [builtinRulesDirectory()] });
const compiled = compileRuleSet(ruleSet);
const d1 = documentFromText(v1);
const d2 = documentFromText(v2);
const previous = buildChecklistItems(checkDocument(d1, compiled, { type: 'policy' }), ruleSet.questions, 'policy').map((item) => ({
  ...item,
  decision: { decision: 'accepted' as const, reason: 'Ses över i nästa version.', reviewer: 'Anna Berg', decidedAt: '2025-06-02T08:00:00.000Z' },
}));
const current = buildChecklistItems(checkDocument(d2, compiled, { type: 'policy' }), ruleSet.questions, 'policy');
const work = args['mode'] === 'baseline' ? () => checkDocument(d2, compiled, { type: 'policy' }) : () => [carryOver(previous, current), diffParagraphs(d1.blocks, d2.blocks)];
work();
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  work();
  times.push(performance.now() - started);
}
const result = carryOver(previous, current);
reportCase(median(times), {
  previousItems: previous.length,
  currentItems: current.length,
  remaining: result.items.filter((i) => i.carry === 'remaining').length,
  resolved: result.resolved.length,
});
