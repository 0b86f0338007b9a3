import type { BudgetCheck } from "../../../engine/budget/checkBudget";
import { finding, type Finding } from "../../../engine/findings/finding";
import { address } from "../../a1";
import type { ReadBudgetTable } from "../read/readBudgetTable";

/**
 * The table holds no figure: every amount, share and typed percentage of every line is blank
 * or 0, as in a reporting system's template exported before anyone filled it in (the form types
 * 0 for blank). A table with no lines at all (only placeholders) is one too.
 */
export function hasNoFigures(check: BudgetCheck): boolean {
  return check.lines.every((line) =>
    [
      ...Object.values(line.amounts),
      line.share,
      line.typedPercentOfEstimate,
      line.typedPercentOfLastYear,
    ].every((figure) => figure === undefined || figure === 0),
  );
}

/** "Chưa có số liệu", pointing at the table's first header cell. */
export function noFiguresFinding(table: ReadBudgetTable): Finding {
  const row = table.headerRows[0] ?? table.firstDataRow;
  return finding(
    "budget_no_figures",
    {},
    { sheet: table.sheet, cell: address(row, table.firstColumn) },
  );
}
