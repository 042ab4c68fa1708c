import type { Block } from '../model/document.js';
import type { AnalyzedSentence } from './sentence.js';
import { isWordLike, type Token } from './token.js';
import { tokenizeDetailed } from './tokenize.js';
import { sentenceRanges } from './split-sentences.js';
import { checkOffset } from './check-offset.js';

/**
 * Tokenizes `text` and splits it into sentences in one pass, returning every sentence with its
 * tokens and word count — everything the rule engine needs from the text layer. Spans are
 * offsets into `text` plus `offset` (0-based, half-open). Sentences are ordered, never overlap,
 * never cross a blank line, and together hold every token. See split-sentences.ts for the rules.
 */
export function analyzeText(text: string, offset = 0): AnalyzedSentence[] {
  checkOffset(offset);
  const result = tokenizeDetailed(text, offset);
  const { tokens } = result;
  return sentenceRanges(result).map(([first, last]) => {
    const sentenceTokens = tokens.slice(first, last);
    const start = (sentenceTokens[0] as Token).span.start;
    const end = (sentenceTokens[sentenceTokens.length - 1] as Token).span.end;
    let wordCount = 0;
    for (const token of sentenceTokens) if (isWordLike(token)) wordCount += 1;
    return { span: { start, end }, text: text.slice(start - offset, end - offset), tokens: sentenceTokens, wordCount };
  });
}

/** A block of an imported document with its sentences. */
export interface AnalyzedBlock {
  readonly block: Block;
  /** Spans are document offsets (the block's span start is added). */
  readonly sentences: readonly AnalyzedSentence[];
}

/**
 * Analyses one block. A heading, list item or table cell is at least one sentence even without
 * a full stop, because a block's end always ends a sentence.
 */
export function analyzeBlock(block: Block): AnalyzedBlock {
  return { block, sentences: analyzeText(block.text, block.span.start) };
}

/** Analyses every block of a document, in order. */
export function analyzeBlocks(blocks: readonly Block[]): AnalyzedBlock[] {
  return blocks.map(analyzeBlock);
}
