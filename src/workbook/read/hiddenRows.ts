import { finding, type Finding } from "../../engine/findings/finding";
import { address } from "../a1";
import { isEmptyFigure } from "./groupRow";
import type { SheetGrid } from "./sheetGrid";
import type { TableBody } from "./tableBody";

/**
 * Hidden rows are the form's unused part: they are not judged. One finding per table says how
 * many of them hold figures, at the range from the first such row to the last in the table's
 * first column; none when they hold none.
 */
export function hiddenRowsFinding(
  grid: SheetGrid,
  body: TableBody,
  figureColumns: readonly number[],
  firstColumn: number,
): Finding[] {
  const rows = body.rows
    .filter((line) => line.hidden)
    .map((line) => line.row)
    .filter((row) => figureColumns.some((column) => !isEmptyFigure(grid.value(row, column))));
  if (rows.length === 0) return [];
  const first = address(rows[0], firstColumn);
  const last = address(rows[rows.length - 1], firstColumn);
  return [
    finding(
      "hidden_rows_with_figures",
      { count: rows.length },
      { sheet: grid.name, cell: first === last ? first : `${first}:${last}` },
    ),
  ];
}
