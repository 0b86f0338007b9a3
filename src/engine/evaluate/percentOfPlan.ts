import type { ActualValue } from "../model/indicator";
import type { Goal } from "./goal";

/**
 * "% KH": the figure as a percentage of the year's planned level, as reports write
 * TH/KH × 100 whatever the direction. A finished milestone is 100%.
 */
export function percentOfPlan(actual: ActualValue, goal: Goal | undefined): number | undefined {
  if (actual.kind === "milestone") return actual.state === "done" ? 100 : undefined;
  if (!goal || goal.meet === 0) return undefined;
  const percent = (actual.value / goal.meet) * 100;
  return Number.isFinite(percent) ? percent : undefined;
}
