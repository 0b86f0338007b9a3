import type { ActualValue, MilestoneState } from "../model/indicator";
import type { Indicator } from "../model/indicator";
import { isPercentUnit } from "../read/unitKind";

/**
 * "Tất cả": done only when every sub-unit is done; under way when any has started or finished;
 * else not done. Undefined for no states.
 */
export function rollUpMilestones(states: readonly MilestoneState[]): MilestoneState | undefined {
  if (states.length === 0) return undefined;
  if (states.every((s) => s === "done")) return "done";
  return states.some((s) => s !== "not_done") ? "in_progress" : "not_done";
}

/**
 * A sub-unit's figure as a milestone state: a state as typed, or a number against the
 * milestone's count (100 for a %, else 1 unless the target names one).
 */
export function milestoneOf(value: ActualValue, indicator: Indicator): MilestoneState {
  if (value.kind === "milestone") return value.state;
  const target = indicator.target;
  const goal =
    target?.kind === "milestone" && target.value !== undefined
      ? target.value
      : isPercentUnit(indicator.unit)
        ? 100
        : 1;
  if (value.value >= goal) return "done";
  return value.value > 0 ? "in_progress" : "not_done";
}
