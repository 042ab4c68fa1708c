import { HeightRule, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { stripInvalidXml } from './docx-core-properties.js';

/**
 * Small builders for the Word export's tables and paragraphs, so the checklist layout reads
 * as what it shows rather than as docx options. Units: twips (1/20 pt) as Word counts them.
 */

/**
 * A4 is 11 906 × 16 838 twips. The checklist is printed landscape: its item tables have six
 * columns, which portrait squeezes into one word per line. 2 cm margins leave this much for text.
 */
export const A4 = { width: 11906, height: 16838, margin: 1134 } as const;
const TEXT_WIDTH = A4.height - 2 * A4.margin;

/** A run of text: `text` may hold newlines, which become line breaks inside the paragraph. */
export interface RunSpec {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** Half-points (18 = 9 pt). */
  readonly size?: number;
  readonly font?: string;
}

export type RunInput = string | RunSpec;

function runs(inputs: readonly RunInput[]): TextRun[] {
  return inputs.flatMap((input) => {
    const spec = typeof input === 'string' ? { text: input } : input;
    // Word has no newline in a run: each line after the first starts with a break.
    return stripInvalidXml(spec.text).split('\n').map(
      (line, index) =>
        new TextRun({
          text: line,
          ...(index > 0 ? { break: 1 } : {}),
          ...(spec.bold ? { bold: true } : {}),
          ...(spec.italics ? { italics: true } : {}),
          ...(spec.size !== undefined ? { size: spec.size } : {}),
          ...(spec.font !== undefined ? { font: spec.font } : {}),
        }),
    );
  });
}

/** A body paragraph of runs. */
export function para(...inputs: readonly RunInput[]): Paragraph {
  return new Paragraph({ children: runs(inputs), spacing: { after: 60 } });
}

/** A cell of paragraphs (strings become paragraphs of their own). */
export function cell(content: readonly (Paragraph | RunInput)[], options: { readonly header?: boolean } = {}): TableCell {
  const children = content.length === 0 ? [new Paragraph({})] : content.map((c) => (c instanceof Paragraph ? c : para(typeof c === 'string' ? { text: c, bold: options.header === true } : c)));
  return new TableCell({
    children,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } } : {}),
  });
}

/**
 * A table across the text width: the header row repeats on every page (`tblHeader`), no row
 * is split across pages, and the column widths are fixed so Word, LibreOffice and Pages lay
 * it out alike. `widths` are shares of the width (they need not add up to 100).
 */
export function table(widths: readonly number[], header: readonly string[], rows: readonly (readonly TableCell[])[], options: { readonly minRowHeight?: number } = {}): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((share) => Math.floor((share / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((label) => cell([label], { header: true })) }),
      ...rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: [...cells],
            ...(options.minRowHeight !== undefined ? { height: { value: options.minRowHeight, rule: HeightRule.ATLEAST } } : {}),
          }),
      ),
    ],
  });
}

/** A two-column table of labelled facts, the labels in the first column. */
export function factTable(header: readonly [string, string], facts: readonly (readonly [string, string])[]): Table {
  return table([30, 70], header, facts.map(([label, value]) => [cell([{ text: label, bold: true }]), cell([value])]));
}
