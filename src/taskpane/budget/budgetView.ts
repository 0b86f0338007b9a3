import type { BudgetLineResult } from "../../engine/budget/budgetLine";
import { BUDGET_STATUS_IDS, type BudgetStatusId } from "../../engine/budget/budgetStatus";
import type { BudgetCheck } from "../../engine/budget/checkBudget";

/** The statuses a finance officer has to look at, in the order the pane lists them. */
export const ATTENTION_STATUSES: readonly BudgetStatusId[] = [
  "over_estimate",
  "behind",
  "below_estimate",
  "mismatch",
  "missing",
  "invalid",
];

/** A table's lines that need a look, in row order. */
export function attentionLines(check: BudgetCheck): BudgetLineResult[] {
  return check.lines.filter((line) => ATTENTION_STATUSES.includes(line.status));
}

/** How many lines of these tables have each status, in the catalogue's order; none for captions. */
export function statusCounts(
  checks: readonly BudgetCheck[],
): { status: BudgetStatusId; count: number }[] {
  return BUDGET_STATUS_IDS.filter((status) => status !== "caption")
    .map((status) => ({
      status,
      count: checks.reduce((n, c) => n + c.lines.filter((l) => l.status === status).length, 0),
    }))
    .filter((entry) => entry.count > 0);
}

/**
 * The cell a line's link selects: where its first finding points (the actual over its estimate,
 * the blank figure), else its actual, else its name.
 */
export function lineCell(line: BudgetLineResult): string | undefined {
  const pointed = line.findings.find((f) => f.cell !== undefined)?.cell;
  return pointed ?? line.cells.actual ?? line.cells.name ?? line.cells.code;
}
