import type { AnalysedDocument } from '../analysed-document.js';
import { AhoCorasick } from './aho-corasick.js';
import { BlockBits } from './block-bits.js';
import { foldString } from './fold-case.js';
import { requiredLiteralSets, requiredLiterals } from './required-literals.js';
import { leadInBlocks } from '../lead-in.js';

/** A registered regular expression. */
export interface PrefilterHandle {
  /** Index among the registered expressions that have literals; undefined when it cannot be prefiltered. */
  readonly id: number | undefined;
  /** Further literal sets that must all occur too (in the same block, or within reach: see candidateBlocksNear). */
  readonly also?: readonly number[];
}

/**
 * One handle for several expressions that must all match within one block (a pattern and the
 * conditions it requires in its sentence or block): a candidate block holds a literal of each.
 * Expressions without literals add nothing; undefined id when none has any.
 */
export function allOf(handles: readonly PrefilterHandle[]): PrefilterHandle {
  const ids = handles.flatMap((h) => (h.id === undefined ? [] : [h.id, ...(h.also ?? [])]));
  const [main, ...also] = ids;
  if (main === undefined) return { id: undefined };
  return also.length > 0 ? { id: main, also } : { id: main };
}

/**
 * Skips regular expressions on blocks that cannot match them. Rules register their
 * expressions at compile time; the first rule that asks about a document triggers one
 * Aho–Corasick pass over its text, shared by all rules, which records for every expression the
 * blocks holding one of its required literals. A pattern is then only run on those blocks —
 * usually none.
 *
 * Why a pass over the characters and not a lookup per distinct word (measured on the bench
 * text, 100,000 words, and given up): splitting literals into word pieces and reading each
 * token's pieces from a memo made this scan 3.6 ms instead of 11, but a block holding "får" and
 * "inte" apart then counted as holding "får inte", and pattern rules took 83 ms instead of 16.
 * Adding junctions (a token ending in one piece followed by one beginning with the next) cost
 * 12 ms of lookups and still left the patterns at 40 ms. Collecting hits into arrays instead of
 * bit rows per literal, and skipping output states already seen in a block, changed nothing:
 * the time is the automaton's table walk.
 */
export class LiteralPrefilter {
  private readonly literalIds = new Map<string, number>();
  /** For each registered literal set, its literals' ids. */
  private readonly literalsByHandle: number[][] = [];
  private automaton: AhoCorasick | undefined;
  private readonly scans = new WeakMap<AnalysedDocument, DocumentScan>();

  /**
   * Registers a regular expression (JavaScript source, matched with flags `iu`) with all its
   * literal sets (see {@link candidateBlocks} and {@link candidateBlocksNear}): a match must
   * hold a literal of every element's literal set, not just of the most selective one.
   */
  registerWithParts(source: string): PrefilterHandle {
    const literals = requiredLiterals(source);
    if (!literals) return { id: undefined };
    const main = this.registerSet(literals);
    const sets = requiredLiteralSets(source);
    return sets ? { id: main.id, also: sets.map((set) => this.registerSet(set).id as number) } : main;
  }

  private registerSet(literals: readonly string[]): PrefilterHandle {
    this.automaton = undefined;
    const id = this.literalsByHandle.length;
    const ids = new Set<number>();
    for (const literal of minimalLiterals(literals)) {
      let literalId = this.literalIds.get(literal);
      if (literalId === undefined) {
        literalId = this.literalIds.size;
        this.literalIds.set(literal, literalId);
      }
      ids.add(literalId);
    }
    this.literalsByHandle.push([...ids]);
    return { id };
  }

  /**
   * Runs the shared scan of a document now rather than on the first question about it (so that
   * a timing can tell the scan from the rule that would have asked first).
   */
  prepare(document: AnalysedDocument): void {
    this.scan(document);
  }

  /** Blocks (indices, ascending) the expression could match in; 'all' when it has no literals. */
  candidateBlocks(document: AnalysedDocument, handle: PrefilterHandle): readonly number[] | 'all' {
    return this.candidateBlocksNear(document, handle, 0);
  }

