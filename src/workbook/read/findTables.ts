import { parseRange } from "../a1";
import type { TableInfo } from "../snapshot";
import { columnHeading, type ColumnHeading } from "./columnHeading";
import { isPlanHeader } from "./columnLayout";
import { headerBlock, headerCellCount, headerExtent, mayStartHeader } from "./headerBlock";
import type { SheetGrid } from "./sheetGrid";

/** A plan table's header as found on the sheet. */
export interface FoundHeader {
  rows: number[];
  firstColumn: number;
  lastColumn: number;
  headings: ColumnHeading[];
  /** An Excel table's last row: its data ends there. */
  lastRow?: number;
}

function headingsOf(grid: SheetGrid, rows: number[], first: number, last: number): ColumnHeading[] {
  const out: ColumnHeading[] = [];
  for (let column = first; column <= last; column++)
    out.push(columnHeading(grid, rows, column, first));
  return out;
}

/** Excel tables (ListObjects) with a header row that makes them plan tables. */
function excelTableHeaders(grid: SheetGrid, tables: readonly TableInfo[]): FoundHeader[] {
  const out: FoundHeader[] = [];
  for (const table of tables) {
    const range = parseRange(table.range);
    if (!table.showHeaders || !range) continue;
    const rows = [range.start.row];
    const headings = headingsOf(grid, rows, range.start.column, range.end.column);
    if (!isPlanHeader(headings)) continue;
    out.push({
      rows,
      firstColumn: range.start.column,
      lastColumn: range.end.column,
      headings,
      lastRow: range.end.row,
    });
  }
  return out;
}

/**
 * Every plan table header on the sheet: Excel tables first, then plain ranges found by
 * scanning rows for two or more header texts and taking the header rows stacked with them.
 * A header counts when it has an indicator column and a target or actual column.
 */
export function findTables(grid: SheetGrid, tables: readonly TableInfo[]): FoundHeader[] {
  const found = excelTableHeaders(grid, tables);
  const claimed = found.map((h) => [h.rows[0], h.lastRow ?? h.rows[0]] as const);
  let floor = grid.firstRow;
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    const claim = claimed.find(([from, to]) => row >= from && row <= to);
    if (claim) {
      row = claim[1];
      floor = row + 1;
      continue;
    }
    if (!mayStartHeader(grid, row) || headerCellCount(grid, row) < 2) continue;
    const rows = headerBlock(grid, row, floor);
    const { first, last } = headerExtent(grid, rows);
    const headings = headingsOf(grid, rows, first, last);
    if (!isPlanHeader(headings)) continue;
    found.push({ rows, firstColumn: first, lastColumn: last, headings });
    row = rows[rows.length - 1];
    floor = row + 1;
  }
  return found.sort((a, b) => a.rows[0] - b.rows[0]);
}
