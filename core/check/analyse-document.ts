import type { ImportedDocument } from '../model/document.js';
import type { DocumentType } from '../rules/rule-types.js';
import { analyzeText } from '../text/analyze-text.js';
import type { AnalysedBlock, AnalysedDocument, Section } from './analysed-document.js';

/**
 * Splits every block into sentences and tokens once, and groups blocks into sections (a
 * heading of any level starts a section). All rule kinds then share this analysis.
 */
export function analyseDocument(document: ImportedDocument, type: DocumentType): AnalysedDocument {
  const blocks: AnalysedBlock[] = [];
  const sections: Section[] = [];
  let current: AnalysedBlock[] = [];
  const closeSection = (): void => {
    const first = current[0];
    const last = current.at(-1);
    if (!first || !last) return;
    sections.push({
      index: sections.length,
      ...(first.block.kind === 'heading' ? { heading: first.block } : {}),
      blocks: current,
      span: { start: first.block.span.start, end: last.block.span.end },
    });
    current = [];
  };
  document.blocks.forEach((block, index) => {
    if (block.kind === 'heading') closeSection();
    const analysed: AnalysedBlock = {
      block,
      index,
      sectionIndex: sections.length,
      sentences: analyzeText(block.text, block.span.start),
    };
    blocks.push(analysed);
    current.push(analysed);
  });
  closeSection();
  return { document, type, blocks, sections };
}
