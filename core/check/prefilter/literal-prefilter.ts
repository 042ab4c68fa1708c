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
   * Registers an expression that is matched within one block (pattern rules): a candidate
   * block must hold a literal of every element's literal set, not just of the most selective.
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
    const union = lists.length === 1 ? (lists[0] as number[]) : unionSorted(lists);
    scan.blocksBySet[id] = union;
    return union;
  }

  private scan(document: AnalysedDocument): DocumentScan {
    const cached = this.scans.get(document);
    if (cached) return cached;
    this.automaton ??= new AhoCorasick([...this.literalIds.keys()]);
    // Per literal, not per registered set: a common literal ("för") is shared by dozens of
    // sets, and recording its blocks once keeps the work per occurrence constant.
    const literalCount = this.literalIds.size;
    const blocksByLiteral: number[][] = Array.from({ length: literalCount }, () => []);
    const lastBlock = new Int32Array(literalCount).fill(-1);
    const blocks = document.blocks;
    let blockIndex = 0;
    let blockEnd = blocks[0]?.block.span.end ?? 0;
    this.automaton.scan(document.document.text, (literal, end) => {
      // Occurrences come in text order, so the block pointer only moves forward and each
      // literal's block list stays sorted without duplicates.
      while (end > blockEnd && blockIndex < blocks.length - 1) blockEnd = blocks[++blockIndex]?.block.span.end ?? blockEnd;
      if (lastBlock[literal] !== blockIndex) {
        lastBlock[literal] = blockIndex;
        (blocksByLiteral[literal] as number[]).push(blockIndex);
      }
    });
    const scan: DocumentScan = { blocksByLiteral, blocksBySet: [] };
    this.scans.set(document, scan);
    return scan;
  }
}

interface DocumentScan {
  readonly blocksByLiteral: readonly (readonly number[])[];
  /** Filled as sets are asked about. */
  readonly blocksBySet: (readonly number[] | undefined)[];
}

/** The ascending union of ascending lists. */
function unionSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const all = new Int32Array(lists.reduce((n, list) => n + list.length, 0));
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  const out: number[] = [];
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i] as number);
  return out;
}

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
