import { describe, expect, it } from 'vitest';
import { compileToMachineCode, onFirstUse } from '../../../core/check/prefilter/machine-code.js';
import { compileMatcher } from '../../../core/check/prefilter/fast-probe.js';

const SENTENCES = [
  'Medarbetare får inte uttala sig till media utan chefens godkännande.',
  'Enligt förvaltningslagen (2017:900) ska jäv anmälas – genast.',
  'Se SFS 2017-900 och 5 kap 2 § samt 18§.',
  '',
];

describe('compiling rule expressions to machine code on first use', () => {
  it('leaves what an expression finds, and where a global or sticky search stands, as they were', () => {
    for (const flags of ['iu', 'giu', 'yiu']) {
      const plain = new RegExp('(?<![\\p{L}])(?:media|jäv|SFS)\\p{L}*', flags);
      const prepared = new RegExp(plain.source, flags);
      prepared.lastIndex = 7;
      compileToMachineCode(prepared);
      expect(prepared.lastIndex).toBe(7);
      for (const text of SENTENCES) {
        plain.lastIndex = 0;
        prepared.lastIndex = 0;
        expect(prepared.exec(text)?.[0]).toBe(plain.exec(text)?.[0]);
        expect(prepared.lastIndex).toBe(plain.lastIndex);
      }
    }
  });

  it('prepares the expressions once, on the first call, not when the function is made', () => {
    let runs = 0;
    class CountingRegExp extends RegExp {
      override exec(text: string): RegExpExecArray | null {
        runs += 1;
        return super.exec(text);
      }
    }
    const counting = new CountingRegExp('x', 'g');
    const prepare = onFirstUse(counting);
    expect(runs).toBe(0);
    prepare();
    const afterFirst = runs;
    expect(afterFirst).toBeGreaterThan(0);
    prepare();
    prepare();
    expect(runs).toBe(afterFirst);
  });

  it('does not change the matches a rule matcher finds in a sentence with a two-byte character', () => {
    const source = '(?<![\\p{L}\\p{N}])\\d{1,2}\\s?kap(?![\\p{L}.])\\s?\\d{1,3}\\s?(?:[a-z]\\s)?§';
    const text = 'Se 5 kap 2 § och 6 kap. 3 § – samt 7kap 1 §.';
    const expected = [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index, m[0]]);
    const matcher = compileMatcher(source);
    expect([...matcher.matchAll(text)].map((m) => [m.index, m[0]])).toEqual(expected);
    expect(expected.length).toBe(2);
  });
});
