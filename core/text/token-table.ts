import type { TokenKind } from './token.js';
import type { Vocabulary } from './vocabulary.js';

/** Token kinds as small numbers, for the table's `kinds` column. */
export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
export const KIND_PUNCTUATION = 2;
export const KIND_SECTION = 3;
export const KIND_ABBREVIATION = 4;

/** {@link TokenKind} by kind number. */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punctuation', 'section', 'abbreviation'];

/** The token follows a blank line (two line breaks with only white space between). */
export const FLAG_BLANK_LINE_BEFORE = 1;
/** The token follows exactly one line break. */
export const FLAG_LINE_BREAK_BEFORE = 2;
/** An abbreviation whose final dot may end a sentence ("m.m.", "osv."). */
export const FLAG_FINAL_MAY = 4;
/** An abbreviation whose final dot never ends a sentence ("t.ex.", "kap."). */
export const FLAG_FINAL_NEVER = 8;
/** An initial ("Anna B. Svensson"): its dot ends a sentence only in some contexts. */
export const FLAG_FINAL_INITIAL = 16;

/**
 * The tokens of one or more texts, column by column in typed arrays: what the analysis keeps
 * instead of an object per token.
 *
 * Why: a 100,000-word document has some 110,000 tokens. As objects they were the largest part
 * of the analysis time and most of its garbage collection, and every rule that walked them
 * paid for property loads and lazily built strings. In columns, the analysis allocates a few
 * arrays per document, and rules read a kind and a word id per token ({@link Vocabulary}
 * turns the id into the lower-case string, and memo tables indexed by id answer per distinct
 * word). {@link Token} objects are built from a table only when someone asks for them.
 *
 * Offsets are those of the analysed text plus the caller's offset (document offsets). A table
 * may hold the tokens of several texts (every block of a document): each sentence knows its
 * own text (see table-sentence.ts).
 */
export class TokenTable {
  /** Number of tokens. */
  length = 0;
  /** Kind numbers (`KIND_*`). */
  kinds: Uint8Array;
  /** `FLAG_*` bits: line breaks before the token, how an abbreviation's final dot may end a sentence. */
  flags: Uint8Array;
  /** Offsets as in spans. Float64, not Int32: a caller's offset may be any non-negative integer. */
  starts: Float64Array;
  ends: Float64Array;
  /** Letters in the token (`\p{L}`), for LIX long words. */
  letters: Int32Array;
  /** Ids of the lower-case forms in {@link vocabulary}. */
  ids: Int32Array;
  /**
   * Sentences made of this table's rows so far: each takes the next number as its ordinal, by
   * which analyses computed once per sentence are kept in arrays (see table-sentence.ts).
   */
  sentenceCount = 0;

  /** @param capacity expected number of tokens; the table grows as needed. */
  constructor(
    readonly vocabulary: Vocabulary,
    capacity = 64,
  ) {
    const size = Math.max(16, capacity);
    this.kinds = new Uint8Array(size);
    this.flags = new Uint8Array(size);
    this.starts = new Float64Array(size);
    this.ends = new Float64Array(size);
    this.letters = new Int32Array(size);
    this.ids = new Int32Array(size);
  }

  /** Appends a token; returns its index. */
  push(kind: number, flags: number, start: number, end: number, letters: number, id: number): number {
    const index = this.length;
    if (index === this.kinds.length) this.grow();
    this.kinds[index] = kind;
    this.flags[index] = flags;
    this.starts[index] = start;
    this.ends[index] = end;
    this.letters[index] = letters;
    this.ids[index] = id;
    this.length = index + 1;
    return index;
  }

  /** The lower-case form of token `index`. */
  lower(index: number): string {
    return this.vocabulary.lowers[this.ids[index] as number] as string;
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.flags = flags;
    const starts = new Float64Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Float64Array(size);
    ends.set(this.ends);
    this.ends = ends;
    this.letters = growInt32(this.letters, size);
    this.ids = growInt32(this.ids, size);
  }
}

function growInt32(array: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size);
  grown.set(array);
  return grown;
}
