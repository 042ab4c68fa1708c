/**
 * The distinct word forms the tokenizer has seen, each with a small integer id for its
 * lower-case form.
 *
 * Why: a 100,000-word document has some 120,000 tokens but only a few thousand distinct forms,
 * and every rule asks the same questions of each form (is it a value word, a passive, a coded
 * word?). With an id per lower-case form, those answers are memoised in arrays indexed by id
 * (see word-memo.ts) instead of being recomputed, or looked up by string, for every token.
 *
 * Surface forms are found through an open-addressing hash table over the text's own
 * characters (kept in one character pool, so that a lookup touches few cache lines): a token
 * already seen costs a hash over its characters and one comparison, and allocates nothing; only
 * a new form is sliced and lower-cased. (A `Map` keyed by the sliced
 * surface needs a fresh string per token, which was a large part of the analysis time.)
 * "Värdegrund" and "värdegrund" are two surfaces with one lower-case id and one shared string.
 */
export class Vocabulary {
  /** Lower-case forms by id; ids are dense, from 0. */
  readonly lowers: string[] = [];
  private readonly lowerIds = new Map<string, number>();
  /**
   * Open addressing, four numbers per slot so that a lookup reads one cache line: the
   * surface's hash, where its characters start in {@link pool}, its length (0: empty slot)
   * and its lower-case id.
   */
  private slots = new Int32Array(4096 * SLOT);
  private mask = 4095;
  /** The characters of every surface form, one after the other. */
  private pool = new Uint16Array(16_384);
  private poolLength = 0;
  private surfaces = 0;
  /** Lower-case ids of single Latin-1 characters (punctuation, one-letter words); -1 until seen. */
  private readonly single = new Int32Array(0x100).fill(-1);

  /** Number of distinct surface forms held. */
  get surfaceCount(): number {
    return this.surfaces;
  }

  /** The id of `text.slice(start, end).toLowerCase()`, adding the form when it is new. */
  idOf(text: string, start: number, end: number): number {
    const length = end - start;
    if (length === 1) {
      const unit = text.charCodeAt(start);
      if (unit < 0x100) {
        const known = this.single[unit] as number;
        if (known >= 0) return known;
      }
    }
    let hash = HASH_SEED;
    for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), HASH_PRIME);
    return this.idOfHashed(text, start, end, hash);
  }

  /**
   * {@link idOf} for a caller that has already hashed the characters (the tokenizer does while
   * scanning a word): `hash` must be {@link HASH_SEED} folded with every code unit by
   * `hash = Math.imul(hash ^ unit, HASH_PRIME)`.
   */
  idOfHashed(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const slots = this.slots;
    const pool = this.pool;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const base = slot * SLOT;
      const slotLength = slots[base + 2] as number;
      if (slotLength === 0) break;
      if (slots[base] === hash && slotLength === length) {
        let k = slots[base + 1] as number;
        let i = start;
        while (i < end && pool[k] === text.charCodeAt(i)) {
          i += 1;
          k += 1;
        }
        if (i === end) return slots[base + 3] as number;
      }
      slot = (slot + 1) & mask;
    }
    return this.addSurface(text, start, end, hash, slot);
  }

  /** The id of a lower-case string already known, or -1. */
  idOfLower(lower: string): number {
    return this.lowerIds.get(lower) ?? -1;
  }

  private addSurface(text: string, start: number, end: number, hash: number, slot: number): number {
    const lower = text.slice(start, end).toLowerCase();
    let id = this.lowerIds.get(lower);
    if (id === undefined) {
      id = this.lowers.length;
      this.lowers.push(lower);
      this.lowerIds.set(lower, id);
    }
    const length = end - start;
    if (this.poolLength + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + length));
      pool.set(this.pool);
      this.pool = pool;
    }
    const poolStart = this.poolLength;
    for (let i = 0; i < length; i += 1) this.pool[poolStart + i] = text.charCodeAt(start + i);
    this.poolLength += length;
    const base = slot * SLOT;
    this.slots[base] = hash;
    this.slots[base + 1] = poolStart;
    this.slots[base + 2] = length;
    this.slots[base + 3] = id;
    this.surfaces += 1;
    if (length === 1 && text.charCodeAt(start) < 0x100) this.single[text.charCodeAt(start)] = id;
    // Keep the table at most half full, so that probe runs stay short.
    if (this.surfaces * 2 > this.mask + 1) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size * SLOT);
    const mask = size - 1;
    for (let base = 0; base < old.length; base += SLOT) {
      if (old[base + 2] === 0) continue;
      let slot = (old[base] as number) & mask;
      while (slots[slot * SLOT + 2] !== 0) slot = (slot + 1) & mask;
      slots.set(old.subarray(base, base + SLOT), slot * SLOT);
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** Numbers per hash table slot. */
const SLOT = 4;
/** FNV-1a over UTF-16 code units: the start value. */
export const HASH_SEED = 0x811c9dc5 | 0;
/** FNV-1a: the multiplier. */
export const HASH_PRIME = 0x01000193;

/**
 * Distinct surface forms after which a new vocabulary is started, which caps its memory
 * (about 20 MB) in a long-running process that checks many documents.
 */
const MAX_SURFACES = 200_000;
let current = new Vocabulary();

/**
 * The vocabulary new analyses use. Call it once at the start of an analysis and keep the
 * result for all of it: when the current vocabulary is full a new one is started, and ids of
 * one vocabulary mean nothing in another (analyses that started earlier keep theirs).
 */
export function currentVocabulary(): Vocabulary {
  if (current.surfaceCount >= MAX_SURFACES) current = new Vocabulary();
  return current;
}
