import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiteralSets, requiredLiterals } from '../../../core/check/prefilter/required-literals.js';
import { AhoCorasick } from '../../../core/check/prefilter/aho-corasick.js';
import { foldString } from '../../../core/check/prefilter/fold-case.js';
import { allOf, LiteralPrefilter } from '../../../core/check/prefilter/literal-prefilter.js';
import { analyseDocument } from '../../../core/check/analyse-document.js';
import { documentFromText } from '../../../core/import/index.js';
import { builtinRuleExampleTexts, builtinRuleExpressions, builtinRuleSet as ruleSet } from '../../helpers/builtin-rule-expressions.js';

const expressions = builtinRuleExpressions;
const texts = builtinRuleExampleTexts;

function literalsFound(literals: readonly string[], text: string): boolean {
  let found = false;
  new AhoCorasick(literals).scan(text, () => (found = true));
  return found;
}

/** Case folded, every white-space character read as a space: how the automaton compares. */
const scanFold = (text: string): string => foldString(text).replace(/\s/gu, ' ');

/** Every (literal, end) occurrence, found by the slowest obvious method. */
function naiveOccurrences(literals: readonly string[], text: string): string[] {
  const folded = scanFold(text);
  const found: string[] = [];
  for (let end = 1; end <= text.length; end++) {
    literals.forEach((literal, id) => {
      const start = end - literal.length;
      if (start >= 0 && folded.slice(start, end) === scanFold(literal)) found.push(`${id}@${end}`);
    });
  }
  return found.sort();
}

