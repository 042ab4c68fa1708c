import { findPassives, type PassiveAnalysis } from '../text/passive.js';
import type { AnalysedSentence } from './analysed-document.js';

const cache = new WeakMap<AnalysedSentence, PassiveAnalysis>();

/** The passive analysis of a sentence, computed once however many rules and metrics ask. */
export function passivesOf(sentence: AnalysedSentence): PassiveAnalysis {
  let analysis = cache.get(sentence);
  if (!analysis) {
    analysis = findPassives(sentence.tokens);
    cache.set(sentence, analysis);
  }
  return analysis;
}
