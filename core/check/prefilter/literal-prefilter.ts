import type { AnalysedDocument } from '../analysed-document.js';
import { AhoCorasick } from './aho-corasick.js';
import { requiredLiteralSets, requiredLiterals } from './required-literals.js';

/** A registered regular expression. */
export interface PrefilterHandle {
  /** Index among the registered expressions that have literals; undefined when it cannot be prefiltered. */
  readonly id: number | undefined;
  /** Further literal sets that must all occur in the same block (expressions matched within one block). */
  readonly also?: readonly number[];
}

/**
 * Skips regular expressions on blocks that cannot match them. Rules register their
 * expressions at compile time; the first rule that asks about a document triggers one
 * Aho–Corasick pass over its text, shared by all rules, which records for every expression the
 * blocks holding one of its required literals. A pattern is then only run on those blocks —
 * usually none.
 */
export class LiteralPrefilter {
  private readonly literalIds = new Map<string, number>();
  /** For each registered literal set, its literals' ids. */
  private readonly literalsByHandle: number[][] = [];
  private automaton: AhoCorasick | undefined;
  private readonly scans = new WeakMap<AnalysedDocument, DocumentScan>();

  /**
   * Registers an expression with all its literal sets (see {@link candidateBlocks} and
   * {@link candidateBlocksNear}): a match must hold a literal of every element's literal set,
   * not just of the most selective.
   */
  registerPerBlock(source: string): PrefilterHandle {
    const main = this.register(source);
    const sets = requiredLiteralSets(source);
    if (main.id === undefined || !sets) return main;
    return { id: main.id, also: sets.map((set) => this.registerSet(set).id as number) };
  }

  /** Registers a regular expression (JavaScript source, matched with flags `iu`). */
  register(source: string): PrefilterHandle {
    const literals = requiredLiterals(source);
    if (!literals) return { id: undefined };
    return this.registerSet(literals);
  }

  private registerSet(literals: readonly string[]): PrefilterHandle {
    this.automaton = undefined;
    const id = this.literalsByHandle.length;
    const ids = new Set<number>();
    for (const literal of literals) {
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

  /** Blocks (indices, ascending) the expression could match in; 'all' when it has no literals. */
  candidateBlocks(document: AnalysedDocument, handle: PrefilterHandle): readonly number[] | 'all' {
    if (handle.id === undefined) return 'all';
    const scan = this.scan(document);
    let result = this.blocksOfSet(scan, handle.id);
    for (const id of handle.also ?? []) {
      if (result.length === 0) break;
      result = intersectSorted(result, this.blocksOfSet(scan, id));
    }
    return result;
  }

  /**
   * Blocks holding a literal of the expression's main set that have a literal of each of its
   * other sets within `reach` blocks on either side (ascending): the centres of the windows of
   * 2 × reach + 1 blocks a match could lie in. 'all' when the expression has no literals.
   */
  candidateBlocksNear(document: AnalysedDocument, handle: PrefilterHandle, reach: number): readonly number[] | 'all' {
    if (handle.id === undefined) return 'all';
    const scan = this.scan(document);
    let result = this.blocksOfSet(scan, handle.id);
    for (const id of handle.also ?? []) {
      if (result.length === 0) break;
      const near = this.blocksOfSet(scan, id);
      const kept: number[] = [];
      let j = 0;
      for (const centre of result) {
        while (j < near.length && (near[j] as number) < centre - reach) j++;
        if (j < near.length && (near[j] as number) <= centre + reach) kept.push(centre);
      }
      result = kept;
    }
    return result;
  }

  /** True when some literal of the expression occurs anywhere in the document. */
  mayMatchDocument(document: AnalysedDocument, handle: PrefilterHandle): boolean {
    const blocks = this.candidateBlocks(document, handle);
    return blocks === 'all' || blocks.length > 0;
  }

  /** The blocks holding any literal of a set: the union of its literals' block lists, made when first asked. */
  private blocksOfSet(scan: DocumentScan, id: number): readonly number[] {
    const cached = scan.blocksBySet[id];
    if (cached) return cached;
    const lists = (this.literalsByHandle[id] ?? []).map((literal) => scan.blocksByLiteral[literal] ?? []).filter((list) => list.length > 0);
    const union = lists.length === 1 ? (lists[0] as number[]) : unionSorted(lists, scan.blockCount);
    scan.blocksBySet[id] = union;
    return union;
  }

  private scan(document: AnalysedDocument): DocumentScan {
    const cached = this.scans.get(document);
    if (cached) return cached;
    this.automaton ??= new AhoCorasick([...this.literalIds.keys()]);
    // Per literal, not per registered set: a common literal ("för") is shared by dozens of
    // sets, and recording its blocks once keeps the work per occurrence constant.
    const blocks = document.blocks;
    const blocksByLiteral = this.automaton.partsOfLiterals(
      document.document.text,
      blocks.map((b) => b.block.span.end),
    );
    const scan: DocumentScan = { blocksByLiteral, blocksBySet: [], blockCount: blocks.length };
    this.scans.set(document, scan);
    return scan;
  }
}

interface DocumentScan {
  readonly blockCount: number;
  readonly blocksByLiteral: readonly (readonly number[])[];
  /** Filled as sets are asked about. */
  readonly blocksBySet: (readonly number[] | undefined)[];
}

/**
 * The ascending union of ascending lists of block indices below `blockCount`: marked in a
 * byte per block and read back in order, linear in the input (sorting the concatenation was
 * measurable when a common literal occurs in most blocks).
 */
function unionSorted(lists: readonly (readonly number[])[], blockCount: number): number[] {
  if (lists.length === 0) return [];
  if (unionMarks.length < blockCount) unionMarks = new Uint8Array(blockCount);
  const marked = unionMarks;
  let first = blockCount;
  let last = -1;
  for (const list of lists) {
    for (const block of list) marked[block] = 1;
    if (list.length > 0) {
      first = Math.min(first, list[0] as number);
      last = Math.max(last, list[list.length - 1] as number);
    }
  }
  const out: number[] = [];
  for (let block = first; block <= last; block++) {
    if (marked[block] === 1) {
      out.push(block);
      marked[block] = 0;
    }
  }
  return out;
}

/** The marks of {@link unionSorted}, all 0 between calls: reused rather than allocated per set. */
let unionMarks = new Uint8Array(1024);

/** The common elements of two ascending lists, by walking both once. */
function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}
