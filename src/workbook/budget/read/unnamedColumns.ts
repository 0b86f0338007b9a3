import { finding, type Finding } from "../../../engine/findings/finding";
import { address, columnLetter } from "../../a1";
import type { FoundHeaderOf } from "../../read/findTables";
import type { SheetGrid } from "../../read/sheetGrid";
import type { CellValue } from "../../snapshot";
import type { BudgetHeading } from "./budgetLayout";
import type { ReadBudgetTable } from "./readBudgetTable";

/** A number, or one typed as text ("3.000.000", "(120,5)"). */
function isFigure(value: CellValue): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && /\d/.test(value) && /^[\s\d.,()%+\-–]+$/.test(value);
}

/**
 * Columns of the table (under its header or right beside it) with figures in its lines but no
 * header text at all: what they hold cannot be told, so they are not checked, and the user is
 * told so.
 */
export function unnamedColumns(
  grid: SheetGrid,
  header: FoundHeaderOf<BudgetHeading>,
  table: ReadBudgetTable,
): Finding[] {
  const out: Finding[] = [];
  const bottom = header.rows[header.rows.length - 1];
  for (let column = header.firstColumn; column <= table.lastColumn; column++) {
    const heading = header.headings[column - header.firstColumn];
    if (heading && heading.texts.length > 0) continue;
    const figures = table.rows.some((r) => isFigure(grid.value(r.row, column)));
    if (!figures) continue;
    out.push(
      finding(
        "budget_unnamed_column",
        { column: columnLetter(column) },
        { sheet: grid.name, cell: address(bottom, column) },
      ),
    );
  }
  return out;
}
