import type { BlockKind, PageBox, TableCellPosition } from '../model/document.js';
import type { ImportWarning } from '../model/document.js';

/**
 * A block as a format extractor sees it, before normalisation and assembly. Its text may
 * still hold soft hyphens, ligatures, odd spaces and line breaks; assembly cleans that up,
 * numbers paragraphs per page, builds heading paths and computes spans.
 */
export interface RawBlock {
  readonly kind: BlockKind;
  /** Heading level 1–6 for headings. */
  readonly level?: number;
  readonly text: string;
  /** PDF: page the block starts on, 1-based. */
  readonly page?: number;
  /** PDF: bounding box on that page. */
  readonly box?: PageBox;
  /** DOCX: 1-based index of the source paragraph in the body. */
  readonly docxParagraph?: number;
  /** Text/Markdown: 1-based line the block starts on. */
  readonly line?: number;
  /** Table cells: which table, row and column (1-based). */
  readonly table?: TableCellPosition;
}

/** What a format extractor hands to assembly. */
export interface ExtractionResult {
  readonly blocks: readonly RawBlock[];
  /** Title from the file's own metadata, if any. */
  readonly title?: string;
  readonly author?: string;
  /** PDF page count. */
  readonly pageCount?: number;
  readonly warnings: readonly ImportWarning[];
}
