import type { BlockKind, TableCellPosition } from '../../model/document.js';
import type { RawBlock } from '../raw-block.js';
import { headingLevel } from './heading-level.js';
import { isCheckbox, isParagraph, isTableCell, isText, type ModelDocument, type ModelNode, type ModelParagraph } from './mammoth-model.js';
import { TableGrid } from './table-grid.js';

/**
 * A cell holding at least this many non-empty paragraphs, or this much text, is a layout
 * cell: the document uses the table to place running text (court rulings and job ads are
 * often laid out as one big table), not to tabulate data. Its paragraphs are read as
 * ordinary paragraphs, list items and headings; the paragraph number still locates them.
 */
const LAYOUT_CELL_PARAGRAPHS = 6;
const LAYOUT_CELL_CHARACTERS = 1200;

/** What walking the model found besides the blocks. */
export interface BuiltBlocks {
  readonly blocks: RawBlock[];
  /** Paragraphs in mammoth's model, empty ones included (to compare with the census). */
  readonly paragraphCount: number;
  /** References to footnotes and endnotes whose text we do not import. */
  readonly noteReferences: number;
  /** References to comments whose text we do not import. */
  readonly commentReferences: number;
}

/**
 * Turns mammoth's document model into raw blocks in reading order, in one pass: each
 * non-empty paragraph becomes a heading, list item, table cell or paragraph. Paragraphs
 * inside tables become table-cell blocks carrying their table number (counted in document
 * order, nested tables included), row and grid column; a heading inside a table stays a
 * heading, and the paragraphs of layout cells (see LAYOUT_CELL_PARAGRAPHS) stay what they
 * are outside tables. Line breaks become spaces, tabs stay whitespace; assembly normalises both.
 *
 * @param paragraphNumbers Word's number for each model paragraph in order (from the
 *   paragraph census); when undefined, paragraphs are numbered in mammoth's order.
 * @param headingStyles style id → outline level, from styles.xml.
 */
export function buildBlocks(
  document: ModelDocument,
  paragraphNumbers: readonly number[] | undefined,
  headingStyles: ReadonlyMap<string, number>,
): BuiltBlocks {
  const blocks: RawBlock[] = [];
  let paragraphIndex = 0;
  let tableCount = 0;
  let noteReferences = 0;
  let commentReferences = 0;

  const visitBlockLevel = (node: ModelNode, cell: TableCellPosition | undefined): void => {
    if (isParagraph(node)) {
      emitParagraph(node, cell);
    } else if (node.type === 'table') {
      visitTable(node);
    } else if (node.children) {
      // Block-level wrappers mammoth did not flatten (rare): read through them.
      for (const child of node.children) visitBlockLevel(child, cell);
    }
  };

  const visitTable = (table: ModelNode): void => {
    const number = ++tableCount;
    const grid = new TableGrid();
    for (const row of table.children ?? []) {
      if (row.type !== 'tableRow') {
        // mammoth keeps stray non-row content of a damaged table; keep its text, without a cell.
        visitBlockLevel(row, undefined);
        continue;
      }
      const rowNumber = grid.startRow();
      for (const cell of row.children ?? []) {
        if (!isTableCell(cell)) {
          visitBlockLevel(cell, undefined);
          continue;
        }
        const position: TableCellPosition = { table: number, row: rowNumber, column: grid.placeCell(cell.colSpan, cell.rowSpan) };
        const first = blocks.length;
        for (const child of cell.children) visitBlockLevel(child, position);
        releaseLayoutCell(first, position);
      }
    }
  };

  /** Kinds the blocks of table cells would have outside a table, until their cell is judged. */
  const kindsOutsideTable = new Map<RawBlock, BlockKind>();

  /** Turns the blocks of a layout cell (those from `first` on with this position) into ordinary blocks. */
  const releaseLayoutCell = (first: number, position: TableCellPosition): void => {
    let paragraphs = 0;
    let characters = 0;
    for (let i = first; i < blocks.length; i++) {
      const block = blocks[i];
      if (block?.table !== position) continue;
      paragraphs++;
      characters += block.text.length;
    }
    const layout = paragraphs >= LAYOUT_CELL_PARAGRAPHS || characters >= LAYOUT_CELL_CHARACTERS;
    for (let i = first; i < blocks.length; i++) {
      const block = blocks[i];
      if (block?.table !== position) continue;
      const outside = kindsOutsideTable.get(block);
      kindsOutsideTable.delete(block);
      if (!layout || outside === undefined) continue;
      const { table: _cell, ...rest } = block;
      blocks[i] = { ...rest, kind: outside };
    }
  };

  const emitParagraph = (paragraph: ModelParagraph, cell: TableCellPosition | undefined): void => {
    const docxParagraph = paragraphNumbers?.[paragraphIndex] ?? paragraphIndex + 1;
    paragraphIndex++;
    const parts: string[] = [];
    collectText(paragraph.children, parts);
    const text = parts.join('');
    if (text.length === 0) return;
    const level = headingLevel(paragraph.styleName, paragraph.styleId, headingStyles);
    const kindOutside: BlockKind = level !== undefined ? 'heading' : paragraph.numbering ? 'list-item' : 'paragraph';
    const block: RawBlock = {
      kind: cell && kindOutside !== 'heading' ? 'table-cell' : kindOutside,
      ...(level !== undefined ? { level } : {}),
      text,
      docxParagraph,
      ...(cell ? { table: cell } : {}),
    };
    blocks.push(block);
    if (cell) kindsOutsideTable.set(block, kindOutside);
  };

  const collectText = (nodes: readonly ModelNode[], parts: string[]): void => {
    for (const node of nodes) {
      if (isText(node)) parts.push(node.value);
      else if (node.type === 'tab') parts.push('\t');
      // Line, page and column breaks inside a paragraph separate words, nothing more.
      else if (node.type === 'break') parts.push(' ');
      else if (isCheckbox(node)) parts.push(node.checked ? '\u2612 ' : '\u2610 ');
      else if (node.type === 'noteReference') noteReferences++;
      else if (node.type === 'commentReference') commentReferences++;
      else if (node.children) collectText(node.children, parts);
      // Images and bookmarks carry no text.
    }
  };

  for (const node of document.children) visitBlockLevel(node, undefined);
  return { blocks, paragraphCount: paragraphIndex, noteReferences, commentReferences };
}
