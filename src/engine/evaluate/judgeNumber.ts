import type { StatusId } from "../model/status";
import { exceeds, meets, reaches, withinShortfall } from "./compare";
import type { Goal } from "./goal";

/** Year-end judgement of a figure: the plan exceeded, met, or not. */
export function judgeAtYearEnd(actual: number, goal: Goal): StatusId {
  if (exceeds(actual, goal)) return "exceeded";
  return meets(actual, goal) ? "achieved" : "not_achieved";
}

/**
 * Mid-year judgement. A cumulative flow is held to the pro-rata level (fraction × target);
 * a level (a rate, a share) is held to the target itself. A flow that has already met the
 * whole year's target is judged as at year end; a ceiling already passed is not met.
 */
export function judgeMidYear(
  actual: number,
  goal: Goal,
  cumulative: boolean,
  fraction: number,
  atRiskTolerance: number,
): StatusId {
  if (cumulative && !goal.lowerIsBetter && meets(actual, goal)) return judgeAtYearEnd(actual, goal);
  // A limit already passed cannot be met by year end, nor be "behind pace".
  if (goal.ceiling && !meets(actual, goal)) return "not_achieved";
  const pace = cumulative ? goal.meet * fraction : goal.meet;
  const onPace = cumulative ? reaches(actual, pace, goal) : meets(actual, goal);
  if (onPace) return "on_track";
  return withinShortfall(actual, pace, atRiskTolerance, goal) ? "at_risk" : "lagging";
}
