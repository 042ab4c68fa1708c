import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiteralSets, requiredLiterals } from '../../../core/check/prefilter/required-literals.js';
import { AhoCorasick } from '../../../core/check/prefilter/aho-corasick.js';
import { foldString } from '../../../core/check/prefilter/fold-case.js';
import { builtinRuleExampleTexts, builtinRuleExpressions, builtinRuleSet as ruleSet } from '../../helpers/builtin-rule-expressions.js';

const expressions = builtinRuleExpressions;
const texts = builtinRuleExampleTexts;

function literalsFound(literals: readonly string[], text: string): boolean {
  let found = false;
  new AhoCorasick(literals).scan(text, () => (found = true));
  return found;
}

describe('required literals of a regular expression', () => {
  it('finds the literals every match must contain', () => {
    expect(requiredLiterals('sista ans[öo]kningsdag\\D{0,40}\\d')).toEqual(['sista ans']);
    expect(requiredLiterals('(?<![\\p{L}])(?:får|ska) inte uttala sig')).toEqual([' inte uttala sig']);
    expect([...(requiredLiterals('(?:lag|lagen|\\p{L}+förordningen)\\s\\(') ?? [])].sort()).toEqual(['förordningen', 'lag', 'lagen']);
    expect(requiredLiterals('Ärendet')).toEqual(['ärendet']);
  });

  it('gives up where a match can be made of classes alone', () => {
    expect(requiredLiterals('\\p{L}+')).toBeUndefined();
    expect(requiredLiterals('(?:ung|\\d+ år)?\\s*')).toBeUndefined();
    expect(requiredLiterals('ab|\\w+')).toBeUndefined();
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
