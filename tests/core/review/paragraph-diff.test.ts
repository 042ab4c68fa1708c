import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffParagraphs, myers } from '../../../core/review/paragraph-diff.js';
import { documentFromText } from '../../../core/import/index.js';

/** Applies an edit script to `a` and returns what it produces. */
function apply(a: readonly string[], b: readonly string[], steps: ReturnType<typeof myers>): string[] {
  const out: string[] = [];
  for (const step of steps) {
    if (step.kind === 'equal') out.push(a[step.index] as string);
    if (step.kind === 'insert') out.push(b[step.index] as string);
  }
  return out;
}

describe('Myers diff', () => {
  it('produces a script that turns a into b, with no more edits than needed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 25 }), fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 25 }), (a, b) => {
        const steps = myers(a, b);
        expect(apply(a, b, steps)).toEqual(b);
        const deletes = steps.filter((s) => s.kind === 'delete').map((s) => s.index);
        const equals = steps.filter((s) => s.kind === 'equal').map((s) => s.index);
        expect([...deletes, ...equals].sort((x, y) => x - y)).toEqual(a.map((_, i) => i));
        // An LCS-based script: edits = n + m - 2·LCS.
        expect(steps.filter((s) => s.kind !== 'equal').length).toBe(a.length + b.length - 2 * lcs(a, b));
      }),
      { numRuns: 300 },
    );
  });
});

function lcs(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
  return table[a.length]![b.length]!;
}

describe('paragraph diff of two drafts', () => {
  const v1 = documentFromText(
    ['Mediepolicy', 'Alla kontakter med media ska ske via kommunikationsenheten.', 'Chefen ansvarar för att policyn följs.', 'Policyn gäller från 1 januari.'].join('\n\n'),
  );
  const v2 = documentFromText(
    [
      'Mediepolicy',
      'Kommunikationsenheten svarar för myndighetens officiella kontakter med media. Din meddelarfrihet påverkas inte.',
      'Chefen ansvarar för att policyn följs.',
      'Frågor besvaras av kommunikationschefen.',
      'Policyn gäller från 1 januari.',
    ].join('\n\n'),
  );

  it('lists changed, added and removed paragraphs and leaves the unchanged ones out', () => {
    const changes = diffParagraphs(v1.blocks, v2.blocks);
    expect(changes.map((c) => c.kind)).toEqual(['changed', 'added']);
    expect(changes[0]?.before?.text).toContain('Alla kontakter med media');
    expect(changes[0]?.after?.text).toContain('officiella kontakter med media');
    expect(changes[1]?.after?.text).toBe('Frågor besvaras av kommunikationschefen.');
    expect(diffParagraphs(v2.blocks, v1.blocks).map((c) => c.kind)).toEqual(['changed', 'removed']);
  });

  it('ignores spacing and case changes and finds nothing between identical versions', () => {
    const respaced = documentFromText(v1.text.replace('Chefen ansvarar', 'Chefen  ansvarar').toUpperCase());
    expect(diffParagraphs(v1.blocks, respaced.blocks)).toEqual([]);
  });

  it('keeps big documents affordable', () => {
    const many = (prefix: string) => documentFromText(Array.from({ length: 3000 }, (_, i) => `${prefix} stycke nummer ${i} om värdegrunden.`).join('\n\n'));
    const started = performance.now();
    const changes = diffParagraphs(many('Ett').blocks, many('Ett annat').blocks);
    expect(changes.length).toBe(3000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
