import { isLowerBetter, type Target } from "../../engine/model/target";
import { PERIOD_FRACTION, type PeriodId } from "../../engine/model/period";
import { isPercentUnit } from "../../engine/read/unitKind";

/**
 * How a year is going, indicator by indicator, at a mid-year report: most on pace, some ahead,
 * a few behind or well behind. Cycled through a plan's indicators, shifted per unit.
 */
const PACE = [1.04, 1, 1.02, 1.12, 0.96, 1, 0.82, 1.06, 1, 1.01, 1.38, 0.66];

/** The level a target aims at, or undefined when it has none (a plain "hoàn thành"). */
function goalLevel(target: Target, baseline: number | undefined): number | undefined {
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

const MONEY = /đồng|dong|tỷ|triệu/i;

/** Decimals a clerk types for a figure: rates 1, money 1, counts (schools, cases…) none. */
function decimalsFor(unit: string): number {
  if (isPercentUnit(unit) || MONEY.test(unit)) return 1;
  return 0;
}

function rounded(value: number, unit: string): number {
  const f = 10 ** decimalsFor(unit);
  return Math.round(value * f) / f;
}

export interface DemoFigure {
  /** The figure to date. */
  actual: number | string | null;
  /** The year's estimate ("Ước cả năm"). */
  forecast: number | string | null;
}

export interface DemoIndicator {
  target: Target;
  baseline?: number;
  unit: string;
  cumulative: boolean;
}

/**
 * A plausible figure to date and estimate for the year for the i-th indicator of a unit,
 * at `period`: flows (cumulative) are paced through the year, levels are read as they stand.
 * `form` moves a unit's whole year ahead (above 1) or behind (below 1): the wards' story.
 */
export function demoFigure(
  indicator: DemoIndicator,
  period: PeriodId,
  i: number,
  unitIndex: number,
  form = 1,
): DemoFigure {
  const pace = PACE[(i + unitIndex * 5) % PACE.length] * form;
  const { target, baseline, unit } = indicator;
  if (target.kind === "milestone" && target.value === undefined) {
    return { actual: pace >= 1 ? "Hoàn thành" : "Đang thực hiện", forecast: "Hoàn thành" };
  }
  const goal = goalLevel(target, baseline);
  if (goal === undefined) return { actual: null, forecast: null };
  const lower = isLowerBetter(target.kind);
  const towards = (factor: number) => {
    const value = lower ? goal * (2 - factor) : goal * factor;
    return unit.includes("%") && goal <= 100 ? Math.min(100, value) : value;
  };
  const fraction = indicator.cumulative ? PERIOD_FRACTION[period] : 1;
  // Planners estimate the year a little above the pace so far.
  const forecast = rounded(towards(pace + 0.04), unit);
  return { actual: rounded(towards(pace) * fraction, unit), forecast };
}
