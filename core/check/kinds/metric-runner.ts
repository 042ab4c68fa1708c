import type { MetricRule } from '../../rules/rule-types.js';
import { lixOfBlocks } from '../../text/lix.js';
import { passivesOf } from '../passives-of.js';
import type { AnalysedBlock, AnalysedDocument, Section } from '../analysed-document.js';
import type { Emit, RuleRunner } from '../finding-draft.js';
import { compileFindingDensityRule } from './finding-density.js';

/**
 * Metrics against a threshold:
 * - `lix` per document or per section: a finding when LIX is above `above` (skipping texts
 *   under `minWords`, where LIX says little). Document-level findings have no passage;
 *   section findings point at the section's heading.
 * - `sentence-length` per sentence: a finding for each sentence with more than `above` words.
 * - `passive-chain` per sentence: double passives ("föreslås inrättas"); `above` is normally 1.
 * - `passive-share` per document: percentage of sentences with an s-passive.
 * - `finding-density` per sentence: distinct rules that found a word there (finding-density.ts).
 */
export function compileMetricRule(rule: MetricRule): RuleRunner {
  if (rule.metric === 'finding-density') return compileFindingDensityRule(rule);
  return {
    rules: [rule],
    run(document: AnalysedDocument, emit: Emit) {
      switch (rule.metric) {
        case 'lix':
          if (rule.scope === 'section') {
            for (const section of document.sections) emitLix(rule, section.blocks, emit, section);
          } else {
            emitLix(rule, document.blocks, emit);
          }
          return;
        case 'sentence-length':
          for (const block of document.blocks) {
            for (const sentence of block.sentences) {
              if (sentence.wordCount > rule.above && sentence.wordCount <= (rule.upTo ?? Infinity) && sentence.wordCount >= rule.minWords) {
                emit({ rule, span: sentence.span, block, sentence, data: { value: sentence.wordCount, threshold: rule.above, words: sentence.wordCount } });
              }
            }
          }
          return;
        case 'passive-chain':
          for (const block of document.blocks) {
            for (const sentence of block.sentences) {
              for (const double of passivesOf(sentence).doubles) {
                emit({ rule, span: double.span, block, sentence, data: { value: 2, threshold: rule.above, words: sentence.wordCount } });
              }
            }
          }
          return;
        case 'passive-share':
          emitPassiveShare(rule, document, emit);
          return;
        case 'finding-density':
          // Counted from the other rules' findings: see compileFindingDensityRule.
          return;
      }
    },
  };
}

function emitLix(rule: MetricRule, blocks: readonly AnalysedBlock[], emit: Emit, section?: Section): void {
  const result = lixOfBlocks(blocks);
  // LIX is read and reported as a whole number: compare what the message will say, so that
  // 60.2 is not reported as "LIX 60, above 60".
  const value = Math.round(result.value);
  if (result.words < rule.minWords || value <= rule.above || value > (rule.upTo ?? Infinity)) return;
  const data = { value, threshold: rule.above, band: { sv: result.band.sv, en: result.band.en }, words: result.words };
  const heading = section?.heading ? section.blocks[0] : undefined;
  if (heading) emit({ rule, span: heading.block.span, block: heading, data });
  else emit({ rule, data });
}

function emitPassiveShare(rule: MetricRule, document: AnalysedDocument, emit: Emit): void {
  let sentences = 0;
  let words = 0;
  let withPassive = 0;
  for (const block of document.blocks) {
    for (const sentence of block.sentences) {
      if (sentence.wordCount === 0) continue;
      sentences++;
      words += sentence.wordCount;
      if (passivesOf(sentence).passives.length > 0) withPassive++;
    }
  }
  if (words < rule.minWords || sentences === 0) return;
  const share = Math.round((100 * withPassive) / sentences);
  if (share > rule.above) emit({ rule, data: { value: share, threshold: rule.above, words } });
}
