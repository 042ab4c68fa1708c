import type { Span } from '../model/span.js';
import type { AnalyzedBlock } from './analyze-text.js';
import { lixOfBlocks, type LixResult } from './lix.js';

/** LIX of one section of a document. */
export interface SectionLix {
  /** The heading that opens the section; absent for the text before the first heading. */
  readonly heading?: string;
  /** Ids of the section's blocks, heading included. */
  readonly blockIds: readonly string[];
  /** From the section's first block to its last (document offsets). */
  readonly span: Span;
  readonly lix: LixResult;
}

/**
 * LIX per section. A section starts at every heading (of any level) and runs to the next heading;
 * blocks before the first heading form a section without heading. The heading itself counts as
 * one of the section's sentences (see {@link lix}).
 */
export function lixBySection(blocks: readonly AnalyzedBlock[]): SectionLix[] {
  const sections: SectionLix[] = [];
  let current: AnalyzedBlock[] = [];
  const flush = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (!first || !last) return;
    sections.push({
      ...(first.block.kind === 'heading' ? { heading: first.block.text } : {}),
      blockIds: current.map((b) => b.block.id),
      span: { start: first.block.span.start, end: last.block.span.end },
      lix: lixOfBlocks(current),
    });
    current = [];
  };
  for (const block of blocks) {
    if (block.block.kind === 'heading') flush();
    current.push(block);
  }
  flush();
  return sections;
}
