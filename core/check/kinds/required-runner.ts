import type { RequiredRule } from '../../rules/rule-types.js';
import type { AnalysedDocument } from '../analysed-document.js';
import type { Emit, RuleRunner } from '../finding-draft.js';
import type { LiteralPrefilter } from '../prefilter/literal-prefilter.js';
import { compileDocumentExpression } from '../prefilter/document-expression.js';

/**
 * Required elements: the document must contain at least one match of `anyOf` (a last
 * application date, a contact person, decision information). Absence is one finding about the
 * document as a whole, so it has no passage. (A rule's `when`, which limits it to documents
 * about a subject, is checked by the engine for every kind.)
 */
export function compileRequiredRule(rule: RequiredRule, prefilter: LiteralPrefilter): RuleRunner {
  const expressions = rule.anyOf.map((source) => compileDocumentExpression(source, prefilter));
  return {
    rules: [rule],
    run(document: AnalysedDocument, emit: Emit) {
      if (!expressions.some((e) => e.matches(document))) emit({ rule });
    },
  };
}
