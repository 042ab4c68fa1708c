import { principleById } from '../../principles/principles.js';
import type { CoverageRule } from '../../rules/rule-types.js';
import type { AnalysedDocument } from '../analysed-document.js';
import type { Emit, RuleRunner } from '../finding-draft.js';
import type { CoverageReport } from '../value-word-coverage.js';

/**
 * Coverage: one finding for each principle the document says (almost) nothing about, naming
 * the principles it does address. It reads the coverage report the engine computes once.
 */
export function compileCoverageRule(rule: CoverageRule, coverageOf: (document: AnalysedDocument) => CoverageReport): RuleRunner {
  return {
    rules: [rule],
    run(document: AnalysedDocument, emit: Emit) {
      const report = coverageOf(document);
      const covered = report.principles.filter((p) => p.hits >= rule.minHits).map((p) => principleById(p.principle).name);
      const coveredText = {
        sv: covered.length > 0 ? covered.map((n) => n.sv.toLowerCase()).join(', ') : 'ingen av principerna',
        en: covered.length > 0 ? covered.map((n) => n.en.toLowerCase()).join(', ') : 'none of the principles',
      };
      for (const principle of rule.principles) {
        const coverage = report.principles.find((p) => p.principle === principle);
        if ((coverage?.hits ?? 0) >= rule.minHits) continue;
        // The finding is about the uncovered principle, so it takes that principle's first sub-value.
        const subValue = principleById(principle).subValues[0]?.id ?? rule.subValue;
        emit({ rule: { ...rule, principle, subValue }, data: { principle: principleById(principle).name, covered: coveredText } });
      }
    },
  };
}
