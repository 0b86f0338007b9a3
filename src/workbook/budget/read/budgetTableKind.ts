import { columnHeadingWith } from "../../read/columnHeading";
import type { TableKind } from "../../read/findTables";
import { matchHeader } from "../../read/matchHeader";
import type { BudgetHeading } from "./budgetLayout";
import { isBudgetHeaderText, matchBudgetHeader } from "./matchBudgetHeader";

/** A plan table's target column ("Kế hoạch", "KH 2020"): the header is a plan table's. */
function hasPlanTarget(heading: BudgetHeading): boolean {
  return heading.texts.some((text) => {
    const role = matchHeader(text)?.role;
    return role === "target" || role === "targetMax";
  });
}

/**
 * A budget header has a name (Nội dung, or Đơn vị for a table of units) and an estimate, a
 * share, an amount, or final accounts ("Quyết toán"); an actual alone ("Thực hiện") and any
 * target column ("Kế hoạch") leave the table to the plan reader.
 */
export function isBudgetHeader(headings: readonly BudgetHeading[]): boolean {
  const roles = new Set(headings.map((h) => h.match?.role));
  if (!roles.has("name") && !roles.has("entity")) return false;
  const finalAccounts = headings.some(
    (h) => h.match?.role === "actual" && matchHeader(h.text ?? "")?.role === "budget",
  );
  const figures =
    roles.has("estimate") || roles.has("share") || roles.has("amount") || finalAccounts;
  return figures && !headings.some(hasPlanTarget);
}

export const BUDGET_TABLE: TableKind<BudgetHeading> = {
  isHeaderText: isBudgetHeaderText,
  heading: (grid, rows, column, firstColumn) =>
    columnHeadingWith(grid, rows, column, firstColumn, matchBudgetHeader),
  accepts: isBudgetHeader,
};
