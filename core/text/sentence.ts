import type { Span } from '../model/span.js';
import type { Token } from './token.js';

/** One sentence of a text. */
export interface Sentence {
  /** From the first character of its first token to the end of its last token (no surrounding spaces). */
  readonly span: Span;
  /** The sentence's characters, exactly as in the text. */
  readonly text: string;
}

/** A sentence with its tokens, as {@link analyzeText} returns it. */
export interface AnalyzedSentence extends Sentence {
  /** The sentence's tokens in order; every token's span lies inside the sentence's span. */
  readonly tokens: readonly Token[];
  /** Words and abbreviations in the sentence (numbers, § and punctuation are not words). */
  readonly wordCount: number;
}
