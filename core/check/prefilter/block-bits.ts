/**
 * Sets of block indices as bit rows: `words` 32-bit words per row, several rows in one array.
 *
 * Why bits: the prefilter unions the blocks of every literal of a set and intersects the sets
 * of a pattern. Common literals ("för", "att") occur in most blocks of a long document, and as
 * sorted lists those unions were the largest allocation of a check; as bits a union is one OR
 * per 32 blocks and allocates one small row.
 */
export class BlockBits {
  /** Words per row: one bit per block. */
  readonly words: number;

  constructor(readonly blockCount: number) {
    this.words = Math.max(1, Math.ceil(blockCount / 32));
  }

  /** `rows` empty rows in one array. */
  rows(rows: number): Uint32Array {
    return new Uint32Array(rows * this.words);
  }

  /** Adds block `block` to row `row` of `bits`. */
  add(bits: Uint32Array, row: number, block: number): void {
    const at = row * this.words + (block >>> 5);
    bits[at] = (bits[at] as number) | (1 << (block & 31));
  }

  /** The union of the given rows of `bits`, as a new row. */
  union(bits: Uint32Array, rows: readonly number[]): Uint32Array {
    const words = this.words;
    const out = new Uint32Array(words);
    for (const row of rows) {
      const base = row * words;
      for (let w = 0; w < words; w++) out[w] = (out[w] as number) | (bits[base + w] as number);
    }
    return out;
  }

  /** `a` AND `b`, as a new row. */
  intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
    const out = new Uint32Array(this.words);
    for (let w = 0; w < this.words; w++) out[w] = (a[w] as number) & (b[w] as number);
    return out;
  }

  /** Every block within `reach` blocks of a block in `row` (itself included), as a new row. */
  widen(row: Uint32Array, reach: number): Uint32Array {
    let out = row.slice();
    for (let step = 0; step < reach; step++) {
      const next = out.slice();
      for (let w = 0; w < this.words; w++) {
        const word = out[w] as number;
        const below = w > 0 ? (out[w - 1] as number) >>> 31 : 0;
        const above = w + 1 < this.words ? ((out[w + 1] as number) & 1) << 31 : 0;
        next[w] = word | (word << 1) | below | (word >>> 1) | above;
      }
      out = next;
    }
    return this.withoutSpareBits(out);
  }

  /** A row with every block. */
  full(): Uint32Array {
    const out = new Uint32Array(this.words).fill(0xffffffff);
    return this.withoutSpareBits(out);
  }

  /** `row` with the bits past the last block cleared: they would name blocks that do not exist. */
  private withoutSpareBits(row: Uint32Array): Uint32Array {
    const spare = this.words * 32 - this.blockCount;
    if (spare > 0 && spare < 32) row[this.words - 1] = ((row[this.words - 1] as number) << spare) >>> spare;
    if (this.blockCount === 0) row.fill(0);
    return row;
  }

  /** Whether block `block` is in `row`. */
  has(row: Uint32Array, block: number): boolean {
    return (((row[block >>> 5] as number) >>> (block & 31)) & 1) === 1;
  }

  /** True when the row holds no block. */
  isEmpty(row: Uint32Array): boolean {
    for (let w = 0; w < this.words; w++) if (row[w] !== 0) return false;
    return true;
  }

  /** The blocks of a row, ascending. */
  list(row: Uint32Array): number[] {
    const out: number[] = [];
    for (let w = 0; w < this.words; w++) {
      let word = row[w] as number;
      while (word !== 0) {
        const low = word & -word;
        out.push(w * 32 + 31 - Math.clz32(low));
        word ^= low;
      }
    }
    return out;
  }
}
