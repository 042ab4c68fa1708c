import type { AnalyzedSentence } from './sentence.js';

/** Word counts above which a sentence is long. */
export interface SentenceLengthThresholds {
  /** More words than this: information. */
  readonly info: number;
  /** More words than this: warning. Must be at least `info`. */
  readonly warning: number;
}

/** The plain-language defaults: information above 25 words, warning above 35. */
export const DEFAULT_SENTENCE_LENGTH_THRESHOLDS: SentenceLengthThresholds = { info: 25, warning: 35 };

/** A sentence longer than a threshold. */
export interface LongSentence {
  readonly sentence: AnalyzedSentence;
  /** Words in the sentence (words and abbreviations, as in LIX). */
  readonly words: number;
  readonly level: 'info' | 'warning';
}

/**
 * Sentences with more words than `thresholds.info` (level `info`) or `thresholds.warning`
 * (level `warning`), in text order. Words are counted as in LIX: numbers and § do not count.
 */
export function findLongSentences(
  sentences: readonly AnalyzedSentence[],
  thresholds: SentenceLengthThresholds = DEFAULT_SENTENCE_LENGTH_THRESHOLDS,
): LongSentence[] {
  const long: LongSentence[] = [];
  for (const sentence of sentences) {
    const words = sentence.wordCount;
    if (words > thresholds.warning) long.push({ sentence, words, level: 'warning' });
    else if (words > thresholds.info) long.push({ sentence, words, level: 'info' });
  }
  return long;
}
