import type { AnalysedDocument } from '../analysed-document.js';
import { AhoCorasick } from './aho-corasick.js';
import { requiredLiterals, type LiteralSet } from './required-literals.js';

/** A registered regular expression: which literals stand for it. */
export interface PrefilterHandle {
  /** Ids of its literals, or undefined when it cannot be prefiltered (always run it). */
  readonly literals: readonly number[] | undefined;
}

/** Where a document's literals occur. */
interface DocumentScan {
  /** For each literal id, the indices of the blocks it occurs in, ascending, without repeats. */
  readonly blocksByLiteral: readonly (readonly number[])[];
}

/**
 * Skips regular expressions on blocks that cannot match them. Rules register their
 * expressions at compile time; the first rule that asks about a document triggers one
 * Aho–Corasick pass over its text, shared by all rules. A pattern is then only run on the
 * blocks that contain one of its required literals — usually none.
 */
export class LiteralPrefilter {
  private readonly literalIds = new Map<string, number>();
  private automaton: AhoCorasick | undefined;
  private readonly scans = new WeakMap<AnalysedDocument, DocumentScan>();

  /** Registers a regular expression (JavaScript source, matched with flags `iu`). */
  register(source: string): PrefilterHandle {
    const literals: LiteralSet | undefined = requiredLiterals(source);
    if (!literals) return { literals: undefined };
    this.automaton = undefined;
    return {
      literals: literals.map((literal) => {
        let id = this.literalIds.get(literal);
        if (id === undefined) {
          id = this.literalIds.size;
          this.literalIds.set(literal, id);
        }
        return id;
      }),
    };
  }

  /** Blocks (indices, ascending) the expression could match in; every block when it has no literals. */
  candidateBlocks(document: AnalysedDocument, handle: PrefilterHandle): readonly number[] | 'all' {
    if (!handle.literals) return 'all';
    const scan = this.scan(document);
    if (handle.literals.length === 1) return scan.blocksByLiteral[handle.literals[0] as number] ?? [];
    const union = new Set<number>();
    for (const id of handle.literals) for (const block of scan.blocksByLiteral[id] ?? []) union.add(block);
    return [...union].sort((a, b) => a - b);
  }

  /** True when some literal of the expression occurs anywhere in the document. */
  mayMatchDocument(document: AnalysedDocument, handle: PrefilterHandle): boolean {
    if (!handle.literals) return true;
    const scan = this.scan(document);
    return handle.literals.some((id) => (scan.blocksByLiteral[id]?.length ?? 0) > 0);
  }

  private scan(document: AnalysedDocument): DocumentScan {
    const cached = this.scans.get(document);
    if (cached) return cached;
    this.automaton ??= new AhoCorasick([...this.literalIds.keys()]);
    const blocksByLiteral: number[][] = Array.from({ length: this.literalIds.size }, () => []);
    const blocks = document.blocks;
    let blockIndex = 0;
    this.automaton.scan(document.document.text, (literal, end) => {
      // Occurrences come in text order, so the block pointer only moves forward.
      while (blockIndex < blocks.length - 1 && end > (blocks[blockIndex]?.block.span.end ?? 0)) blockIndex++;
      const list = blocksByLiteral[literal] as number[];
      if (list[list.length - 1] !== blockIndex) list.push(blockIndex);
    });
    const scan = { blocksByLiteral };
    this.scans.set(document, scan);
    return scan;
  }
}
