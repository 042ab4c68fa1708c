export { CHAR_DIGIT, CHAR_LETTER, CHAR_MARK, CHAR_OTHER, CHAR_SPACE, classAt, type CharClass } from './char-class.js';
export { isWordLike, type Token, type TokenKind } from './token.js';
export { tokenize } from './tokenize.js';
export type { AnalyzedSentence, Sentence } from './sentence.js';
export { splitSentences } from './split-sentences.js';
export { analyzeBlock, analyzeBlocks, analyzeText, type AnalyzedBlock } from './analyze-text.js';
export { stem } from './stem.js';
export {
  createTermMatcher,
  type CompoundPosition,
  type TermDefinition,
  type TermHit,
  type TermHitPosition,
  type TermMatcher,
  type TermMatcherOptions,
} from './term-matcher.js';
export type { TermWordClass } from './term-forms.js';
export { isLongWord, letterCount, lix, lixBand, lixOfText, LIX_LONG_WORD_LETTERS, type LixBand, type LixBandId, type LixResult } from './lix.js';
export { lixBySection, type SectionLix } from './lix-sections.js';
export {
  DEFAULT_SENTENCE_LENGTH_THRESHOLDS,
  findLongSentences,
  type LongSentence,
  type SentenceLengthThresholds,
} from './sentence-length.js';
export { findPassives, isPassiveForm, type DoublePassive, type PassiveAnalysis, type PassiveVerb } from './passive.js';
export { detectLanguage, type LanguageDetection, type TextLanguage } from './detect-language.js';
