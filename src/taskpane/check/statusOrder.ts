import { isYearEnd, type PeriodId } from "../../engine/model/period";
import { STATUS_IDS, YEAR_END_STATUSES, type StatusId } from "../../engine/model/status";

/** Statuses that need a planner's attention: shown in the list unless filtered out. */
export const ATTENTION_STATUSES: readonly StatusId[] = [
  "at_risk",
  "lagging",
  "not_achieved",
  "missing",
  "invalid",
];

/** The statuses a check of this period can give, in report order. */
export function statusesFor(period: PeriodId): StatusId[] {
  return isYearEnd(period) ? STATUS_IDS.filter((s) => YEAR_END_STATUSES.has(s)) : [...STATUS_IDS];
}
