import type { BudgetStatusId } from "../../../engine/budget/budgetStatus";
import type { CellStyle } from "../../changeSet";
import { STATUS_STYLE } from "../../write/statusStyle";

/**
 * The plan check's palette, by meaning: good where revenue meets its estimate or spending stays
 * within it, bad where revenue falls short or spending overruns, grey for missing data.
 */
export const BUDGET_STATUS_STYLE: Record<BudgetStatusId, CellStyle | undefined> = {
  above_estimate: STATUS_STYLE.exceeded,
  met_estimate: STATUS_STYLE.achieved,
  on_pace: STATUS_STYLE.on_track,
  behind: STATUS_STYLE.lagging,
  below_estimate: STATUS_STYLE.not_achieved,
  within_estimate: STATUS_STYLE.achieved,
  over_estimate: STATUS_STYLE.not_achieved,
  recorded: undefined,
  mismatch: STATUS_STYLE.at_risk,
  missing: STATUS_STYLE.missing,
  invalid: STATUS_STYLE.invalid,
  caption: undefined,
};
