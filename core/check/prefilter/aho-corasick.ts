import { foldUnit } from './fold-case.js';

const SPACE = 0x20;
const WHITE_SPACE = /^\s$/u;
const scanUnits = new Map<number, number>();

/**
 * The unit a literal or a text character is compared as: case-folded, and every white-space
 * character (what `\s` matches) read as a space, so that a literal space stands for `\s`.
 * Cached: the scan asks this for every character above Latin-1.
 */
function scanUnit(unit: number): number {
  let scanned = scanUnits.get(unit);
  if (scanned === undefined) {
    scanned = WHITE_SPACE.test(String.fromCharCode(unit)) ? SPACE : foldUnit(unit);
    scanUnits.set(unit, scanned);
  }
  return scanned;
}

/** Code units handled through a precomputed table (every Swedish letter is below this). */
const LATIN1 = 256;
/** The symbol of characters that occur in no literal: from every state it leads to the root. */
const OTHER = 0;

/**
 * An Aho–Corasick automaton over case-folded literal strings: one pass over a text reports
 * every occurrence of every literal, whatever their number. Built once per rule set. A space in
 * a literal matches any one white-space character.
 *
 * Why a compressed alphabet: the built-in rules give some 1,300 literals and 5,800 states. A
 * full transition row per state over Latin-1 was 5.6 MB, so the scan missed the cache often.
 * Only the 45 characters that occur in literals get their own symbol (all others share
 * {@link OTHER}, which always returns to the root), which makes the table about 1 MB; with
 * output states numbered last (see the constructor), the bare scan of the bench text went from 9 to 6 ms.
 */
export class AhoCorasick {
  /** Symbol of each Latin-1 code unit, case folding included. */
  private readonly latin1Symbols: Uint16Array;
  /**
   * Symbol of every folded code unit that occurs in literals, for code units above Latin-1
   * (which may fold into Latin-1: the Kelvin sign is a "k").
   */
  private readonly foldedSymbols: Map<number, number>;
  /** Number of symbols, {@link OTHER} included. */
  private readonly width: number;
  /**
   * next[state * width + symbol] = next state: a complete table, failure links folded in.
   * States are numbered so that those where some literal ends come last, from
   * {@link firstOutputState} on: the scan tells them by one comparison.
   */
  private readonly next: Uint16Array | Uint32Array;
  /** The lowest number of a state where a literal ends; every state from here on is one. */
  private readonly firstOutputState: number;
  /** Literal ids that end in a state (through failure links too): outputIds[outputStart[s] .. outputStart[s + 1]). */
  private readonly outputStart: Int32Array;
  private readonly outputIds: Int32Array;
  private readonly literals: number;

