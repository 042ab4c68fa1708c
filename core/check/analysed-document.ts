import type { Block, ImportedDocument } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { AnalyzedSentence } from '../text/sentence.js';
import type { DocumentType } from '../rules/rule-types.js';

/** A sentence with its tokens; spans are offsets into the document's normalised text. */
export type AnalysedSentence = AnalyzedSentence;

export interface AnalysedBlock {
  readonly block: Block;
  /** Position in the document's block list, 0-based. */
  readonly index: number;
  /** The section (heading-delimited part) the block belongs to, 0-based. */
  readonly sectionIndex: number;
  readonly sentences: readonly AnalysedSentence[];
}

/** A heading and everything up to the next heading of any level. */
export interface Section {
  readonly index: number;
  /** Undefined for text before the first heading. */
  readonly heading?: Block;
  readonly blocks: readonly AnalysedBlock[];
  readonly span: Span;
}

/** The document as every rule kind sees it: analysed once, shared by all rules. */
export interface AnalysedDocument {
  readonly document: ImportedDocument;
  readonly type: DocumentType;
  readonly blocks: readonly AnalysedBlock[];
  readonly sections: readonly Section[];
}
