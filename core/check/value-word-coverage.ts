import type { PrincipleId } from '../principles/principles.js';
import { PRINCIPLE_IDS } from '../principles/principles.js';
import type { Span } from '../model/span.js';
import type { ValueWord } from '../rules/rule-types.js';
import { createTermMatcher, type TermMatcher } from '../text/term-matcher.js';
import type { AnalysedDocument } from './analysed-document.js';
import { toMatcherCompound } from './kinds/term-runner.js';

/** One value word found in the document. */
export interface ValueWordHit {
  readonly word: string;
  readonly principles: readonly PrincipleId[];
  readonly span: Span;
  /** The text as it stands ("värdegrundsarbetet" for the word "värdegrund"). */
  readonly text: string;
  readonly blockId: string;
}

/** How much the document says about one principle. */
export interface PrincipleCoverage {
  readonly principle: PrincipleId;
  /** Value-word hits that express this principle. */
  readonly hits: number;
  /** Distinct value words found, most frequent first. */
  readonly words: readonly { readonly word: string; readonly count: number }[];
}

export interface CoverageReport {
  readonly principles: readonly PrincipleCoverage[];
  readonly hits: readonly ValueWordHit[];
}

/** A value-word matcher built once per rule set. */
export interface ValueWordIndex {
  readonly words: readonly ValueWord[];
  readonly matcher: TermMatcher;
}

export function buildValueWordIndex(list: readonly ValueWord[]): ValueWordIndex {
  const words = mergeValueWords(list);
  const definitions = words.flatMap((word, index) =>
    [word.word, ...word.forms].map((form) => ({
      term: form,
      id: String(index),
      ...(form.includes(' ') ? {} : { compounds: toMatcherCompound(word.compounds) }),
    })),
  );
  return { words, matcher: createTermMatcher(definitions) };
}

/**
 * One entry per word, whatever its case or the packs that list it: the seed slides capitalise
 * every word ("Empati") and an agency pack may list the same word in lower case with other
 * principles. Principles and forms are merged; the word is shown in lower case.
 */
function mergeValueWords(list: readonly ValueWord[]): ValueWord[] {
  const byWord = new Map<string, ValueWord>();
  for (const entry of list) {
    const key = entry.word.toLowerCase();
    const earlier = byWord.get(key);
    byWord.set(
      key,
      earlier
        ? {
            ...earlier,
            principles: [...new Set([...earlier.principles, ...entry.principles])],
            forms: [...new Set([...earlier.forms, ...entry.forms])],
          }
        : { ...entry, word: key },
    );
  }
  return [...byWord.values()];
}

/**
 * Counts value words per principle: the coverage report ("the document addresses legality and
 * service, says nothing about objectivity"). A word mapped to two principles counts for both.
 */
export function measureCoverage(document: AnalysedDocument, index: ValueWordIndex): CoverageReport {
  const hits: ValueWordHit[] = [];
  for (const block of document.blocks) {
    for (const sentence of block.sentences) {
      let lastEnd = -1;
      for (const hit of index.matcher.findInSentence(sentence)) {
        const word = index.words[Number(hit.id)];
        // Overlapping forms of different words ("allas lika värde" and "lika värde") count once.
        if (!word || hit.span.start < lastEnd) continue;
        lastEnd = hit.span.end;
        hits.push({ word: word.word, principles: word.principles, span: hit.span, text: hit.text, blockId: block.block.id });
      }
    }
  }
  const principles = PRINCIPLE_IDS.map((principle) => {
    const counts = new Map<string, number>();
    for (const hit of hits) if (hit.principles.includes(principle)) counts.set(hit.word, (counts.get(hit.word) ?? 0) + 1);
    const words = [...counts].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'sv'));
    return { principle, hits: words.reduce((sum, w) => sum + w.count, 0), words };
  });
  return { principles, hits };
}
