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
  const paragraphs = groupParagraphs(lines).flatMap(splitParagraph);
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

/** A line longer than this is a paragraph of its own, not a wrapped line (see splitParagraph). */
const LONG_LINE = 100;
/** A field line: a capitalised label of at most four words, a colon and a value ("Gäller från: 2024-06-01"). */
const FIELD_LINE = /^\s*\p{Lu}[\p{L}\d-]*(?:\s+[\p{L}\d-]+){0,3}\s*:\s*\S/u;
/** A table row drawn with pipes: "| Vad du gör | Vad vi lovar |". */
const PIPE_ROW = /^\s*\|.*\|\s*$/u;
/** Longest line (in words) taken as a heading between lines of text, without a blank line around it. */
const MAX_INLINE_HEADING_WORDS = 6;

/**
 * Lines without blank lines between them are one paragraph when they are a wrapped paragraph,
 * but not always. Text saved from Word has one line per paragraph and no blank lines: when a
 * paragraph has a line longer than {@link LONG_LINE} characters (no one wraps that late), every
 * line starts a paragraph of its own unless it starts with a lower-case letter. And in any
 * text, a short line without closing punctuation between a finished sentence (or the
 * paragraph's start) and a line that starts with a capital is a heading ("Bakgrund" over its
 * text): it stands alone, so that it is read as a heading and not as the first words of the
 * sentence below. In a block of two or more field lines ("Beslutad av: …", "Version: 2.0"),
 * every field line is a paragraph of its own.
 */
function splitParagraph(paragraph: Paragraph): Paragraph[] {
  const { lines, firstLine } = paragraph;
  const onePerLine = lines.some((line) => line.trim().length > LONG_LINE);
  // A metadata block ("Beslutad av: …", "Diarienummer: …") is one field per line, not wrapped prose.
  const fieldBlock = lines.filter((line) => FIELD_LINE.test(line)).length >= 2;
  const isHeading = (i: number): boolean => {
    const line = lines[i] ?? '';
    const text = line.trim();
    const next = lines[i + 1]?.trim();
    // "Publicerad: 2025-04-01" is a label and its value, not a heading.
    if (next === undefined || /[\t:]/.test(text) || /[.,;!?]$/.test(text) || LIST_ITEM.test(line)) return false;
    if (text.split(/\s+/).length > MAX_INLINE_HEADING_WORDS) return false;
    if (!/^(\d+(\.\d+)*\.?\s+)?\p{Lu}/u.test(text) || !/^[\p{Lu}\d]/u.test(next)) return false;
    const before = i > 0 ? (lines[i - 1] ?? '').trim() : undefined;
    return before === undefined || /[.!?:]["”’)]?$/.test(before);
  };
  const startsParagraph = (i: number): boolean => {
    if (isHeading(i) || isHeading(i - 1)) return true;
    // A row of a table drawn with pipes ("| E-post | Vi svarar inom två arbetsdagar |") is a
    // line of its own: joined, a whole table read as one sentence, one row's promise stood
    // for another's, and the table counted as a very long sentence.
    if (PIPE_ROW.test(lines[i] ?? '') || PIPE_ROW.test(lines[i - 1] ?? '')) return true;
    if (fieldBlock && FIELD_LINE.test(lines[i] ?? '')) return true;
    if (!onePerLine) return false;
    const line = lines[i] ?? '';
    // Rows of one tab table stay together; a line in lower case continues the one before.
    if (line.includes('\t') && (lines[i - 1] ?? '').includes('\t')) return false;
    return !/^\p{Ll}/u.test(line.trim());
  };
  const parts: Paragraph[] = [];
  let start = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!startsParagraph(i)) continue;
    parts.push({ lines: lines.slice(start, i), firstLine: firstLine + start });
    start = i;
  }
  parts.push({ lines: lines.slice(start), firstLine: firstLine + start });
  return parts;
}

function isHeadingParagraph(paragraph: Paragraph, next: Paragraph | undefined): boolean {
  if (paragraph.lines.length !== 1 || next === undefined) return false;
  const text = (paragraph.lines[0] ?? '').trim();
  if (text.includes('\t')) return false;
  if (/[.,;:!?]$/.test(text) || FIELD_LINE.test(text)) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  // A heading starts with a capital letter or a section number ("3. Mål", "2.1 Syfte").
  return /^(\d+(\.\d+)*\.?\s+)?[\p{Lu}]/u.test(text);
}
