import type { AnalysedDocument } from '../analysed-document.js';
import type { LiteralPrefilter, PrefilterHandle } from './literal-prefilter.js';
import { compileProbe, hasAnchor } from './fast-probe.js';

/** A regular expression asked of a whole document ("does it mention X anywhere?"). */
export interface DocumentExpression {
  /** True when the expression matches within a block and its neighbour on each side. */
  matches(document: AnalysedDocument): boolean;
}

/**
 * Compiles an expression for whole-document questions (required elements, `when`
 * conditions). It is tried only around blocks holding one of its required literals, and only
 * where every other part of it has a literal nearby ("anmäla … jäv" is not tried around an
 * "anmäla" with no "jäv" in reach), so a 300-page document is not searched end to end once per
 * expression. A match may span a block and its neighbours ("Sista ansökningsdag" in one table
 * cell, the date in the next).
 */
export function compileDocumentExpression(source: string, prefilter: LiteralPrefilter): DocumentExpression {
  const probe = compileProbe(source);
  const handle: PrefilterHandle = prefilter.registerWithParts(source);
  // `^` and `$` mean the document's start and end ("the document opens with a title"): asked of
  // a window they would mean the window's, so such an expression is asked of the whole text.
  // Its probe keeps the anchors, so a `^` search is tried at the start only, not at every
  // position of a long document.
  const anchored = hasAnchor(source);
  return {
    matches(document) {
      if (anchored) return probe.test(document.document.text);
      const candidates = prefilter.candidateBlocksNear(document, handle, WINDOW_REACH);
      if (candidates === 'all') return probe.test(document.document.text);
      for (const window of windows(document, candidates)) if (probe.test(window)) return true;
      return false;
    },
  };
}

/** A window is a candidate block and this many blocks on each side. */
const WINDOW_REACH = 1;

/**
 * Text windows of three blocks around each candidate block, overlapping windows merged, made
 * one at a time: the search usually stops at the first.
 */
function* windows(document: AnalysedDocument, candidates: readonly number[]): Generator<string> {
  const text = document.document.text;
  const blocks = document.blocks;
  const slice = (start: number, end: number): string => text.slice(blocks[start]?.block.span.start ?? 0, blocks[end]?.block.span.end ?? text.length);
  let start = -1;
  let end = -1;
  for (const index of candidates) {
    const from = Math.max(0, index - WINDOW_REACH);
    const to = Math.min(blocks.length - 1, index + WINDOW_REACH);
    if (start >= 0 && from <= end + 1) {
      end = to;
      continue;
    }
    if (start >= 0) yield slice(start, end);
    start = from;
    end = to;
  }
  if (start >= 0) yield slice(start, end);
}
