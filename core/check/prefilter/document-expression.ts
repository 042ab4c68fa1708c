import type { AnalysedDocument } from '../analysed-document.js';
import type { LiteralPrefilter, PrefilterHandle } from './literal-prefilter.js';

/** A regular expression asked of a whole document ("does it mention X anywhere?"). */
export interface DocumentExpression {
  /** True when the expression matches within a block and its neighbour on each side. */
  matches(document: AnalysedDocument): boolean;
}

/**
 * Compiles an expression for whole-document questions (required elements, `when`
 * conditions). It is tried only around blocks holding one of its required literals, so a
 * 300-page document is not searched end to end once per expression. A match may span a block
 * and its neighbours ("Sista ansökningsdag" in one table cell, the date in the next).
 */
export function compileDocumentExpression(source: string, prefilter: LiteralPrefilter): DocumentExpression {
  const regex = new RegExp(source, 'iu');
  const handle: PrefilterHandle = prefilter.register(source);
  return {
    matches(document) {
      const candidates = prefilter.candidateBlocks(document, handle);
      if (candidates === 'all') return regex.test(document.document.text);
      return windows(document, candidates).some((window) => regex.test(window));
    },
  };
}

/** Text windows of three blocks around each candidate block; overlapping windows are merged. */
function windows(document: AnalysedDocument, candidates: readonly number[]): string[] {
  const text = document.document.text;
  const blocks = document.blocks;
  const result: string[] = [];
  let start = -1;
  let end = -1;
  const push = (): void => {
    result.push(text.slice(blocks[start]?.block.span.start ?? 0, blocks[end]?.block.span.end ?? text.length));
  };
  for (const index of candidates) {
    const from = Math.max(0, index - 1);
    const to = Math.min(blocks.length - 1, index + 1);
    if (start >= 0 && from <= end + 1) {
      end = to;
      continue;
    }
    if (start >= 0) push();
    start = from;
    end = to;
  }
  if (start >= 0) push();
  return result;
}
