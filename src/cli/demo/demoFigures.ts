import type { Target } from "../../engine/model/target";
import { isLowerBetter } from "../../engine/model/target";
import type { WriteValue } from "../../workbook/changeSet";

/**
 * Deterministic "how the year went" factors, cycled through a plan's indicators: most meet
 * the plan, some exceed it, a few fall short — what a real year-end sheet looks like.
 */
const FACTORS = [1.04, 1, 1.12, 0.97, 1.01, 1.25, 1, 0.88, 1.06, 1.02, 1, 1.08];

function level(target: Target, baseline: number | undefined): number | undefined {
  if (target.value === undefined) return undefined;
  if (target.kind === "increase" || target.kind === "decrease") {
    if (baseline === undefined) return undefined;
    const sign = target.kind === "increase" ? 1 : -1;
    return target.relative
      ? baseline * (1 + (sign * target.value) / 100)
      : baseline + sign * target.value;
  }
  return target.value;
}

function rounded(value: number, unit: string): number {
  const decimals = unit.includes("%") ? 1 : Math.abs(value) >= 100 ? 0 : 1;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A plausible actual for the i-th indicator of a sub-unit `unitIndex`. */
export function demoActual(
  target: Target,
  baseline: number | undefined,
  unit: string,
  i: number,
  unitIndex = 0,
): WriteValue {
  const factor = FACTORS[(i + unitIndex * 5) % FACTORS.length];
  if (target.kind === "milestone" && target.value === undefined)
    return factor >= 1 ? "Hoàn thành" : "Đang thực hiện";
  const goal = level(target, baseline);
  if (goal === undefined) return null;
  const towards = isLowerBetter(target.kind) ? goal * (2 - factor) : goal * factor;
  const capped = unit.includes("%") && goal <= 100 ? Math.min(100, towards) : towards;
  return rounded(capped, unit);
}
