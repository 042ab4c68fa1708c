import type { PatternRule } from '../../rules/rule-types.js';
import type { AnalysedDocument, AnalysedSentence } from '../analysed-document.js';
import type { Emit, RuleRunner } from '../finding-draft.js';
import { isQuotedMention } from './quoted-mention.js';
import { compileConditions, conditionHolds, type CompiledCondition } from './context-text.js';
import { allOf, type LiteralPrefilter, type PrefilterHandle } from '../prefilter/literal-prefilter.js';
import { compileMatcher, compileProbe, nextSearchStart, type Matcher, type Probe } from '../prefilter/fast-probe.js';

interface CompiledPattern {
  /** For finding every match in a sentence or block. */
  readonly matcher: Matcher;
  /** For the cheap "anything here at all?" test on a whole block. */
  readonly probe: Probe;
  readonly messageId: string;
  readonly prefilter: PrefilterHandle;
}

/**
 * Pattern rules: regular expressions over each sentence (or block), case-insensitive with
 * Unicode. A match is dropped when an `unless` condition holds around it (e.g. "på
 * myndighetens vägnar" next to "får inte uttala sig") or a `requires` condition does not.
 * A pattern only runs on blocks that contain one of its required literals (found for all
 * rules in one pass, see prefilter/), and each candidate block is probed once before its
 * sentences are searched: most blocks match nothing.
 */
export function compilePatternRule(rule: PatternRule, prefilter: LiteralPrefilter): RuleRunner {
  // A condition the match requires in itself or its block must hold inside the block, so the
  // block must also hold one of the condition's literals: broad safety-net rules, whose main
  // pattern is a common word ("kön", "uppdrag"), then run only where their other cues occur too.
  const blockRequirements = rule.requires
    .filter((c) => c.within === 'match' || c.within === 'block')
    .map((c) => prefilter.registerWithParts(c.regex));
  // A condition on the sentence may be met in the block or, for a list item, by the list's
  // lead-in ("Meriterande:" before "- skolgång i Sverige", see lead-in.ts): a block of its own.
  const sentenceRequirements = rule.requires.filter((c) => c.within === 'sentence').map((c) => prefilter.registerWithParts(c.regex));
  const patterns: CompiledPattern[] = rule.patterns.map((p) => {
    const matcher = compileMatcher(p.regex);
    // A rule matched sentence by sentence is probed on whole blocks: anchors must not count there.
    const probe = compileProbe(p.regex, matcher, { withinParts: rule.scope !== 'block' });
    return { matcher, probe, messageId: p.message, prefilter: allOf([prefilter.registerWithParts(p.regex), ...blockRequirements]) };
  });
  // Conditions on the sentence, block, section or document are the same for every match in a
  // unit: they are asked once per unit that has a match, not once per match (a common word as a
  // pattern gives many matches, and a safety net's conditions are long expressions).
  const onMatch = (c: CompiledCondition): boolean => c.within === 'match';
  const onUnit = (c: CompiledCondition): boolean => c.within !== 'match';
  const unless = compileConditions(rule.unless);
  const requires = compileConditions(rule.requires);
  const matchUnless = unless.filter(onMatch);
  const matchRequires = requires.filter(onMatch);
  const unitUnless = unless.filter(onUnit);
  const unitRequires = requires.filter(onUnit);

  return {
    rules: [rule],
    run(document: AnalysedDocument, emit: Emit) {
      // Probe each pattern on its candidate blocks, then visit the blocks that matched in
      // document order with the patterns that matched there (findings come out in order).
      const hits: { readonly block: number; readonly pattern: number }[] = [];
      patterns.forEach((pattern, patternIndex) => {
        let blocks = prefilter.candidateBlocks(document, pattern.prefilter);
        for (const requirement of sentenceRequirements) blocks = prefilter.filterWithLeadIn(document, blocks, requirement);
        const count = blocks === 'all' ? document.blocks.length : blocks.length;
        for (let i = 0; i < count; i++) {
          const blockIndex = blocks === 'all' ? i : (blocks[i] as number);
          const block = document.blocks[blockIndex];
          if (block && pattern.probe.test(block.block.text)) hits.push({ block: blockIndex, pattern: patternIndex });
        }
      });
      if (hits.length === 0) return;
      hits.sort((a, b) => a.block - b.block || a.pattern - b.pattern);
      for (let h = 0; h < hits.length; ) {
        const blockIndex = (hits[h] as { block: number }).block;
        const candidates: CompiledPattern[] = [];
        for (; h < hits.length && (hits[h] as { block: number }).block === blockIndex; h++) candidates.push(patterns[(hits[h] as { pattern: number }).pattern] as CompiledPattern);
        const block = document.blocks[blockIndex];
        if (!block) continue;
        const units: { text: string; start: number; sentence: AnalysedSentence | undefined }[] =
          rule.scope === 'block'
            ? [{ text: block.block.text, start: block.block.span.start, sentence: undefined }]
            : block.sentences.map((s) => ({ text: s.text, start: s.span.start, sentence: s }));
        for (const unit of units) {
          // One finding per unit and rule: several patterns of one rule matching the same
          // sentence are one problem for the reviewer, not several.
          let reported = false;
          // Undefined until the unit's first match: then whether its unit-wide conditions allow a finding.
          let unitAllows: boolean | undefined;
          for (const pattern of candidates) {
            if (reported || unitAllows === false) break;
            for (let match = pattern.matcher.exec(unit.text, 0); match; match = pattern.matcher.exec(unit.text, nextSearchStart(unit.text, match))) {
              if (match[0].length === 0) continue;
              const place = { matchText: match[0], sentence: unit.sentence, block, document };
              // Requires first: for broad rules they are what usually fails, and cheaply.
              unitAllows ??= unitRequires.every((c) => conditionHolds(c, place)) && !unitUnless.some((c) => conditionHolds(c, place));
              if (!unitAllows) break;
              if (!matchRequires.every((c) => conditionHolds(c, place))) continue;
              if (matchUnless.some((c) => conditionHolds(c, place))) continue;
              if (isQuotedMention(unit.text, match.index, match.index + match[0].length)) continue;
              const start = unit.start + (match.index ?? 0);
              emit({
                rule,
                messageId: pattern.messageId,
                span: { start, end: start + match[0].length },
                block,
                sentence: unit.sentence,
                data: { match: match[0] },
              });
              reported = true;
              break;
            }
          }
        }
      }
    },
  };
}
