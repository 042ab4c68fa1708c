import type { RequiredRule } from '../../rules/rule-types.js';
import type { AnalysedDocument } from '../analysed-document.js';
import type { Emit, RuleRunner } from '../finding-draft.js';

/**
 * Required elements: the document must contain at least one match of `anyOf` (a last
 * application date, a contact person, decision information). Absence is one finding about the
 * document as a whole, so it has no passage. With `when`, only documents matching one of its
 * expressions are checked (a policy that mentions media must say meddelarfrihet is unaffected).
 */
export function compileRequiredRule(rule: RequiredRule): RuleRunner {
  const expressions = rule.anyOf.map((source) => new RegExp(source, 'iu'));
  const conditions = rule.when.map((source) => new RegExp(source, 'iu'));
  return {
    rules: [rule],
    run(document: AnalysedDocument, emit: Emit) {
      const text = document.document.text;
      if (conditions.length > 0 && !conditions.some((regex) => regex.test(text))) return;
      if (!expressions.some((regex) => regex.test(text))) emit({ rule });
    },
  };
}
