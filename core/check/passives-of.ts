import { findPassivesInSentence, type PassiveAnalysis } from '../text/passive.js';
import { TableSentence } from '../text/table-sentence.js';
import type { TokenTable } from '../text/token-table.js';
import type { AnalysedSentence } from './analysed-document.js';

/**
 * Analyses of analysed sentences, by token table and sentence ordinal: a document's sentences
 * share one table, so this costs one array slot per sentence. (A `WeakMap` entry per sentence
 * cost more than most sentences' analysis.)
 */
const byTable = new WeakMap<TokenTable, Array<PassiveAnalysis | undefined>>();
/** Other sentences (built by hand rather than by the analysis). */
const bySentence = new WeakMap<AnalysedSentence, PassiveAnalysis>();

/** The passive analysis of a sentence, computed once however many rules and metrics ask. */
export function passivesOf(sentence: AnalysedSentence): PassiveAnalysis {
  if (sentence instanceof TableSentence) {
    const analyses = analysesOf(sentence.table);
    let analysis = analyses[sentence.ordinal];
    if (!analysis) {
      analysis = findPassivesInSentence(sentence);
      while (analyses.length <= sentence.ordinal) analyses.push(undefined);
      analyses[sentence.ordinal] = analysis;
    }
    return analysis;
  }
  let analysis = bySentence.get(sentence);
  if (!analysis) {
    analysis = findPassivesInSentence(sentence);
    bySentence.set(sentence, analysis);
  }
  return analysis;
}

function analysesOf(table: TokenTable): Array<PassiveAnalysis | undefined> {
  let analyses = byTable.get(table);
  if (!analyses) {
    analyses = [];
    byTable.set(table, analyses);
  }
  return analyses;
}
