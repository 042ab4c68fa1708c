import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockBits } from '../../../core/check/prefilter/block-bits.js';

/** A block count and some rows of blocks below it. */
const rowsOfBlocks = fc.integer({ min: 0, max: 100 }).chain((blockCount) =>
  fc.record({
    blockCount: fc.constant(blockCount),
    rows: fc.array(fc.uniqueArray(fc.nat(Math.max(0, blockCount - 1)), { maxLength: blockCount }), { minLength: 1, maxLength: 4 }).map((rows) => (blockCount === 0 ? rows.map(() => []) : rows)),
  }),
);

function filled(bits: BlockBits, rows: readonly (readonly number[])[]): Uint32Array {
  const array = bits.rows(rows.length);
  rows.forEach((blocks, row) => blocks.forEach((block) => bits.add(array, row, block)));
  return array;
}

const sorted = (values: Iterable<number>): number[] => [...values].sort((a, b) => a - b);

describe('sets of blocks as bits', () => {
  it('unions, intersects and lists like sets of numbers', () => {
    fc.assert(
      fc.property(rowsOfBlocks, ({ blockCount, rows }) => {
        const bits = new BlockBits(blockCount);
        const array = filled(bits, rows);
        const all = rows.map((_, i) => i);
        expect(bits.list(bits.union(array, all))).toEqual(sorted(new Set(rows.flat())));
        const first = bits.union(array, [0]);
        expect(bits.list(first)).toEqual(sorted(rows[0] ?? []));
        const last = bits.union(array, [rows.length - 1]);
        const common = (rows[0] ?? []).filter((b) => (rows[rows.length - 1] ?? []).includes(b));
        expect(bits.list(bits.intersect(first, last))).toEqual(sorted(common));
        expect(bits.isEmpty(first)).toBe((rows[0] ?? []).length === 0);
      }),
    );
  });

  it('widens a set by the blocks on either side, never past the first or last block', () => {
    fc.assert(
      fc.property(rowsOfBlocks, fc.integer({ min: 0, max: 3 }), ({ blockCount, rows }, reach) => {
        const bits = new BlockBits(blockCount);
        const row = bits.union(filled(bits, rows), [0]);
        const expected = new Set<number>();
        for (const block of rows[0] ?? []) {
          for (let b = block - reach; b <= block + reach; b++) if (b >= 0 && b < blockCount) expected.add(b);
        }
        expect(bits.list(bits.widen(row, reach))).toEqual(sorted(expected));
      }),
    );
  });

  it('handles blocks on word boundaries', () => {
    const bits = new BlockBits(64);
    const row = bits.union(filled(bits, [[31, 32, 63]]), [0]);
    expect(bits.list(row)).toEqual([31, 32, 63]);
    expect(bits.list(bits.widen(row, 1))).toEqual([30, 31, 32, 33, 62, 63]);
  });
});
