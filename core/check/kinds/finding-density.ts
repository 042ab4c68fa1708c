import type { MetricRule } from '../../rules/rule-types.js';
import { namesRule } from '../../rules/names-rule.js';
import type { AnalysedBlock, AnalysedSentence } from '../analysed-document.js';
import type { FindingDraft, RuleRunner } from '../finding-draft.js';

interface SentenceTally {
  readonly block: AnalysedBlock | undefined;
  /** The first word or phrase each counted rule found, by rule id. */
  readonly texts: Map<string, string>;
}

/**
 * The metric `finding-density`: in each sentence, how many distinct rules among `of` found a
 * word or a phrase (term and pattern findings; metric findings measure the sentence as a whole
 * and are not counted). One finding for a sentence above `above`: "Därest … åligger det … att
 * tillse att erforderligt svar …" is heavy in a way that three separate notes do not say.
 */
export function compileFindingDensityRule(rule: MetricRule): RuleRunner {
  const of = rule.of ?? [];
  // Asked for every finding of every check: the answer per rule id is kept.
  const named = new Map<string, boolean>();
  const counted = (draft: FindingDraft): boolean => {
    if (draft.sentence === undefined || draft.span === undefined) return false;
    let answer = named.get(draft.rule.id);
    if (answer === undefined) {
      answer = (draft.rule.kind === 'term' || draft.rule.kind === 'pattern') && namesRule(of, draft.rule.id);
      named.set(draft.rule.id, answer);
    }
    return answer;
  };
  return {
    rules: [rule],
    run() {
      // Nothing of its own to read: see fromFindings.
    },
    fromFindings(document, drafts, emit) {
      const tallies = new Map<AnalysedSentence, SentenceTally>();
      for (const draft of drafts) {
        if (!counted(draft)) continue;
        const sentence = draft.sentence as AnalysedSentence;
        let tally = tallies.get(sentence);
        if (!tally) {
          tally = { block: draft.block, texts: new Map() };
          tallies.set(sentence, tally);
        }
        const span = draft.span;
        if (span && !tally.texts.has(draft.rule.id)) tally.texts.set(draft.rule.id, document.document.text.slice(span.start, span.end));
      }
      for (const [sentence, tally] of tallies) {
        const value = tally.texts.size;
        if (value <= rule.above || value > (rule.upTo ?? Infinity) || sentence.wordCount < rule.minWords) continue;
        const terms = [...tally.texts.values()];
        emit({
          rule,
          span: sentence.span,
          ...(tally.block ? { block: tally.block } : {}),
          sentence,
          data: {
            value,
            threshold: rule.above,
            words: sentence.wordCount,
            terms: { sv: terms.map((t) => `”${t}”`).join(', '), en: terms.map((t) => `“${t}”`).join(', ') },
          },
        });
      }
    },
  };
}
