import { parseRange } from "../a1";
import type { TableInfo } from "../snapshot";
import { columnHeading, type ColumnHeading } from "./columnHeading";
import { isPlanHeader } from "./columnLayout";
import {
  headerBlock,
  headerCellCount,
  headerExtent,
  isPlanHeaderText,
  mayStartHeader,
  type HeaderTest,
} from "./headerBlock";
import type { SheetGrid } from "./sheetGrid";
import type { BodyRequest } from "./tableBody";

/** A table's header as found on the sheet. */
export interface FoundHeaderOf<H> {
  rows: number[];
  firstColumn: number;
  lastColumn: number;
  headings: H[];
  /** An Excel table's last row: its data ends there. */
  lastRow?: number;
}

export type FoundHeader = FoundHeaderOf<ColumnHeading>;

/** What makes a header one kind of table's: its words, its column headings, and its roles. */
export interface TableKind<H> {
  isHeaderText: HeaderTest;
  heading(grid: SheetGrid, rows: readonly number[], column: number, firstColumn: number): H;
  accepts(headings: readonly H[]): boolean;
}

const PLAN_TABLE: TableKind<ColumnHeading> = {
  isHeaderText: isPlanHeaderText,
  // A hidden column is the form's unused part: no role, no group.
  heading: (grid, rows, column, firstColumn) =>
    grid.isHiddenColumn(column)
      ? { column, texts: [] }
      : columnHeading(grid, rows, column, firstColumn),
  accepts: isPlanHeader,
};

function headingsOf<H>(
  kind: TableKind<H>,
  grid: SheetGrid,
  rows: number[],
  first: number,
  last: number,
): H[] {
  const out: H[] = [];
  for (let column = first; column <= last; column++)
    out.push(kind.heading(grid, rows, column, first));
  return out;
}

/** Excel tables (ListObjects) with a header row of the kind. */
function excelTableHeaders<H>(
  kind: TableKind<H>,
  grid: SheetGrid,
  tables: readonly TableInfo[],
): FoundHeaderOf<H>[] {
  const out: FoundHeaderOf<H>[] = [];
  for (const table of tables) {
    const range = parseRange(table.range);
    if (!table.showHeaders || !range) continue;
    const rows = [range.start.row];
    const headings = headingsOf(kind, grid, rows, range.start.column, range.end.column);
    if (!kind.accepts(headings)) continue;
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
 * Every header of a kind of table on the sheet: Excel tables first, then plain ranges found by
 * scanning rows for two or more header texts and taking the header rows stacked with them.
 */
export function findHeaders<H>(
  kind: TableKind<H>,
  grid: SheetGrid,
  tables: readonly TableInfo[],
): FoundHeaderOf<H>[] {
  const found = excelTableHeaders(kind, grid, tables);
  const claimed = found.map((h) => [h.rows[0], h.lastRow ?? h.rows[0]] as const);
  let floor = grid.firstRow;
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    const claim = claimed.find(([from, to]) => row >= from && row <= to);
    if (claim) {
      row = claim[1];
      floor = row + 1;
      continue;
    }
    if (!mayStartHeader(grid, row) || headerCellCount(grid, row, kind.isHeaderText) < 2) continue;
    const rows = headerBlock(grid, row, floor, kind.isHeaderText);
    const { first, last } = headerExtent(grid, rows);
    const headings = headingsOf(kind, grid, rows, first, last);
    if (!kind.accepts(headings)) continue;
    found.push({ rows, firstColumn: first, lastColumn: last, headings });
    row = rows[rows.length - 1];
    floor = row + 1;
  }
  return found.sort((a, b) => a.rows[0] - b.rows[0]);
}

/**
 * Every plan table header on the sheet. A header counts when it has an indicator column and a
 * target or actual column.
 */
export function findTables(grid: SheetGrid, tables: readonly TableInfo[]): FoundHeader[] {
  return findHeaders(PLAN_TABLE, grid, tables);
}

/** Where a table's body may lie: under its header, up to the next table or its Excel table's end. */
export function bodyBounds<H>(
  grid: SheetGrid,
  header: FoundHeaderOf<H>,
  next: FoundHeaderOf<H> | undefined,
): Pick<
  BodyRequest,
  "grid" | "firstRow" | "lastRow" | "beforeAnotherTable" | "firstColumn" | "lastColumn"
> {
  return {
    grid,
    firstRow: header.rows[header.rows.length - 1] + 1,
    lastRow: header.lastRow ?? (next ? next.rows[0] - 1 : grid.lastRow),
    beforeAnotherTable: header.lastRow === undefined && next !== undefined,
    firstColumn: header.firstColumn,
    lastColumn: header.lastColumn,
  };
}
