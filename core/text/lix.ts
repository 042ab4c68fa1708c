import type { AnalyzedSentence } from './sentence.js';
import type { Token } from './token.js';
import { CHAR_LETTER, classAt } from './char-class.js';
import { analyzeText } from './analyze-text.js';
import { TableSentence } from './table-sentence.js';

/** LIX readability bands (Björnsson), with their usual Swedish names. */
export type LixBandId = 'very-easy' | 'easy' | 'medium' | 'difficult' | 'very-difficult';

export interface LixBand {
  readonly id: LixBandId;
  readonly sv: string;
  readonly en: string;
}

const BANDS: readonly LixBand[] = [
  { id: 'very-easy', sv: 'mycket lättläst', en: 'very easy' },
  { id: 'easy', sv: 'lättläst', en: 'easy' },
  { id: 'medium', sv: 'medelsvår', en: 'medium' },
  { id: 'difficult', sv: 'svår', en: 'difficult' },
  { id: 'very-difficult', sv: 'mycket svår', en: 'very difficult' },
];

/**
 * The band of a LIX value: below 30 very easy, [30, 40) easy, [40, 50) medium, [50, 60) difficult
 * (typical official text), 60 and above very difficult. A boundary value belongs to the harder band.
 */
export function lixBand(value: number): LixBand {
  const index = value < 30 ? 0 : value < 40 ? 1 : value < 50 ? 2 : value < 60 ? 3 : 4;
  return BANDS[index] as LixBand;
}

/** A LIX measurement and the counts it came from. */
export interface LixResult {
  /** words / sentences + 100 × longWords / words, unrounded; 0 for a text without words. */
  readonly value: number;
  readonly words: number;
  readonly longWords: number;
  readonly sentences: number;
  readonly band: LixBand;
}

/** Words longer than this many letters are long words in LIX. */
export const LIX_LONG_WORD_LETTERS = 6;

/** Counts the letters of a token: hyphens, apostrophes, dots and digits are not letters. */
export function letterCount(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i += 1) if (classAt(text, i) === CHAR_LETTER) letters += 1;
  return letters;
}

/** True for a LIX long word: a word token with more than six letters. */
export function isLongWord(token: Token): boolean {
  return token.kind === 'word' && token.letters > LIX_LONG_WORD_LETTERS;
}

/**
 * LIX (läsbarhetsindex, Björnsson 1968) of analysed sentences, with these counting rules:
 * - a word is a word token (a run of letters, inner hyphens and apostrophes included, so a
 *   hyphenated compound such as "IT-stöd" is one word) or an abbreviation token ("t.ex.", "bl a"
 *   are one word each). Numbers ("2017:900", "13.00") and § are not words;
 * - a long word has more than six letters, counting letters only ("IT-stöd" has six letters and
 *   is not long; an abbreviation is never long in practice);
 * - a sentence is a sentence from the splitter that holds at least one word. So a heading, a list
 *   item or a table cell without a full stop is a sentence, and a colon does not end one
 *   ("Mål: Att …" is one sentence);
 * - a text without words has LIX 0 (band "very easy"), so that an empty section is never flagged.
 */
export function lix(sentences: readonly AnalyzedSentence[]): LixResult {
  const counts: LixCounts = { words: 0, longWords: 0, sentences: 0 };
  for (const sentence of sentences) countSentence(sentence, counts);
  return lixOfCounts(counts);
}

/**
 * {@link lix} of the sentences of several blocks taken together (a section, a document),
 * without joining them into one array first.
 */
export function lixOfBlocks(blocks: ReadonlyArray<{ readonly sentences: readonly AnalyzedSentence[] }>): LixResult {
  const counts: LixCounts = { words: 0, longWords: 0, sentences: 0 };
  for (const block of blocks) for (const sentence of block.sentences) countSentence(sentence, counts);
  return lixOfCounts(counts);
}

interface LixCounts {
  words: number;
  longWords: number;
  sentences: number;
}

function countSentence(sentence: AnalyzedSentence, counts: LixCounts): void {
  if (sentence instanceof TableSentence) {
    // Counted once when the sentence was analysed.
    if (sentence.wordCount > 0) counts.sentences += 1;
    counts.words += sentence.wordCount;
    counts.longWords += sentence.longWords;
    return;
  }
  let sentenceWords = 0;
  for (const token of sentence.tokens) {
    if (token.kind === 'word') {
      sentenceWords += 1;
      if (isLongWord(token)) counts.longWords += 1;
    } else if (token.kind === 'abbreviation') {
      sentenceWords += 1;
    }
  }
  if (sentenceWords > 0) counts.sentences += 1;
  counts.words += sentenceWords;
}

function lixOfCounts({ words, longWords, sentences }: LixCounts): LixResult {
  const value = words === 0 ? 0 : words / sentences + (100 * longWords) / words;
  return { value, words, longWords, sentences, band: lixBand(value) };
}

/** LIX of a plain text (blank lines separate blocks). */
export function lixOfText(text: string): LixResult {
  return lix(analyzeText(text));
}
