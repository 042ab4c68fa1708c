import type { FrameRect } from './layout-types.js';

/** Above this many blocks on one page, fall back to plain top-to-bottom order (keeps the cost bounded). */
const MAX_BLOCKS_FOR_CUTS = 500;
/** Share of the smaller column's blocks that must line up with the other column's for the two to be rows of a table. */
const ROW_ALIGNMENT_SHARE = 0.6;
/** Cells of one table row start within this many points of each other. */
const ROW_TOP_TOLERANCE = 3;

/**
 * Puts the blocks of one page in reading order with recursive X-Y cuts: where a vertical
 * gap runs through everything, read the left column before the right one; otherwise peel off
 * the topmost band and continue below it. Columns whose blocks line up row by row (a table or
 * a form of labels and values) are read row by row instead. Plain top-to-bottom,
 * left-to-right order is the fallback.
 */
export function readingOrder<T extends FrameRect>(blocks: readonly T[]): T[] {
  if (blocks.length > MAX_BLOCKS_FOR_CUTS) return sortTopLeft(blocks);
  const out: T[] = [];
  orderInto(blocks, out);
  return out;
}

function orderInto<T extends FrameRect>(blocks: readonly T[], out: T[]): void {
  let rest = blocks;
  while (rest.length > 0) {
    if (rest.length === 1) {
      out.push(...rest);
      return;
    }
    const columns = splitByGaps(rest, (b) => b.left, (b) => b.right);
    const rows = columns.length > 1 && looksLikeRows(columns);
    if (columns.length > 1 && !rows) {
      for (const column of columns) orderInto(column, out);
      return;
    }
    const bands = splitByGaps(rest, (b) => b.top, (b) => b.bottom);
    const [band, ...below] = bands;
    if (band === undefined || below.length === 0) {
      // One band that cannot be cut vertically either, or one row of table cells.
      if (rows) for (const column of columns) out.push(...sortTopLeft(column));
      else out.push(...sortTopLeft(rest));
      return;
    }
    orderInto(band, out);
    rest = below.flat();
  }
}

/** Splits blocks into groups separated by gaps along one axis, in order along that axis. */
function splitByGaps<T>(blocks: readonly T[], start: (b: T) => number, end: (b: T) => number): T[][] {
  const sorted = [...blocks].sort((a, b) => start(a) - start(b));
  const groups: T[][] = [];
  let current: T[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const block of sorted) {
    if (current.length > 0 && start(block) > reach) {
      groups.push(current);
      current = [];
    }
    current.push(block);
    reach = Math.max(reach, end(block));
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** True when neighbouring columns' blocks start at the same heights: cells of table rows. */
function looksLikeRows(columns: readonly (readonly FrameRect[])[]): boolean {
  for (let i = 1; i < columns.length; i++) {
    const left = columns[i - 1] ?? [];
    const right = columns[i] ?? [];
    const smaller = Math.min(left.length, right.length);
    if (smaller < 2) continue;
    const [few, many] = left.length <= right.length ? [left, right] : [right, left];
    const aligned = few.filter((a) => many.some((b) => Math.abs(a.top - b.top) <= ROW_TOP_TOLERANCE)).length;
    if (aligned >= ROW_ALIGNMENT_SHARE * smaller) return true;
  }
  return false;
}

function sortTopLeft<T extends FrameRect>(blocks: readonly T[]): T[] {
  return [...blocks].sort((a, b) => a.top - b.top || a.left - b.left);
}
