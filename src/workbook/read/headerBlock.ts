import type { SheetGrid } from "./sheetGrid";
import { isColumnNumberRow } from "./columnNumberRow";
import { matchHeader } from "./matchHeader";

/** Header rows stacked over merged cells: at most this many. */
const MAX_HEADER_ROWS = 4;

/** Whether a text names a column, in some table's vocabulary. */
export type HeaderTest = (text: string) => boolean;

/** A plan table's header text. */
export const isPlanHeaderText: HeaderTest = (text) => matchHeader(text) !== undefined;

/** Cells of the row whose own text is a header ("STT", "Chỉ tiêu", "KH 2020"…). */
export function headerCellCount(
  grid: SheetGrid,
  row: number,
  isHeader: HeaderTest = isPlanHeaderText,
): number {
  let count = 0;
  for (const column of grid.filledColumns(row)) {
    const value = grid.value(row, column);
    if (typeof value === "string" && value.length <= 200 && isHeader(value.trim())) count++;
  }
  return count;
}

/** A row that may start a header: no figures in it (two numbers make a data row). */
export function mayStartHeader(grid: SheetGrid, row: number): boolean {
  let numbers = 0;
  let texts = 0;
  for (const column of grid.filledColumns(row)) {
    const value = grid.value(row, column);
    if (typeof value === "number" && ++numbers >= 2) return false;
    if (typeof value === "string") texts++;
  }
  return texts >= 2;
}

function hasNumbers(grid: SheetGrid, row: number): boolean {
  return grid.filledColumns(row).some((column) => typeof grid.value(row, column) === "number");
}

/** A row that may belong to a header: text only, not the row of column numbers. */
function isHeaderLike(grid: SheetGrid, row: number): boolean {
  return !grid.isBlankRow(row) && !hasNumbers(grid, row) && !isColumnNumberRow(grid, row);
}

/**
 * A header text above a blank header cell: the upper row of a two-row header typed without
 * merges. ("Đơn vị" | "Phường 1" over "STT" | "Chỉ tiêu" is a key/value row, not a header.)
 */
function headsBlankColumn(
  grid: SheetGrid,
  row: number,
  below: number,
  isHeader: HeaderTest,
): boolean {
  return grid.filledColumns(row).some((column) => {
    const value = grid.value(row, column);
    return (
      typeof value === "string" && grid.mergedText(below, column) === "" && isHeader(value.trim())
    );
  });
}

/** Rows that a merge starting in `rows` reaches below them. */
function mergedReach(grid: SheetGrid, rows: readonly number[]): number {
  let reach = rows[rows.length - 1];
  for (const row of rows) {
    for (const range of grid.merges.inRow(row)) {
      if (range.start.row === row) reach = Math.max(reach, range.end.row);
    }
  }
  return reach;
}

/** A merge covering the row that starts above it. */
function mergedFromAbove(grid: SheetGrid, row: number, floor: number): number | undefined {
  let top: number | undefined;
  for (const range of grid.merges.inRow(row)) {
    if (range.start.row < row && range.start.row >= floor)
      top = Math.min(top ?? row, range.start.row);
  }
  return top;
}

/**
 * The rows of the header that `start` belongs to: rows above or below joined to it by merged
 * cells, or holding headers of their own ("Toàn huyện" above "KH 2020" without a merge).
 */
export function headerBlock(
  grid: SheetGrid,
  start: number,
  floor: number,
  isHeader: HeaderTest = isPlanHeaderText,
): number[] {
  let top = start;
  let bottom = start;
  while (bottom - top + 1 < MAX_HEADER_ROWS && top - 1 >= floor) {
    const above = mergedFromAbove(grid, top, floor);
    if (above !== undefined) top = Math.max(above, bottom - MAX_HEADER_ROWS + 1);
    else if (isHeaderLike(grid, top - 1) && headsBlankColumn(grid, top - 1, top, isHeader)) top--;
    else break;
  }
  while (bottom - top + 1 < MAX_HEADER_ROWS && bottom + 1 <= grid.lastRow) {
    const rows = range(top, bottom);
    const reach = Math.min(mergedReach(grid, rows), top + MAX_HEADER_ROWS - 1, grid.lastRow);
    if (reach > bottom) {
      bottom = reach;
      continue;
    }
    const next = bottom + 1;
    if (!isHeaderLike(grid, next)) break;
    if (headerCellCount(grid, next, isHeader) >= 1) {
      bottom = next;
      continue;
    }
    // A row of group names ("Toàn huyện", "Xã A") between the header and its sub-headers.
    const after = next + 1;
    const room = bottom - top + 3 <= MAX_HEADER_ROWS;
    if (
      room &&
      after <= grid.lastRow &&
      isHeaderLike(grid, after) &&
      headerCellCount(grid, after, isHeader) >= 2
    ) {
      bottom = after;
      continue;
    }
    break;
  }
  return range(top, bottom);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let row = from; row <= to; row++) out.push(row);
  return out;
}

/** First and last column holding header text (merged areas counted whole). */
export function headerExtent(
  grid: SheetGrid,
  rows: readonly number[],
): { first: number; last: number } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const filled = grid.filledColumns(row);
    if (filled.length > 0) {
      first = Math.min(first, filled[0]);
      last = Math.max(last, filled[filled.length - 1]);
    }
    for (const merge of grid.merges.inRow(row)) {
      if (grid.isBlank(merge.start.row, merge.start.column)) continue;
      first = Math.min(first, merge.start.column);
      last = Math.max(last, merge.end.column);
    }
  }
  return Number.isFinite(first)
    ? { first, last }
    : { first: grid.firstColumn, last: grid.firstColumn };
}
