import type { LocalizedText } from '../errors/localized-text.js';
import { lixOfBlocks } from '../text/lix.js';
import { passivesOf } from './passives-of.js';
import type { AnalysedDocument } from './analysed-document.js';

/** Readability figures of a document, shown next to the findings. */
export interface DocumentMetrics {
  readonly words: number;
  readonly sentences: number;
  readonly lix: number;
  readonly lixBand: LocalizedText;
  readonly averageSentenceWords: number;
  /** Sentences over 25 words (the plain-language information threshold). */
  readonly longSentences: number;
  readonly sentencesWithPassive: number;
  readonly doublePassives: number;
  readonly sections: readonly SectionMetrics[];
}

export interface SectionMetrics {
  readonly heading?: string;
  readonly blockId: string;
  readonly words: number;
  readonly lix: number;
  readonly lixBand: LocalizedText;
}

const LONG_SENTENCE_WORDS = 25;

/**
 * LIX counting rules are those of core/text (see lix.ts): words are runs of letters (numbers
 * and § are not words), a long word has more than six letters, each heading, list item and
 * table cell counts as a sentence, a colon does not end one.
 */
export function measureDocument(document: AnalysedDocument): DocumentMetrics {
  const overall = lixOfBlocks(document.blocks);
  let longSentences = 0;
  let sentencesWithPassive = 0;
  let doublePassives = 0;
  let counted = 0;
  for (const block of document.blocks) {
    for (const sentence of block.sentences) {
      if (sentence.wordCount > 0) counted++;
      if (sentence.wordCount > LONG_SENTENCE_WORDS) longSentences++;
      const passives = passivesOf(sentence);
      if (passives.passives.length > 0) sentencesWithPassive++;
      doublePassives += passives.doubles.length;
    }
  }
  return {
    words: overall.words,
    sentences: counted,
    lix: round1(overall.value),
    lixBand: { sv: overall.band.sv, en: overall.band.en },
    averageSentenceWords: counted > 0 ? round1(overall.words / counted) : 0,
    longSentences,
    sentencesWithPassive,
    doublePassives,
    sections: document.sections.map((section): SectionMetrics => {
      const result = lixOfBlocks(section.blocks);
      const blockId = section.blocks[0]?.block.id ?? '';
      const lixBand = { sv: result.band.sv, en: result.band.en };
      // Two literals rather than a conditional spread, which V8 builds slowly (a document has
      // hundreds of sections; this was half the time of the metrics).
      return section.heading
        ? { heading: section.heading.text, blockId, words: result.words, lix: round1(result.value), lixBand }
        : { blockId, words: result.words, lix: round1(result.value), lixBand };
    }),
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
