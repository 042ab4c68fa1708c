import type { Vocabulary } from './vocabulary.js';

/**
 * Answers about words, computed once per distinct word: an array indexed by the vocabulary id
 * of the word's lower-case form. The answer must depend on the lower-case form only.
 *
 * Why: a long document repeats a few thousand word forms in some hundred thousand tokens, and
 * every analysis (term matching, passives, balance) asks the same question of each repetition;
 * reading an array slot is far cheaper than hashing the string again. The memo serves one
 * vocabulary at a time: a token table from another vocabulary (a new one is started when the
 * current one is full) starts it afresh.
 */
export class WordMemo<T> {
  private vocabulary: Vocabulary | undefined;
  private values: Array<T | undefined> = [];

  /** @param compute the answer for a lower-case word form. */
  constructor(private readonly compute: (lower: string) => T) {}

  /** The answer for word `id` of `vocabulary`. */
  get(vocabulary: Vocabulary, id: number): T {
    if (vocabulary !== this.vocabulary) {
      this.vocabulary = vocabulary;
      this.values = [];
    }
    const values = this.values;
    const known = values[id];
    if (known !== undefined) return known;
    const value = this.compute(vocabulary.lowers[id] as string);
    // Filled up to `id` with undefined rather than leaving holes, so the array keeps fast elements.
    while (values.length <= id) values.push(undefined);
    values[id] = value;
    return value;
  }
}
