import { describe, expect, it } from 'vitest';
import * as text from '../../../core/text/index.js';

describe('core/text public surface', () => {
  it('exports exactly the analysis API the rule engine builds on', () => {
    expect(Object.keys(text).sort()).toEqual(
      [
        'CHAR_DIGIT',
        'CHAR_LETTER',
        'CHAR_MARK',
        'CHAR_OTHER',
        'CHAR_SPACE',
        'DEFAULT_SENTENCE_LENGTH_THRESHOLDS',
        'LIX_LONG_WORD_LETTERS',
        'analyzeBlock',
        'analyzeBlocks',
        'analyzeText',
        'classAt',
        'createTermMatcher',
        'detectLanguage',
        'findLongSentences',
        'findPassives',
        'isLongWord',
        'isPassiveForm',
        'isWordLike',
        'letterCount',
        'lix',
        'lixBand',
        'lixBySection',
        'lixOfText',
        'splitSentences',
        'stem',
        'tokenize',
      ].sort(),
    );
  });
});
