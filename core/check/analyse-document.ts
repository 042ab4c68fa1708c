import type { ImportedDocument } from '../model/document.js';
import type { DocumentType } from '../rules/rule-types.js';
import { analyzeInto } from '../text/analyze-text.js';
import { TokenTable } from '../text/token-table.js';
import { currentVocabulary } from '../text/vocabulary.js';
import type { AnalysedBlock, AnalysedDocument, Section } from './analysed-document.js';

/**
 * Splits every block into sentences and tokens once, and groups blocks into sections (a
 * heading of any level starts a section). All rule kinds then share this analysis. The tokens
 * of all blocks go into one token table (about one token per six characters is expected).
 */
export function analyseDocument(document: ImportedDocument, type: DocumentType): AnalysedDocument {
  const blocks: AnalysedBlock[] = [];
  const sections: Section[] = [];
  let current: AnalysedBlock[] = [];
  const table = new TokenTable(currentVocabulary(), Math.ceil(document.text.length / 6));
  const closeSection = (): void => {
    const first = current[0];
    const last = current.at(-1);
    if (!first || !last) return;
    const span = { start: first.block.span.start, end: last.block.span.end };
    const index = sections.length;
    // Two literals rather than a conditional spread, which V8 builds slowly.
    sections.push(first.block.kind === 'heading' ? { index, heading: first.block, blocks: current, span } : { index, blocks: current, span });
    current = [];
  };
  document.blocks.forEach((block, index) => {
    if (block.kind === 'heading') closeSection();
    const analysed: AnalysedBlock = {
      block,
      index,
      sectionIndex: sections.length,
      sentences: analyzeInto(table, block.text, block.span.start),
    };
    blocks.push(analysed);
    current.push(analysed);
  });
  closeSection();
  return { document, type, blocks, sections };
}
