import type { Target } from "../model/target";
import { isLowerBetter } from "../model/target";

/**
 * A target resolved to levels of the actual figure: which way is better, the level that
 * meets the plan, and the level beyond which the plan is exceeded.
 */
export interface Goal {
  lowerIsBetter: boolean;
  /** The level the actual must reach (or stay under, when lower is better). */
  meet: number;
  /** "trên 70%": reaching the level exactly does not meet it. */
  strict: boolean;
  /** Beyond this level the plan is exceeded; undefined when it cannot be ("duy trì"). */
  exceedBeyond?: number;
  /** A limit not to pass ("không quá 3", "không để xảy ra"): once over it, it is not met. */
  ceiling?: true;
  /** For a change against last year: the baseline it starts from. */
  changeFrom?: number;
}

export type GoalResolution =
  | { ok: true; goal: Goal }
  | { ok: false; reason: "no_value" | "needs_baseline" | "range_reversed" };

function changedLevel(baseline: number, change: number, target: Target, sign: 1 | -1): number {
  return target.relative ? baseline * (1 + (sign * change) / 100) : baseline + sign * change;
}

/** Resolves a numeric target against the baseline (for increase/decrease kinds). */
export function resolveGoal(target: Target, baseline: number | undefined): GoalResolution {
  if (target.value === undefined) return { ok: false, reason: "no_value" };
  if (target.max !== undefined && target.max < target.value) {
    return { ok: false, reason: "range_reversed" };
  }
  const strict = target.strict === true;
  const upper = target.max ?? target.value;
  switch (target.kind) {
    case "at_least":
    case "milestone":
      return {
        ok: true,
        goal: { lowerIsBetter: false, meet: target.value, strict, exceedBeyond: upper },
      };
    case "range":
      return {
        ok: true,
        goal: { lowerIsBetter: false, meet: target.value, strict, exceedBeyond: upper },
      };
    case "maintain":
      return { ok: true, goal: { lowerIsBetter: false, meet: target.value, strict } };
    case "at_most":
      return {
        ok: true,
        goal: {
          lowerIsBetter: true,
          meet: target.value,
          strict,
          exceedBeyond: target.value,
          ceiling: true,
        },
      };
    case "increase":
    case "decrease": {
      if (baseline === undefined) return { ok: false, reason: "needs_baseline" };
      const sign = target.kind === "increase" ? 1 : -1;
      return {
        ok: true,
        goal: {
          lowerIsBetter: isLowerBetter(target.kind),
          meet: changedLevel(baseline, target.value, target, sign),
          strict,
          exceedBeyond: changedLevel(baseline, upper, target, sign),
          changeFrom: baseline,
        },
      };
    }
  }
}
