import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, compileProbe, nextSearchStart } from '../../../core/check/prefilter/fast-probe.js';
import { builtinRuleExampleTexts, builtinRuleExpressions } from '../../helpers/builtin-rule-expressions.js';

const expressions = builtinRuleExpressions;
const texts = builtinRuleExampleTexts;
/** Expressions with `^` or `$` (outside brackets): their probe may say yes more often, see below. */
const anchored = (source: string): boolean => /(?:^|[^\\[])[\^$]/.test(source.replace(/\[(?:\\.|[^\]\\])*\]/g, ''));

function allMatches(matches: Iterable<RegExpExecArray>): [number, string][] {
  return [...matches].map((m) => [m.index, m[0]]);
}

describe('the fast probe of a regular expression', () => {
  it('answers exactly as the expression does, for every built-in rule expression on every rule example', () => {
    let matched = 0;
    const disagreements: string[] = [];
    for (const source of expressions) {
      const exact = new RegExp(source, 'iu');
      const probe = compileProbe(source);
      for (const text of texts) {
        const expected = exact.test(text);
        if (expected) matched++;
        if (probe.test(text) !== expected) disagreements.push(`${source} on ${text}`);
        // Probing for matches within parts (sentences), an anchored expression may say yes where the whole does not; never no where it does.
        if (expected && !compileProbe(source, undefined, { withinParts: true }).test(text)) disagreements.push(`within parts: ${source} on ${text}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(matched).toBeGreaterThan(200);
    expect(expressions.filter(anchored).length).toBeGreaterThan(0);
  });

  it('finds an expression anchored at the sentence start in any sentence of a block, not just the first', () => {
    const source = '^(?:han|hon)\\s+eller\\s+(?:hon|han)\\s+ska(?![\\p{L}])';
    const block = 'Dina arbetsuppgifter. Han eller hon ska kunna arbeta självständigt.';
    expect(new RegExp(source, 'iu').test(block)).toBe(false);
    expect(compileProbe(source).test(block)).toBe(false);
    expect(compileProbe(source, undefined, { withinParts: true }).test(block)).toBe(true);
    expect(compileProbe(source, undefined, { withinParts: true }).test('Dina arbetsuppgifter. Du ska kunna arbeta självständigt.')).toBe(false);
    // The matcher, run on the sentence itself, still holds the anchor.
    expect(allMatches(compileMatcher(source).matchAll('Han eller hon ska kunna arbeta.'))).toEqual([[0, 'Han eller hon ska']]);
    expect(allMatches(compileMatcher(source).matchAll('Vi vet att han eller hon ska kunna arbeta.'))).toEqual([]);
  });

  it('still respects the lookbehind it loosened: "lagen" alone is no age, "ålagen" is no "lagen"', () => {
    const probe = compileProbe('(?<![\\p{L}])lagen(?![\\p{L}])');
    expect(probe.test('Enligt lagen gäller')).toBe(true);
    expect(probe.test('Han är ålagen att')).toBe(false);
    const sfs = compileProbe('(?<=(?:lag|SFS)\\s?\\(?)(?<![\\p{N}])\\d{2}:\\d{1,4}');
    expect(sfs.test('SFS 17:900')).toBe(true);
    expect(sfs.test('Mötet börjar 10:30')).toBe(false);
  });

  it('loosens a leading character class but still demands it: "tala svenska som modersmål" needs a word before "som"', () => {
    const probe = compileProbe('(?<![\\p{L}])\\p{L}+\\s+som\\s+modersmål');
    expect(probe.test('Du ska tala svenska som modersmål.')).toBe(true);
    expect(probe.test('som modersmål')).toBe(false);
    expect(probe.test('12 som modersmål')).toBe(false);
  });

  it('keeps a lookbehind inside a negative lookahead, where loosening it would lose matches', () => {
    // Loosened, the lookahead would forbid every "media kontakt"; exactly, only one after an "x".
    const source = 'media(?!\\s(?<=x\\s)kontakt)';
    expect(new RegExp(source, 'iu').test('media kontakt')).toBe(true);
    expect(compileProbe(source).test('media kontakt')).toBe(true);
  });

  it('falls back to the exact expression when the loosened one would not compile', () => {
    const probe = compileProbe('(?<=(?<word>ab))c\\k<word>');
    expect(probe.test('abcab')).toBe(true);
    expect(probe.test('xcab')).toBe(false);
  });

  it('agrees with the expression on arbitrary text (property)', () => {
    const sources = expressions.filter((s) => s.includes('(?<'));
    const alphabet = fc.constantFrom(...'lagenSFS 0123456789:()äöå-.,mediajournalistintetillåtetfårskaattuttalasig'.split(''));
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')), fc.constantFrom(...texts), (source, noise, example) => {
        const text = `${noise} ${example} ${noise}`;
        expect(compileProbe(source).test(text)).toBe(new RegExp(source, 'iu').test(text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('the fast matcher of a regular expression', () => {
  it('finds exactly the matches matchAll finds, for every built-in rule expression on every rule example', () => {
    let found = 0;
    const disagreements: string[] = [];
    for (const source of expressions) {
      const matcher = compileMatcher(source);
      const global = new RegExp(source, 'giu');
      for (const text of texts) {
        const expected = JSON.stringify(allMatches(text.matchAll(global)));
        if (expected !== '[]') found++;
        if (JSON.stringify(allMatches(matcher.matchAll(text))) !== expected) disagreements.push(`${source} on ${text}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(found).toBeGreaterThan(200);
  });

  it('skips a position where only the loosened expression matches and goes on to the next', () => {
    const matcher = compileMatcher('(?<![\\p{L}])lagen');
    expect(allMatches(matcher.matchAll('ålagen och lagen, lagen'))).toEqual([[11, 'lagen'], [18, 'lagen']]);
  });

  it('agrees with matchAll on arbitrary text (property)', () => {
    const sources = expressions.filter((s) => s.includes('(?<'));
    const alphabet = fc.constantFrom(...'lagenSFS 0123456789:()äöå-.,mediajournalistintetillåtetfårskaattuttalasigavseende'.split(''));
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(alphabet, { maxLength: 60 }).map((chars) => chars.join('')), fc.constantFrom(...texts), (source, noise, example) => {
        const text = `${noise} ${example} ${noise} ${example}`;
        expect(allMatches(compileMatcher(source).matchAll(text))).toEqual(allMatches(text.matchAll(new RegExp(source, 'giu'))));
      }),
      { numRuns: 400 },
    );
  });

  it('steps through matches with exec as matchAll does, past empty matches and surrogate pairs', () => {
    const sources = ['(?<![\\p{L}])x*', 'x*', '(?<![\\p{L}])lagen', '\\b', '(?<=a)'];
    const unit = fc.constantFrom('x', 'a', 'lagen', ' ', '😀', 'å', '\ud83d');
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(unit, { maxLength: 20 }).map((parts) => parts.join('')), (source, text) => {
        const matcher = compileMatcher(source);
        const stepped: [number, string][] = [];
        for (let match = matcher.exec(text, 0); match; match = matcher.exec(text, nextSearchStart(text, match))) stepped.push([match.index, match[0]]);
        expect(stepped).toEqual(allMatches(text.matchAll(new RegExp(source, 'giu'))));
      }),
      { numRuns: 400 },
    );
  });
});
