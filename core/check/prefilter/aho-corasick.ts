import { foldUnit } from './fold-case.js';

/**
 * An Aho–Corasick automaton over case-folded literal strings: one pass over a text reports
 * every occurrence of every literal, whatever their number. Built once per rule set.
 */
export class AhoCorasick {
  /** goto[state] maps a code unit to the next state. */
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Literal ids that end in each state (including through failure links). */
  private readonly output: number[][] = [[]];

  constructor(literals: readonly string[]) {
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const unit = foldUnit(literal.charCodeAt(i));
        let next = this.goto[state]?.get(unit);
        if (next === undefined) {
          next = this.goto.length;
          this.goto.push(new Map());
          this.fail.push(0);
          this.output.push([]);
          this.goto[state]?.set(unit, next);
        }
        state = next;
      }
      this.output[state]?.push(id);
    });
    // Breadth-first: failure links point to the longest proper suffix that is also a prefix.
    const queue: number[] = [...(this.goto[0]?.values() ?? [])];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [unit, next] of this.goto[state] ?? []) {
        queue.push(next);
        let f = this.fail[state] ?? 0;
        while (f !== 0 && !this.goto[f]?.has(unit)) f = this.fail[f] ?? 0;
        const target = this.goto[f]?.get(unit);
        this.fail[next] = target !== undefined && target !== next ? target : 0;
        this.output[next]?.push(...(this.output[this.fail[next] ?? 0] ?? []));
      }
    }
  }

  /** Calls `found(literalId, endIndex)` for every occurrence in `text`, in text order. */
  scan(text: string, found: (literal: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = foldUnit(text.charCodeAt(i));
      let next = this.goto[state]?.get(unit);
      while (next === undefined && state !== 0) {
        state = this.fail[state] ?? 0;
        next = this.goto[state]?.get(unit);
      }
      state = next ?? 0;
      const outputs = this.output[state];
      if (outputs && outputs.length > 0) for (const id of outputs) found(id, i + 1);
    }
  }
}
