/**
 * Gives table cells the column a reader sees them in. mammoth removes the continuation cells
 * of vertically merged cells and records spans instead, so a cell's index in its row is not
 * its column: a cell after a merged one would shift left. This tracks which grid columns are
 * still covered from rows above, the way HTML table layout does.
 *
 * Only columns covered by a cell spanning several rows are remembered, so the work per row is
 * bounded by the spans still open, not by the table's width: a hostile table one row of which
 * is thousands of columns wide costs nothing extra on the rows below it.
 */

/** Word allows 63 columns; a larger w:gridSpan is damage, and must not make us loop for ever. */
const MAX_SPAN = 64;

/** The grid of one table, filled row by row. */
export class TableGrid {
  /** Grid column → rows still covered (the current one included) by a cell from above. */
  private readonly covered = new Map<number, number>();
  private column = 0;
  private rowNumber = 0;

  /** Starts the next row; returns its 1-based number. */
  startRow(): number {
    if (this.rowNumber > 0) {
      for (const [column, remaining] of this.covered) {
        if (remaining <= 1) this.covered.delete(column);
        else this.covered.set(column, remaining - 1);
      }
    }
    this.column = 0;
    return ++this.rowNumber;
  }

  /** Places the row's next cell; returns its 1-based grid column. */
  placeCell(colSpan: number | undefined, rowSpan: number | undefined): number {
    while ((this.covered.get(this.column) ?? 0) > 0) this.column++;
    const start = this.column;
    const columns = Math.min(MAX_SPAN, atLeastOne(colSpan));
    // Row spans are counted by mammoth from rows that exist, so they need no upper bound.
    const rows = atLeastOne(rowSpan);
    if (rows > 1) for (let i = 0; i < columns; i++) this.covered.set(start + i, rows);
    this.column += columns;
    return start + 1;
  }
}

function atLeastOne(span: number | undefined): number {
  if (span === undefined || !Number.isFinite(span) || span < 1) return 1;
  return Math.floor(span);
}
