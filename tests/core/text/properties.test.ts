import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeText, createTermMatcher, findPassives, lix, splitSentences, tokenize } from '../../../core/text/index.js';

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
/** Pieces that exercise the tricky paths: dots, abbreviations, blank lines, quotes, §, numbers. */
const piece = fc.constantFrom(
  '.', '..', '…', '!', '?', ' ', '\n\n', '\n', 't.ex.', 'm.m.', 'kap.', 'bl a', 't ex', '§', '§§', '1.', '2017:900', '13.00',
  '”', '"', '(', ')', '-', '–', 'A.', 'Skatteverket', 'värdegrundsarbetet', 'skickas', 'föreslås inrättas', 'IT-', "'", '\uD800', '\uDC00', '😀',
);
const swedishish = fc.array(fc.oneof(piece, fc.string({ unit: codeUnit, maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(swedishish, fc.string({ unit: codeUnit, maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));
const offset = fc.integer({ min: 0, max: 1_000_000 });

const matcher = createTermMatcher(['värdegrund', 'mod', 'ung', 'lika värde', 'opartisk', { term: 'kön', compounds: 'start' }]);

describe('text analysis on arbitrary strings', () => {
  it('tokenize never throws and its spans lie in the text, ordered and disjoint, selecting the token text', () => {
    fc.assert(
      fc.property(anyText, offset, (text, off) => {
        let previousEnd = off;
        for (const token of tokenize(text, off)) {
          expect(token.span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.span.end).toBeGreaterThan(token.span.start);
          expect(token.span.end).toBeLessThanOrEqual(off + text.length);
          expect(text.slice(token.span.start - off, token.span.end - off)).toBe(token.text);
          expect(token.lower).toBe(token.text.toLowerCase());
          previousEnd = token.span.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('splitSentences never throws; sentences are in the text, ordered, non-overlapping and never hold a blank line', () => {
    fc.assert(
      fc.property(anyText, offset, (text, off) => {
        let previousEnd = off;
        for (const sentence of splitSentences(text, off)) {
          expect(sentence.span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.span.end).toBeGreaterThan(sentence.span.start);
          expect(sentence.span.end).toBeLessThanOrEqual(off + text.length);
          expect(text.slice(sentence.span.start - off, sentence.span.end - off)).toBe(sentence.text);
          expect(sentence.text).not.toMatch(/\n[^\S\n]*\n/);
          previousEnd = sentence.span.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('analyzeText covers every token exactly once, and LIX, passives and term matching never throw', () => {
    fc.assert(
      fc.property(anyText, offset, (text, off) => {
        const sentences = analyzeText(text, off);
        expect(sentences.flatMap((s) => s.tokens.map((t) => t.span))).toEqual(tokenize(text, off).map((t) => t.span));
        const result = lix(sentences);
        expect(Number.isFinite(result.value)).toBe(true);
        for (const s of sentences) {
          for (const p of findPassives(s.tokens).passives) expect(p.span.end).toBeLessThanOrEqual(off + text.length);
          for (const hit of matcher.findInTokens(s.tokens)) {
            expect(hit.span.start).toBeGreaterThanOrEqual(s.span.start);
            expect(hit.span.end).toBeLessThanOrEqual(s.span.end);
            expect(hit.matchSpan.start).toBeGreaterThanOrEqual(hit.span.start);
            expect(hit.matchSpan.end).toBeLessThanOrEqual(hit.span.end);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
