import type { Span } from './span.js';
import type { LocalizedText } from '../errors/localized-text.js';

/** The file formats the importer recognises from the bytes. */
export type DocumentFormat = 'pdf' | 'docx' | 'text' | 'markdown';

/** What a block is, as a reader would name it. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

/** Where a cell sits in a table. All numbers are 1-based, as a person counts them. */
export interface TableCellPosition {
  /** The table's number in the document, 1-based. */
  readonly table: number;
  readonly row: number;
  readonly column: number;
}

/** A rectangle on a PDF page in PDF user-space units (points, origin bottom-left). */
export interface PageBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where a block came from, in terms a person understands ("page 3, paragraph 2").
 * Page and paragraph numbers are 1-based.
 */
export interface BlockOrigin {
  /** PDF only: the page the block starts on, 1-based. */
  readonly page?: number;
  /** PDF only: the block's number among the blocks of its page, 1-based. */
  readonly paragraphOnPage?: number;
  /** PDF only: the block's bounding box on its first page. */
  readonly box?: PageBox;
  /** DOCX only: the index of the source paragraph among the body's paragraphs (incl. those in tables), 1-based. */
  readonly docxParagraph?: number;
  /** Text and Markdown only: the line the block starts on, 1-based. */
  readonly line?: number;
  /** Table cells only. */
  readonly table?: TableCellPosition;
  /** The texts of the headings this block sits under, outermost first (empty before the first heading). */
  readonly headingPath: readonly string[];
}

/** One unit of text: a heading, a paragraph, a list item or a table cell. */
export interface Block {
  /** Stable within one import: "b1", "b2", ... in reading order. */
  readonly id: string;
  readonly kind: BlockKind;
  /** Heading level 1–6, for headings only. */
  readonly level?: number;
  /** Normalised text of the block; never empty and never contains a newline. */
  readonly text: string;
  /** Where `text` lies in the document's normalised text. */
  readonly span: Span;
  readonly origin: BlockOrigin;
}

/** Facts about the imported file. */
export interface DocumentMetadata {
  readonly format: DocumentFormat;
  /** Title from the file's own metadata, else its first heading, else its first line; may be empty. */
  readonly title: string;
  /** The file name the user gave, without folders, when known. */
  readonly fileName?: string;
  /** PDF: number of pages; other formats: undefined. */
  readonly pageCount?: number;
  /** Number of words in the normalised text (runs of letters or digits). */
  readonly wordCount: number;
  /** Size of the file in bytes. */
  readonly byteLength: number;
  /** SHA-256 of the file bytes, lowercase hex. */
  readonly fileSha256: string;
  /** SHA-256 of the normalised text encoded as UTF-8, lowercase hex. */
  readonly textSha256: string;
  /** Author from the file's metadata, when present. */
  readonly author?: string;
}

/** Something the importer noticed that the user should know but that did not stop the import. */
export interface ImportWarning {
  readonly code: ImportWarningCode;
  readonly message: LocalizedText;
  /** PDF page the warning concerns, 1-based, if any. */
  readonly page?: number;
}

export type ImportWarningCode =
  | 'PAGE_WITHOUT_TEXT'
  | 'HEADERS_FOOTERS_REMOVED'
  | 'DEFAULT_PASSWORD_USED'
  | 'TEXT_ENCODING_GUESSED'
  | 'CONTENT_SKIPPED'
  | 'LIBRARY_WARNING';

/**
 * A document ready for checking. Invariants (asserted by property tests):
 * - `text === blocks.map(b => b.text).join(BLOCK_SEPARATOR)`;
 * - every block's span selects exactly its text from `text`.
 */
export interface ImportedDocument {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly metadata: DocumentMetadata;
  readonly warnings: readonly ImportWarning[];
}

/** What separates two blocks in the normalised text. */
export const BLOCK_SEPARATOR = '\n\n';
