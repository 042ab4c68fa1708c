/**
 * Mirrors, for the paragraph census, how mammoth drops the continuation cells of vertically
 * merged table cells (body-reader.js `calculateRowSpans`): a cell marked w:vMerge (without
 * "restart") disappears from mammoth's model, paragraphs and all, when an earlier row had a
 * cell starting at the same cell index. mammoth skips this step for a whole table when the
 * table holds anything other than rows, or a row anything other than cells (a bookmark
 * between rows is the usual case). Whether that happens is known only at the table's end,
 * so paragraphs in would-be-dropped cells are held as "conditional" until then.
 */

interface TableState {
  /** Cell indices at which some earlier row had a (kept) cell start. */
  readonly startedColumns: Set<number>;
  /** Cell index of the next cell in the current row (mammoth's arithmetic, NaN included). */
  cellIndex: number;
  /** True once the table held a non-row or a row a non-cell: mammoth then drops no cells. */
  irregular: boolean;
  /** Census entries inside cells that mammoth drops if the table stays regular. */
  readonly conditionalEntries: number[];
}

/** A cell whose properties are still being read. */
interface PendingCell {
  readonly table: TableState;
  gridSpan: string | undefined;
  /** mammoth's readVMerge: present with no value or "continue". */
  continuesMerge: boolean;
}

/** The census's view of the open tables, innermost last; see the file comment. */
export class CensusTables {
  private readonly tables: TableState[] = [];
  /** Open cells by element depth: pending until decided, then kept or dropped. */
  private readonly cells = new Map<number, PendingCell | 'kept' | 'dropped'>();
  /** Tables (innermost last) of the dropped cells we are inside. */
  private readonly droppedCellTables: TableState[] = [];

  openTable(): void {
    this.tables.push({ startedColumns: new Set(), cellIndex: 0, irregular: false, conditionalEntries: [] });
  }

  /** Closes the innermost table; returns the entries mammoth dropped with its merged cells. */
  closeTable(): readonly number[] {
    const table = this.tables.pop();
    if (!table || table.irregular) return [];
    return table.conditionalEntries;
  }

  /** A row mammoth reads (not a deleted one) starts. */
  openRow(): void {
    const table = this.tables.at(-1);
    if (table) table.cellIndex = 0;
  }

  /** The innermost table holds something mammoth does not see as a row or cell. */
  markIrregular(): void {
    const table = this.tables.at(-1);
    if (table) table.irregular = true;
  }

  /** A cell mammoth reads opens at element depth `depth`. */
  openCell(depth: number): void {
    const table = this.tables.at(-1);
    if (table) this.cells.set(depth, { table, gridSpan: undefined, continuesMerge: false });
  }

  /** w:gridSpan or w:vMerge read from the properties of the cell at `depth`. */
  setCellProperty(depth: number, property: 'gridSpan' | 'vMerge', value: string | undefined): void {
    const cell = this.cells.get(depth);
    if (typeof cell !== 'object') return;
    if (property === 'gridSpan') cell.gridSpan = value;
    else cell.continuesMerge = value === 'continue' || !value;
  }

  /** Decides whether the cell at `depth` is dropped, once its properties are read. */
  decideCell(depth: number): void {
    const cell = this.cells.get(depth);
    if (typeof cell !== 'object') return;
    const { table } = cell;
    const dropped = cell.continuesMerge && table.startedColumns.has(table.cellIndex);
    if (!dropped) table.startedColumns.add(table.cellIndex);
    // mammoth: colSpan = gridSpan ? parseInt(gridSpan, 10) : 1, possibly NaN.
    table.cellIndex += cell.gridSpan ? parseInt(cell.gridSpan, 10) : 1;
    this.cells.set(depth, dropped ? 'dropped' : 'kept');
    if (dropped) this.droppedCellTables.push(table);
  }

  closeCell(depth: number): void {
    this.decideCell(depth);
    if (this.cells.get(depth) === 'dropped') this.droppedCellTables.pop();
    this.cells.delete(depth);
  }

  /** Whether the cell at `depth` still waits for its decision. */
  isPending(depth: number): boolean {
    return typeof this.cells.get(depth) === 'object';
  }

  /** A census entry was made: it is conditional on every dropped cell it sits in. */
  noteEntry(entry: number): void {
    for (const table of this.droppedCellTables) table.conditionalEntries.push(entry);
  }

  /** A census entry was withdrawn (deleted paragraph mark): forget it. */
  withdrawEntry(entry: number): void {
    for (const table of this.droppedCellTables) {
      if (table.conditionalEntries.at(-1) === entry) table.conditionalEntries.pop();
    }
  }
}
