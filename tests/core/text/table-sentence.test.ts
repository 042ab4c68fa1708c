import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, createTermMatcher, findPassives, lix, tokenize, type AnalyzedSentence } from '../../../core/text/index.js';
import { findPassivesInSentence } from '../../../core/text/passive.js';

/**
 * Sentences from analyzeText keep their tokens in a token table, and term matching, passives
 * and LIX read that table directly. These tests hold the table paths to the token-object paths
 * (the same functions on `sentence.tokens`, or on a plain copy of the sentence).
 */

const matcher = createTermMatcher([
  'värdegrund',
  'demokrati',
  'opartisk',
  'respekt',
  { term: 'kön', compounds: 'start' },
  { term: 'mod', endings: ['', 'et', 'ets'] },
  { term: 'ung', forms: ['yngre', 'yngst'] },
  'lika värde',
  'sexuell läggning',
  { term: 'äga rum', forms: ['ägde rum'] },
]);

/** The same sentence as a plain object: every reader takes its token-object path. */
const plain = (s: AnalyzedSentence): AnalyzedSentence => ({ span: s.span, text: s.text, tokens: [...s.tokens], wordCount: s.wordCount });

function expectSamePaths(sentences: readonly AnalyzedSentence[]): void {
  for (const s of sentences) {
    expect(matcher.findInSentence(s)).toEqual(matcher.findInTokens(s.tokens));
    expect(findPassivesInSentence(s)).toEqual(findPassives(s.tokens));
  }
  expect(lix(sentences)).toEqual(lix(sentences.map(plain)));
}

const piece = fc.constantFrom(
  ' ', ' ', '. ', '\n\n', '\n', 't.ex.', 'kap.', 'bl a', '§', '2017:900', '”', '(', '-', 'A.', 'Värdegrundsarbetet', 'värdegrund',
  'IT-säkerhet', 'demokratifrågor', 'opartiskhet', 'respektive', 'lika värde', 'Lika  värde', 'sexuell läggning', 'modet', 'yngre',
  'äga rum', 'ägde rum', 'skickas', 'föreslås inrättas', 'Beslut fattas', 'det fattas', 'vi ses', 'två års', 'Jonas', 'ſ', 'İ', '😀',
);
const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('analysed sentences read from the token table', () => {
  it('give the same term hits, passives and LIX as their token objects, on the seed action plan', async () => {
    const plan = await readFile(new URL('../../../examples/handlingsplan-vardegrund.txt', import.meta.url), 'utf8');
    const sentences = analyzeText(plan, 7);
    expect(sentences.length).toBeGreaterThan(50);
    expect(sentences.some((s) => matcher.findInSentence(s).length > 0)).toBe(true);
    expect(sentences.some((s) => findPassivesInSentence(s).passives.length > 0)).toBe(true);
    expectSamePaths(sentences);
  });

  it('give the same term hits, passives and LIX as their token objects, on arbitrary text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 10_000 }), (t, offset) => expectSamePaths(analyzeText(t, offset))),
      { numRuns: 300 },
    );
  });

  it('hold the tokens tokenize gives, with text and spans, and serialise to plain data', () => {
    const t = 'Värdegrunden gäller alla. Beslut fattas av GD, t.ex. i kap. 3!';
    const sentences = analyzeText(t, 100);
    const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    expect(json(sentences.flatMap((s) => s.tokens))).toEqual(json(tokenize(t, 100)));
    expect(JSON.parse(JSON.stringify(sentences[0]))).toEqual({
      span: { start: 100, end: 125 },
      text: 'Värdegrunden gäller alla.',
      tokens: [
        { kind: 'word', text: 'Värdegrunden', lower: 'värdegrunden', span: { start: 100, end: 112 }, letters: 12 },
        { kind: 'word', text: 'gäller', lower: 'gäller', span: { start: 113, end: 119 }, letters: 6 },
        { kind: 'word', text: 'alla', lower: 'alla', span: { start: 120, end: 124 }, letters: 4 },
        { kind: 'punctuation', text: '.', lower: '.', span: { start: 124, end: 125 }, letters: 0 },
      ],
      wordCount: 3,
    });
  });
});

describe('offsets of analysed text', () => {
  it('stay exact for any caller offset, however large', () => {
    const offset = 2 ** 40;
    const [sentence] = analyzeText('Värdegrunden gäller.', offset);
    expect(sentence?.span).toEqual({ start: offset, end: offset + 20 });
    expect(sentence?.tokens[1]?.span).toEqual({ start: offset + 13, end: offset + 19 });
    expect(matcher.findInSentence(sentence!)[0]?.span).toEqual({ start: offset, end: offset + 12 });
  });
});