  constructor(literals: readonly string[]) {
    const symbols = new Map<number, number>();
    const symbolOf = (unit: number): number => {
      let symbol = symbols.get(unit);
      if (symbol === undefined) {
        symbol = symbols.size + 1;
        symbols.set(unit, symbol);
      }
      return symbol;
    };
    const folded = literals.map((literal) => Array.from(literal, (_, i) => symbolOf(scanUnit(literal.charCodeAt(i)))));
    const width = symbols.size + 1;

    // The trie, as child lists per state.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    folded.forEach((literal, id) => {
      let state = 0;
      for (const symbol of literal) {
        let child = children[state]?.get(symbol);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]?.set(symbol, child);
        }
        state = child;
      }
      ends[state]?.push(id);
    });

    // Breadth-first, so that a state's failure state is complete before the state itself.
    const states = children.length;
    const fail = new Int32Array(states);
    const next = new Int32Array(states * width);
    const order: number[] = [0];
    for (let head = 0; head < order.length; head++) {
      const state = order[head] as number;
      const own = children[state] as Map<number, number>;
      for (let symbol = 1; symbol < width; symbol++) {
        const child = own.get(symbol);
        const viaFailure = state === 0 ? 0 : (next[(fail[state] as number) * width + symbol] as number);
        if (child === undefined) {
          next[state * width + symbol] = viaFailure;
        } else {
          fail[child] = viaFailure;
          next[state * width + symbol] = child;
          order.push(child);
        }
      }
    }

    const outputs: number[][] = new Array<number[]>(states);
    for (const state of order) {
      const inherited = state === 0 ? [] : (outputs[fail[state] as number] ?? []);
      outputs[state] = [...(ends[state] ?? []), ...inherited];
    }
    // Renumber: states without output first (the root stays 0), then those with output. Why: the
    // table must stay 16-bit to stay in the cache (33,000 states with the built-in rules, above
    // what a signed 16-bit marker for output states allowed; a 32-bit table made the scan of the
    // bench text some 50% slower), and "state >= firstOutputState" is as cheap as a sign test.
    const renumbered = new Int32Array(states);
    let nextNumber = 0;
    for (let state = 0; state < states; state++) if ((outputs[state]?.length ?? 0) === 0) renumbered[state] = nextNumber++;
    const firstOutputState = nextNumber;
    for (let state = 0; state < states; state++) if ((outputs[state]?.length ?? 0) > 0) renumbered[state] = nextNumber++;
    const table = states <= 0x10000 ? new Uint16Array(states * width) : new Uint32Array(states * width);
    const outputStart = new Int32Array(states + 1);
    const byNumber: number[][] = new Array<number[]>(states);
    for (let state = 0; state < states; state++) {
      const number = renumbered[state] as number;
      byNumber[number] = outputs[state] ?? [];
      for (let symbol = 0; symbol < width; symbol++) {
        table[number * width + symbol] = renumbered[next[state * width + symbol] as number] as number;
      }
    }
    for (let number = 0; number < states; number++) outputStart[number + 1] = (outputStart[number] as number) + (byNumber[number]?.length ?? 0);
    const outputIds = new Int32Array(outputStart[states] as number);
    byNumber.forEach((ids, number) => outputIds.set(ids, outputStart[number] as number));

    this.literals = literals.length;
    this.latin1Symbols = Uint16Array.from({ length: LATIN1 }, (_, unit) => symbols.get(scanUnit(unit)) ?? OTHER);
    this.foldedSymbols = symbols;
    this.width = width;
    this.next = table;
    this.firstOutputState = firstOutputState;
    this.outputStart = outputStart;
    this.outputIds = outputIds;
  }

  /**
   * Calls `found(literalId, endIndex)` for every occurrence in `text`, in text order: the scan of
   * {@link partsOfLiterals} with every character its own part, since one literal ends at most
   * once per position.
   */
  scan(text: string, found: (literal: number, end: number) => void): void {
    const partEnds = Array.from({ length: text.length }, (_, i) => i + 1);
    this.partsOfLiterals(text, partEnds, (literal, part) => found(literal, part + 1));
  }

  /**
   * Calls `found(literal, part)` once for every literal and every part of `text` it ends in,
   * in text order. Part k ends at `partEnds[k]` (ascending) and begins where part k - 1 ends;
   * the last part runs to the end of the text (with no part ends, the text is part 0). One pass.
   */
  partsOfLiterals(text: string, partEnds: readonly number[], found: (literal: number, part: number) => void): void {
    // Each literal is reported once per part, with the part kept alongside in the loop: a long
    // document has some 100,000 occurrences, and a callback for each was a third of the scan's
    // time.
    const { latin1Symbols, foldedSymbols, width, next, outputStart, outputIds, firstOutputState } = this;
    const lastPart = new Int32Array(this.literals).fill(-1);
    const lastIndex = Math.max(0, partEnds.length - 1);
    const length = text.length;
    let state = 0;
    let i = 0;
    // Part by part, so that the loop over characters has nothing else to watch.
    for (let part = 0; part <= lastIndex; part++) {
      const partEnd = part === lastIndex ? length : Math.min(length, partEnds[part] as number);
      for (; i < partEnd; i++) {
        const raw = text.charCodeAt(i);
        const symbol = raw < LATIN1 ? (latin1Symbols[raw] as number) : (foldedSymbols.get(scanUnit(raw)) ?? OTHER);
        if (symbol === OTHER) {
          state = 0;
          continue;
        }
        state = next[state * width + symbol] as number;
        if (state >= firstOutputState) {
          const last = outputStart[state + 1] as number;
          for (let k = outputStart[state] as number; k < last; k++) {
            const literal = outputIds[k] as number;
            if (lastPart[literal] !== part) {
              lastPart[literal] = part;
              found(literal, part);
            }
          }
        }
      }
    }
  }
}