  /**
   * Blocks holding a literal of the expression's main set that have a literal of each of its
   * other sets within `reach` blocks on either side (ascending): the centres of the windows of
   * 2 × reach + 1 blocks a match could lie in. 'all' when the expression has no literals.
   */
  candidateBlocksNear(document: AnalysedDocument, handle: PrefilterHandle, reach: number): readonly number[] | 'all' {
    if (handle.id === undefined) return 'all';
    const scan = this.scan(document);
    const { bits } = scan;
    let result = this.blocksOfSet(scan, handle.id);
    for (const id of handle.also ?? []) {
      if (bits.isEmpty(result)) return [];
      const other = this.blocksOfSet(scan, id);
      result = bits.intersect(result, reach > 0 ? bits.widen(other, reach) : other);
    }
    return bits.list(result);
  }

  /**
   * Of `blocks` (ascending, or 'all'), those that hold a literal of each of the handle's sets
   * themselves or, for a list item, in the lead-in of its list (see lead-in.ts): a condition on
   * a list item's sentence may be met by "Meriterande:", a block of its own.
   */
  filterWithLeadIn(document: AnalysedDocument, blocks: readonly number[] | 'all', handle: PrefilterHandle): readonly number[] | 'all' {
    if (handle.id === undefined) return blocks;
    const scan = this.scan(document);
    const { bits } = scan;
    const leadIns = leadInBlocks(document);
    const near = (id: number): Uint32Array => {
      let row = scan.withLeadInBySet[id];
      if (!row) {
        const own = this.blocksOfSet(scan, id);
        row = own.slice();
        for (let block = 0; block < leadIns.length; block++) {
          const leadIn = leadIns[block] as number;
          if (leadIn >= 0 && bits.has(own, leadIn)) bits.add(row, 0, block);
        }
        scan.withLeadInBySet[id] = row;
      }
      return row;
    };
    let row = near(handle.id);
    for (const id of handle.also ?? []) row = bits.intersect(row, near(id));
    const all = blocks === 'all' ? bits.list(bits.full()) : blocks;
    return all.filter((block) => bits.has(row, block));
  }

  /** The blocks holding any literal of a set: the union of its literals' rows, made when first asked. */
  private blocksOfSet(scan: DocumentScan, id: number): Uint32Array {
    let union = scan.blocksBySet[id];
    if (!union) {
      union = scan.bits.union(scan.blocksByLiteral, this.literalsByHandle[id] ?? []);
      scan.blocksBySet[id] = union;
    }
    return union;
  }

  private scan(document: AnalysedDocument): DocumentScan {
    const cached = this.scans.get(document);
    if (cached) return cached;
    this.automaton ??= new AhoCorasick([...this.literalIds.keys()]);
    // Per literal, not per registered set: a common literal ("för") is shared by dozens of
    // sets, and recording its blocks once keeps the work per occurrence constant.
    const blocks = document.blocks;
    const bits = new BlockBits(blocks.length);
    const blocksByLiteral = bits.rows(this.literalIds.size);
    this.automaton.partsOfLiterals(
      document.document.text,
      blocks.map((b) => b.block.span.end),
      (literal, block) => bits.add(blocksByLiteral, literal, block),
    );
    const scan: DocumentScan = { bits, blocksByLiteral, blocksBySet: [], withLeadInBySet: [] };
    this.scans.set(document, scan);
    return scan;
  }
}

interface DocumentScan {
  readonly bits: BlockBits;
  /** One row per literal: the blocks it occurs in. */
  readonly blocksByLiteral: Uint32Array;
  /** Filled as sets are asked about. */
  readonly blocksBySet: (Uint32Array | undefined)[];
  /** Rows of filterWithLeadIn, by set, made when first asked. */
  readonly withLeadInBySet: (Uint32Array | undefined)[];
}

/**
 * The literals of a set without those that contain another of the set (as the scan compares
 * them: case-folded, any white space a space): a block holds some literal of the set exactly when
 * it holds one of these, and the automaton gets smaller. About a fifth of the built-in rules'
 * literals go ("könet" when "kön" is in the same set).
 */
function minimalLiterals(literals: readonly string[]): string[] {
  const scanned = literals.map((literal) => foldString(literal).replace(/\s/gu, ' '));
  return literals.filter((_, i) => {
    const own = scanned[i] as string;
    return !scanned.some((other, j) => j !== i && own.includes(other) && (other !== own || j < i));
  });
}
