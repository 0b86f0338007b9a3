import { finding, type Finding } from "../../engine/findings/finding";
import { address } from "../a1";
import { headerCellCount, mayStartHeader } from "./headerBlock";
import type { SheetGrid } from "./sheetGrid";

/** How many rows under a header's first row its formulas may stand in. */
const HEADER_DEPTH = 4;

/**
 * Header cells that are formulas without a result in the file (="TH "&($BX$1-5) never
 * calculated): one finding each, at its cell. Their column is not guessed: a header is read
 * from its cached value only.
 */
export function uncachedHeaders(
  grid: SheetGrid,
  rows: readonly number[],
  firstColumn: number,
): Finding[] {
  const out: Finding[] = [];
  for (const row of rows) {
    for (let column = firstColumn; column <= grid.lastColumn; column++) {
      const formula = grid.formula(row, column);
      if (formula === null || !grid.isBlank(row, column) || grid.isHiddenColumn(column)) continue;
      out.push(
        finding(
          "header_formula_uncached",
          { formula },
          { sheet: grid.name, cell: address(row, column) },
        ),
      );
    }
  }
  return out;
}

/**
 * No plan table was found: the headers that would have made one may be formulas without a
 * result. The uncached formulas in the rows under each row that starts a header ("STT" |
 * "Chỉ tiêu") are reported, so the sheet's one finding is not a bare "no plan table".
 */
export function uncachedHeadersWithoutTable(grid: SheetGrid): Finding[] {
  const rows = new Set<number>();
  for (let row = grid.firstRow; row <= grid.lastRow; row++) {
    if (!mayStartHeader(grid, row) || headerCellCount(grid, row) < 2) continue;
    for (let r = row; r < row + HEADER_DEPTH && r <= grid.lastRow; r++) rows.add(r);
  }
  return uncachedHeaders(grid, [...rows], grid.firstColumn);
}
