import type { RequiredRule } from '../../rules/rule-types.js';
import type { AnalysedDocument } from '../analysed-document.js';
import type { Emit, RuleRunner } from '../finding-draft.js';
import type { LiteralPrefilter } from '../prefilter/literal-prefilter.js';

/**
 * Required elements: the document must contain at least one match of `anyOf` (a last
 * application date, a contact person, decision information). Absence is one finding about the
 * document as a whole, so it has no passage. With `when`, only documents matching one of its
 * expressions are checked (a policy that mentions media must say meddelarfrihet is unaffected).
 *
 * An element is found when an expression matches within a block together with its neighbour
 * on each side ("Sista ansökningsdag" in one table cell, the date in the next). Only blocks
 * holding one of the expression's required literals are looked at, so a 300-page document is
 * not searched end to end once per expression.
 */
export function compileRequiredRule(rule: RequiredRule, prefilter: LiteralPrefilter): RuleRunner {
  const compile = (source: string) => ({ regex: new RegExp(source, 'iu'), handle: prefilter.register(source) });
  const expressions = rule.anyOf.map(compile);
  const conditions = rule.when.map(compile);
  const matches = (document: AnalysedDocument, e: ReturnType<typeof compile>): boolean => {
    const candidates = prefilter.candidateBlocks(document, e.handle);
    if (candidates === 'all') return e.regex.test(document.document.text);
    return windows(document, candidates).some((window) => e.regex.test(window));
  };
  return {
    rules: [rule],
    run(document: AnalysedDocument, emit: Emit) {
      if (conditions.length > 0 && !conditions.some((c) => matches(document, c))) return;
      if (!expressions.some((e) => matches(document, e))) emit({ rule });
    },
  };
}

/** Text windows of three blocks around each candidate block; overlapping windows are merged. */
function windows(document: AnalysedDocument, candidates: readonly number[]): string[] {
  const text = document.document.text;
  const blocks = document.blocks;
  const result: string[] = [];
  let start = -1;
  let end = -1;
  for (const index of candidates) {
    const from = Math.max(0, index - 1);
    const to = Math.min(blocks.length - 1, index + 1);
    if (start >= 0 && from <= end + 1) {
      end = to;
      continue;
    }
    if (start >= 0) result.push(slice(text, blocks, start, end));
    start = from;
    end = to;
  }
  if (start >= 0) result.push(slice(text, blocks, start, end));
  return result;
}

function slice(text: string, blocks: AnalysedDocument['blocks'], first: number, last: number): string {
  return text.slice(blocks[first]?.block.span.start ?? 0, blocks[last]?.block.span.end ?? text.length);
}
