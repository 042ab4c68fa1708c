import type { Block } from '../model/document.js';
import type { AnalyzedSentence } from './sentence.js';
import { tokenizeInto } from './tokenize.js';
import { sentenceRanges } from './split-sentences.js';
import { checkOffset } from './check-offset.js';
import { currentVocabulary } from './vocabulary.js';
import { KIND_ABBREVIATION, KIND_WORD, TokenTable } from './token-table.js';
import { TableSentence } from './table-sentence.js';
import { LIX_LONG_WORD_LETTERS } from './lix.js';

/**
 * Tokenizes `text` and splits it into sentences in one pass, returning every sentence with its
 * tokens and word count — everything the rule engine needs from the text layer. Spans are
 * offsets into `text` plus `offset` (0-based, half-open). Sentences are ordered, never overlap,
 * never cross a blank line, and together hold every token. See split-sentences.ts for the rules.
 */
export function analyzeText(text: string, offset = 0): AnalyzedSentence[] {
  checkOffset(offset);
  return analyzeInto(new TokenTable(currentVocabulary(), text.length >> 2), text, offset);
}

/**
 * {@link analyzeText}, appending the tokens to `table`: a document's blocks share one table, so
 * analysing a document allocates a few arrays instead of objects per token. `offset` is not
 * checked here.
 */
export function analyzeInto(table: TokenTable, text: string, offset: number): TableSentence[] {
  const from = table.length;
  tokenizeInto(table, text, offset);
  const ranges = scratchRanges;
  const count = sentenceRanges(table, from, table.length, text, offset, ranges);
  const source = { text, offset };
  const { kinds, letters } = table;
  const sentences: TableSentence[] = [];
  for (let r = 0; r < count; r += 2) {
    const first = ranges[r] as number;
    const end = ranges[r + 1] as number;
    let wordCount = 0;
    let longWords = 0;
    for (let row = first; row < end; row += 1) {
      const kind = kinds[row];
      if (kind === KIND_WORD) {
        wordCount += 1;
        if ((letters[row] as number) > LIX_LONG_WORD_LETTERS) longWords += 1;
      } else if (kind === KIND_ABBREVIATION) {
        wordCount += 1;
      }
    }
    sentences.push(new TableSentence(table, first, end, source, wordCount, longWords));
  }
  return sentences;
}

/** Sentence ranges of the text being analysed, reused from call to call (a document has thousands of blocks). */
const scratchRanges: number[] = [];

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
