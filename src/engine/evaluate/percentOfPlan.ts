import type { ActualValue } from "../model/indicator";
import type { Goal } from "./goal";

/**
 * A reduction target's "% KH": the reduction achieved against the one planned ("giảm 3%" met by
 * a 6% fall is 200%), never the level over the level, which reads backwards for a decrease.
 */
function reductionPercent(value: number, goal: Goal, from: number): number | undefined {
  const planned = from - goal.meet;
  if (planned <= 0) return undefined;
  const percent = ((from - value) / planned) * 100;
  return Number.isFinite(percent) ? percent : undefined;
}

/**
 * "% KH": the figure as a percentage of the year's planned level, as reports write
 * TH/KH × 100; for a reduction, the reduction achieved over the one planned.
 * A finished milestone is 100%.
 */
export function percentOfPlan(actual: ActualValue, goal: Goal | undefined): number | undefined {
  if (actual.kind === "milestone") return actual.state === "done" ? 100 : undefined;
  if (!goal) return undefined;
  if (goal.lowerIsBetter && goal.changeFrom !== undefined) {
    return reductionPercent(actual.value, goal, goal.changeFrom);
  }
  if (goal.meet === 0) return undefined;
  const percent = (actual.value / goal.meet) * 100;
  return Number.isFinite(percent) ? percent : undefined;
}
