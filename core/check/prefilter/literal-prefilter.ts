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
  /** For each literal, the expressions that need it. */
  private readonly handlesByLiteral: number[][] = [];
  private handleCount = 0;
  private automaton: AhoCorasick | undefined;
  private readonly scans = new WeakMap<AnalysedDocument, readonly (readonly number[])[]>();

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
    const id = this.handleCount++;
    for (const literal of literals) {
      let literalId = this.literalIds.get(literal);
      if (literalId === undefined) {
        literalId = this.literalIds.size;
        this.literalIds.set(literal, literalId);
        this.handlesByLiteral.push([]);
      }
      const handles = this.handlesByLiteral[literalId] as number[];
      if (handles[handles.length - 1] !== id) handles.push(id);
    }
    return { id };
  }

  /** Blocks (indices, ascending) the expression could match in; 'all' when it has no literals. */
  candidateBlocks(document: AnalysedDocument, handle: PrefilterHandle): readonly number[] | 'all' {
    if (handle.id === undefined) return 'all';
    const lists = this.scan(document);
    let result = lists[handle.id] ?? [];
    for (const id of handle.also ?? []) {
      if (result.length === 0) break;
      result = intersectSorted(result, lists[id] ?? []);
    }
    return result;
  }

  /** True when some literal of the expression occurs anywhere in the document. */
  mayMatchDocument(document: AnalysedDocument, handle: PrefilterHandle): boolean {
    const blocks = this.candidateBlocks(document, handle);
    return blocks === 'all' || blocks.length > 0;
  }

  private scan(document: AnalysedDocument): readonly (readonly number[])[] {
    const cached = this.scans.get(document);
    if (cached) return cached;
    this.automaton ??= new AhoCorasick([...this.literalIds.keys()]);
    const blocksByHandle: number[][] = Array.from({ length: this.handleCount }, () => []);
    const blocks = document.blocks;
    let blockIndex = 0;
    let blockEnd = blocks[0]?.block.span.end ?? 0;
    this.automaton.scan(document.document.text, (literal, end) => {
      // Occurrences come in text order, so the block pointer only moves forward, and each
      // expression's block list stays sorted without duplicates by comparing with its last entry.
      while (end > blockEnd && blockIndex < blocks.length - 1) blockEnd = blocks[++blockIndex]?.block.span.end ?? blockEnd;
      for (const handle of this.handlesByLiteral[literal] as number[]) {
        const list = blocksByHandle[handle] as number[];
        if (list[list.length - 1] !== blockIndex) list.push(blockIndex);
      }
    });
    this.scans.set(document, blocksByHandle);
    return blocksByHandle;
  }
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
