import type { RawBlock } from '../raw-block.js';

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;
const TABLE_SEPARATOR = /^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;

/**
 * Reads the Markdown people write in practice (CommonMark's common subset): ATX and setext
 * headings, bullet and numbered lists, pipe tables, block quotes, fenced code and paragraphs.
 * Inline markup is reduced to its text so that rules see what a reader sees.
 */
export function parseMarkdown(lines: readonly string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let paragraph: string[] = [];
  let paragraphLine = 0;
  let tableCount = 0;
  let i = 0;

  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: stripInline(paragraph.join(' ')), line: paragraphLine });
    paragraph = [];
  };

  while (i < lines.length) {
    const line = (lines[i] ?? '').replace(/^ {0,3}> ?/, '');
    const lineNumber = i + 1;

    if (FENCE.test(line)) {
      flush();
      const fence = FENCE.exec(line)?.[1] ?? '```';
      const code: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(fence)) code.push(lines[i++] ?? '');
      if (code.length > 0) blocks.push({ kind: 'paragraph', text: code.join(' '), line: lineNumber + 1 });
      i++;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: stripInline(heading[2] ?? ''), line: lineNumber });
      i++;
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(lines[i + 1] ?? '');
    if (underline && line.trim() !== '' && paragraph.length === 0 && !LIST_ITEM.test(line)) {
      blocks.push({ kind: 'heading', level: underline[1]?.startsWith('=') ? 1 : 2, text: stripInline(line), line: lineNumber });
      i += 2;
      continue;
    }
    if (line.includes('|') && TABLE_SEPARATOR.test(lines[i + 1] ?? '') && (lines[i + 1] ?? '').includes('-')) {
      flush();
      tableCount++;
      let row = 0;
      const emitRow = (rowLine: string, rowNumber: number): void => {
        row++;
        splitTableRow(rowLine).forEach((cell, column) => {
          if (cell.trim()) blocks.push({ kind: 'table-cell', text: stripInline(cell), line: rowNumber, table: { table: tableCount, row, column: column + 1 } });
        });
      };
      emitRow(line, lineNumber);
      i += 2;
      while (i < lines.length && (lines[i] ?? '').includes('|') && (lines[i] ?? '').trim() !== '') {
        emitRow(lines[i] ?? '', i + 1);
        i++;
      }
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      flush();
      i++;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      const itemLines = [item[1] ?? ''];
      i++;
      // Lazy continuation lines: indented text that is not itself a new item.
      while (i < lines.length && /^[ \t]{2,}\S/.test(lines[i] ?? '') && !LIST_ITEM.test(lines[i] ?? '')) {
        itemLines.push((lines[i] ?? '').trim());
        i++;
      }
      blocks.push({ kind: 'list-item', text: stripInline(itemLines.join(' ')), line: lineNumber });
      continue;
    }
    if (line.trim() === '') {
      flush();
    } else {
      if (paragraph.length === 0) paragraphLine = lineNumber;
      paragraph.push(line.trim());
    }
    i++;
  }
  flush();
  return blocks;
}

function splitTableRow(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|'));
}

/** Reduces inline Markdown to its visible text. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: keep alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links: keep link text
    .replace(/<https?:[^>]+>/g, (m) => m.slice(1, -1)) // autolinks
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
}
