import { BUDGET_STATUS_KIN, type BudgetStatusId } from "../../../engine/budget/budgetStatus";
import type { CellStyle } from "../../changeSet";
import { STATUS_STYLE } from "../../write/statusStyle";

/** Lines with nothing to judge, left uncoloured. */
const UNCOLOURED: ReadonlySet<BudgetStatusId> = new Set(["recorded", "caption"]);

/**
 * The plan check's palette, by meaning: good where revenue meets its estimate or spending stays
 * within it, bad where revenue falls short or spending overruns, grey for missing data.
 */
export function budgetStatusStyle(status: BudgetStatusId): CellStyle | undefined {
  return UNCOLOURED.has(status) ? undefined : STATUS_STYLE[BUDGET_STATUS_KIN[status]];
}
