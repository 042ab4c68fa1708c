import { foldUnit } from './fold-case.js';

/** Code units below this get a dense transition table; others go through a map. */
const DENSE = 256;

/** Case folding of Latin-1, precomputed (every Swedish letter is in it). */
const FOLD_LATIN1 = Uint16Array.from({ length: DENSE }, (_, unit) => foldUnit(unit));

/**
 * An Aho–Corasick automaton over case-folded literal strings: one pass over a text reports
 * every occurrence of every literal, whatever their number. Built once per rule set. The
 * transitions are precomputed into a full table for Latin-1 (which covers Swedish), so the
 * scan does one array read per character.
 */
export class AhoCorasick {
  /** dense[state * DENSE + unit] = next state (complete, failure links folded in). */
  private readonly dense: Int32Array;
  /** Transitions on other code units, with failure links followed at scan time. */
  private readonly sparse: Map<number, number>[];
  private readonly fail: Int32Array;
  /** Literal ids that end in each state (including through failure links); null when none. */
  private readonly output: (number[] | null)[];

  constructor(literals: readonly string[]) {
    const trie: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const unit = foldUnit(literal.charCodeAt(i));
        let next = trie[state]?.get(unit);
        if (next === undefined) {
          next = trie.length;
          trie.push(new Map());
          ends.push([]);
          trie[state]?.set(unit, next);
        }
        state = next;
      }
      ends[state]?.push(id);
    });
    const states = trie.length;
    const fail = new Int32Array(states);
    const dense = new Int32Array(states * DENSE);
    // Breadth-first, so a state's failure state is complete before the state itself.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const edges = trie[state] as Map<number, number>;
      for (let unit = 0; unit < DENSE; unit++) {
        const child = edges.get(unit);
        if (child !== undefined) {
          fail[child] = state === 0 ? 0 : (dense[(fail[state] ?? 0) * DENSE + unit] ?? 0);
          dense[state * DENSE + unit] = child;
          queue.push(child);
        } else {
          dense[state * DENSE + unit] = state === 0 ? 0 : (dense[(fail[state] ?? 0) * DENSE + unit] ?? 0);
        }
      }
      for (const [unit, child] of edges) {
        if (unit < DENSE) continue;
        let f = fail[state] ?? 0;
        while (f !== 0 && !trie[f]?.has(unit)) f = fail[f] ?? 0;
        const target = state === 0 ? 0 : (trie[f]?.get(unit) ?? 0);
        fail[child] = target !== child ? target : 0;
        queue.push(child);
      }
    }
    const output: (number[] | null)[] = new Array<number[] | null>(states).fill(null);
    for (const state of queue) {
      const own = ends[state] ?? [];
      const inherited = state === 0 ? null : output[fail[state] ?? 0];
      const all = inherited ? [...own, ...inherited] : own;
      output[state] = all.length > 0 ? all : null;
    }
    this.dense = dense;
    this.sparse = trie;
    this.fail = fail;
    this.output = output;
  }

  /** Calls `found(literalId, endIndex)` for every occurrence in `text`, in text order. */
  scan(text: string, found: (literal: number, end: number) => void): void {
    const { dense, sparse, fail, output } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const raw = text.charCodeAt(i);
      // Latin-1 folds through a table; the rest through the cached general folding.
      const unit = raw < DENSE ? (FOLD_LATIN1[raw] as number) : foldUnit(raw);
      if (unit < DENSE) {
        state = dense[state * DENSE + unit] ?? 0;
      } else {
        let next = sparse[state]?.get(unit);
        while (next === undefined && state !== 0) {
          state = fail[state] ?? 0;
          next = sparse[state]?.get(unit);
        }
        state = next ?? 0;
      }
      const outputs = output[state];
      if (outputs) for (const id of outputs) found(id, i + 1);
    }
  }
}