describe('the Aho–Corasick automaton', () => {
  it('reports every occurrence of every literal, overlapping and nested ones too, ignoring case', () => {
    const literals = ['för', 'förvaltning', 'valt', 'ning', 'ÅR', 'ö', 'örat', 'Σ', 'σκ'];
    const occurrences: string[] = [];
    new AhoCorasick(literals).scan('Förvaltningen år FÖRVALTNING örat ΣΚ', (id, end) => occurrences.push(`${id}@${end}`));
    expect(occurrences.sort()).toEqual(naiveOccurrences(literals, 'Förvaltningen år FÖRVALTNING örat ΣΚ'));
    expect(occurrences).toContain('1@28'); // FÖRVALTNING, in capitals
    expect(occurrences).toContain('7@35'); // Σ folds to σ
  });

  it('reads a space in a literal as any one white-space character, as \\s is', () => {
    const found: number[] = [];
    new AhoCorasick(['ses över']).scan('ses över, ses\növer, ses\u00a0över, ses\u2009över, sesöver, ses  över', (_, end) => found.push(end));
    expect(found).toEqual([8, 18, 28, 38]);
    expect(requiredLiterals('(?<![\\p{L}])ses\\söver')).toEqual(['ses över']);
  });

  it('agrees with a naive search on random literals and texts, including letters beyond Latin-1', () => {
    const unit = fc.constantFrom('a', 'b', 'A', 'å', 'Å', 'ö', 'σ', 'Σ', ' ', '.', 'ſ', 's', 'K', '\u212A');
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(unit, { maxLength: 40 }), (literals, parts) => {
        const text = parts.join('');
        const occurrences: string[] = [];
        new AhoCorasick(literals).scan(text, (id, end) => occurrences.push(`${id}@${end}`));
        expect(occurrences.sort()).toEqual(naiveOccurrences(literals, text));
      }),
      { numRuns: 300 },
    );
  });

  // 5,000 pseudo-random 9-letter literals give over 35,000 states (the built-in rules have some
  // 33,000: more than a signed 16-bit table held); 10,000 give over 65,536, the 32-bit table.
  it.each([5000, 10_000])('works the same with %i literals, more states than a small transition table holds (a large own rule pack)', (count) => {
    const letters = 'abcdefghijklmnopqrstuvwxyzåäö';
    let seed = 12345;
    const nextLetter = (): string => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return letters[seed % letters.length] as string;
    };
    const literals = Array.from({ length: count }, () => Array.from({ length: 9 }, nextLetter).join(''));
    const text = `${literals[0]} och ${literals[count - 1]?.toUpperCase()} samt ${literals[count >> 1]?.slice(0, 8)}`;
    const occurrences: string[] = [];
    new AhoCorasick(literals).scan(text, (id, end) => occurrences.push(`${id}@${end}`));
    expect(occurrences.sort()).toEqual(naiveOccurrences(literals, text));
    expect(occurrences.length).toBeGreaterThanOrEqual(2);
  });

  it('lists for every literal the parts of a text it ends in, once each, as the occurrences say', () => {
    const unit = fc.constantFrom('a', 'b', 'A', 'ö', 'Ö', ' ', '\n');
    const word = fc.array(unit, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 6 }),
        fc.array(unit, { maxLength: 40 }),
        fc.array(fc.nat(45), { minLength: 1, maxLength: 6 }),
        (literals, parts, cuts) => {
          const text = parts.join('');
          const partEnds = [...cuts].sort((x, y) => x - y);
          const partOf = (end: number): number => {
            const k = partEnds.findIndex((partEnd) => end <= partEnd);
            return k < 0 ? partEnds.length - 1 : k;
          };
          const expected: number[][] = literals.map(() => []);
          for (const occurrence of naiveOccurrences(literals, text)) {
            const [id, end] = occurrence.split('@').map(Number) as [number, number];
            expected[id]?.push(partOf(end));
          }
          const byLiteral: number[][] = literals.map(() => []);
          new AhoCorasick(literals).partsOfLiterals(text, partEnds, (literal, part) => byLiteral[literal]?.push(part));
          expect(byLiteral).toEqual(expected.map((list) => [...new Set(list)].sort((x, y) => x - y)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('required literals of a regular expression', () => {
  it('finds the literals every match must contain', () => {
    expect(requiredLiterals('sista ans[öo]kningsdag\\D{0,40}\\d')).toEqual(['sista ansökningsdag', 'sista ansokningsdag']);
    expect(requiredLiterals('(?<![\\p{L}])(?:får|ska) inte uttala sig')).toEqual(['får inte uttala sig', 'ska inte uttala sig']);
    // An optional part gives the literal with and without it.
    expect(requiredLiterals('(?:får|ska)\\s(?:du\\s)?inte')).toEqual(['får inte', 'får du inte', 'ska inte', 'ska du inte']);
    expect([...(requiredLiterals('(?:lag|lagen|\\p{L}+förordningen)\\s\\(') ?? [])].sort()).toEqual(['förordningen', 'lag', 'lagen']);
    expect(requiredLiterals('Ärendet')).toEqual(['ärendet']);
  });

  it('gives up where a match can be made of classes alone', () => {
    expect(requiredLiterals('\\p{L}+')).toBeUndefined();
    expect(requiredLiterals('(?:ung|\\d+ år)?\\s*')).toBeUndefined();
    expect(requiredLiterals('ab|\\w+')).toBeUndefined();
  });

  it('never takes a lone white space or letter for a required literal: they are in every block', () => {
    // " " (from \\s+) passed every block of running text and made half of the scan's hits.
    expect(requiredLiterals('(?:i|på)\\s+\\p{Lu}\\p{L}+')).toBeUndefined();
    expect(requiredLiterals('\\s+\\d+')).toBeUndefined();
    expect(requiredLiterals('(?:i|på)\\s+\\p{Lu}\\p{L}+ län')).toEqual([' län']);
    expect(requiredLiterals('\\d+\\s?§')).toEqual(['§', ' §']);
  });

  it('never misses a match of any built-in rule expression on any rule example', () => {
    let checked = 0;
    for (const source of expressions) {
      const literals = requiredLiterals(source);
      if (!literals) continue;
      const regex = new RegExp(source, 'iu');
      for (const text of texts) {
        if (regex.test(text)) {
          checked++;
          expect(literalsFound(literals, text), `${source} on ${text}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('every literal set of a pattern occurs in every text the pattern matches (the per-block AND is safe)', () => {
    let checked = 0;
    for (const source of expressions) {
      const sets = requiredLiteralSets(source);
      if (!sets) continue;
      const regex = new RegExp(source, 'iu');
      for (const text of texts) {
        const match = regex.exec(text);
        if (!match) continue;
        checked++;
        for (const set of sets) expect(literalsFound(set, text), `${source}: ${set.join('|')} in ${text}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('never misses a match on random text built from the expressions’ own words', () => {
    const pieces = [...new Set(expressions.flatMap((s) => requiredLiterals(s) ?? []))].flatMap((l) => [l, l.toUpperCase(), l.slice(1)]);
    const alphabet = fc.constantFrom(...pieces, ' ', '.', '§ ', '2017:900', 'Å', 'ö', '\n\n');
    const sample = expressions.filter((_, i) => i % 3 === 0);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const source of sample) {
          const literals = requiredLiterals(source);
          if (literals && new RegExp(source, 'iu').test(text)) expect(literalsFound(literals, text)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('folds case without changing lengths', () => {
    expect(foldString('ÅÄÖ SFS Kelvin')).toBe('åäö sfs kelvin');
    expect(foldString('İ').length).toBe(1);
  });

  it('can prefilter almost every built-in pattern (a rule that cannot is checked on every block)', () => {
    const patterns = ruleSet.rules.flatMap((r) => (r.kind === 'pattern' ? r.patterns.map((p) => ({ id: r.id, regex: p.regex })) : []));
    // One letter is a useless filter; one rare symbol such as "§" is a fine one.
    const weak = (literal: string): boolean => literal.length < 2 && /[\p{L}\p{N}\s]/u.test(literal);
    const unfiltered = patterns.filter((p) => (requiredLiterals(p.regex) ?? ['']).some(weak));
    expect(unfiltered.map((p) => `${p.id}: ${p.regex}`)).toEqual([]);
  });
});

describe('candidate blocks of a pattern with conditions in the same block', () => {
  const document = analyseDocument(
    documentFromText('Kön och ålder anges i ansökan.\n\nHandläggaren granskar extra noga.\n\nBesökarens kön kan ge anledning till extra kontroll.'),
    'policy',
  );

  it('are the blocks that hold a literal of the pattern and of every condition', () => {
    const prefilter = new LiteralPrefilter();
    const ground = prefilter.registerWithParts('(?<![\\p{L}])kön(?![\\p{L}])');
    const cue = prefilter.registerWithParts('(?<![\\p{L}])extra(?![\\p{L}])');
    expect(prefilter.candidateBlocks(document, ground)).toEqual([0, 2]);
    expect(prefilter.candidateBlocks(document, allOf([ground, cue]))).toEqual([2]);
  });

  it('find a block by a literal that contains a shorter one of the same set (only the shorter is scanned for)', () => {
    const prefilter = new LiteralPrefilter();
    const handle = prefilter.registerWithParts('(?<![\\p{L}])(?:könet|kön|extrakontroll|extra)(?![\\p{L}])');
    const other = analyseDocument(documentFromText('Inget här.\n\nKÖNET anges.\n\nEtt kön.\n\nEn Extrakontroll görs.'), 'policy');
    expect(prefilter.candidateBlocks(other, handle)).toEqual([1, 2, 3]);
  });

  it('ignore conditions without literals, and fall back to every block when nothing has one', () => {
    const prefilter = new LiteralPrefilter();
    const ground = prefilter.registerWithParts('(?<![\\p{L}])kön(?![\\p{L}])');
    const anything = prefilter.registerWithParts('\\p{L}+');
    expect(prefilter.candidateBlocks(document, allOf([ground, anything]))).toEqual([0, 2]);
    expect(prefilter.candidateBlocks(document, allOf([anything]))).toBe('all');
  });
});
