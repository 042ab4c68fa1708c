import type { RawBlock } from '../raw-block.js';

/** A list item: bullet characters or "1." / "1)" / "a)" numbering followed by text. */
export const LIST_ITEM = /^\s*(?:[-*•–·▪◦]|\d{1,3}[.)]|[a-zåäö][.)])\s+(\S.*)$/u;

/** Longest line (in words) that may stand alone as a heading in plain text. */
const MAX_HEADING_WORDS = 12;

interface Paragraph {
  readonly lines: readonly string[];
  /** 1-based line number of the first line. */
  readonly firstLine: number;
}

/**
 * Reads plain text. Blank lines separate paragraphs. Within a paragraph, lines that look like
 * list items become list items, and lines holding tabs become table rows (tab-separated
 * columns, as text exported from Word tables looks). A short single-line paragraph without
 * closing punctuation, followed by more text, is taken as a heading: that is how people write
 * headings in plain text.
 */
export function parsePlainText(lines: readonly string[]): RawBlock[] {
  const paragraphs = groupParagraphs(lines);
  const blocks: RawBlock[] = [];
  let tableCount = 0;
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    if (isHeadingParagraph(paragraph, next)) {
      blocks.push({ kind: 'heading', level: index === 0 ? 1 : 2, text: paragraph.lines[0] ?? '', line: paragraph.firstLine });
      return;
    }
    let proseStart = -1;
    let inTable = false;
    let tableRow = 0;
    const flushProse = (end: number): void => {
      if (proseStart < 0) return;
      blocks.push({ kind: 'paragraph', text: paragraph.lines.slice(proseStart, end).join(' '), line: paragraph.firstLine + proseStart });
      proseStart = -1;
    };
    paragraph.lines.forEach((line, i) => {
      const lineNumber = paragraph.firstLine + i;
      if (line.includes('\t') && line.trim().length > 0) {
        flushProse(i);
        if (!inTable) {
          tableCount++;
          tableRow = 0;
          inTable = true;
        }
        tableRow++;
        line.split('\t').forEach((cell, column) => {
          if (cell.trim()) {
            blocks.push({ kind: 'table-cell', text: cell, line: lineNumber, table: { table: tableCount, row: tableRow, column: column + 1 } });
          }
        });
        return;
      }
      inTable = false;
      const item = LIST_ITEM.exec(line);
      if (item) {
        flushProse(i);
        blocks.push({ kind: 'list-item', text: item[1] ?? line, line: lineNumber });
        return;
      }
      if (proseStart < 0) proseStart = i;
    });
    flushProse(paragraph.lines.length);
  });
  return blocks;
}

function groupParagraphs(lines: readonly string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: string[] = [];
  let firstLine = 1;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push({ lines: current, firstLine });
      current = [];
      return;
    }
    if (current.length === 0) firstLine = i + 1;
    current.push(line);
  });
  if (current.length > 0) paragraphs.push({ lines: current, firstLine });
  return paragraphs;
}

function isHeadingParagraph(paragraph: Paragraph, next: Paragraph | undefined): boolean {
  if (paragraph.lines.length !== 1 || next === undefined) return false;
  const text = (paragraph.lines[0] ?? '').trim();
  if (text.includes('\t')) return false;
  if (/[.,;:!?]$/.test(text)) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  // A heading starts with a capital letter or a section number ("3. Mål", "2.1 Syfte").
  return /^(\d+(\.\d+)*\.?\s+)?[\p{Lu}]/u.test(text);
}
