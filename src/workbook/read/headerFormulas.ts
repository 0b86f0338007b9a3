import { finding, type Finding } from "../../engine/findings/finding";
import { address } from "../a1";
import type { SheetGrid } from "./sheetGrid";

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
