import { finding, type Finding } from "../findings/finding";
import type { ActualValue, Indicator } from "../model/indicator";
import { PERIOD_FRACTION, isYearEnd } from "../model/period";
import type { StatusId } from "../model/status";
import { resolveGoal, type Goal } from "./goal";
import { judgeAtYearEnd, judgeMidYear } from "./judgeNumber";
import { judgeMilestone } from "./judgeMilestone";
import type { EvaluationOptions } from "./options";
import { percentOfPlan } from "./percentOfPlan";

export interface Evaluation {
  status: StatusId;
  /** "% KH" of the actual (or of the forecast when the status was judged on it). */
  percent?: number;
  /** The year's estimate judged as at year end, beside the actual. */
  forecastStatus?: StatusId;
  forecastPercent?: number;
  findings: Finding[];
}

type Judged = { status: StatusId; percent: number | undefined };

function judge(
  value: ActualValue,
  goal: Goal | undefined,
  indicator: Indicator,
  yearEnd: boolean,
  options: EvaluationOptions,
): Judged {
  const percent = percentOfPlan(value, goal);
  if (value.kind === "milestone") return { status: judgeMilestone(value.state, yearEnd), percent };
  if (!goal) return { status: "invalid", percent: undefined };
  const status = yearEnd
    ? judgeAtYearEnd(value.value, goal)
    : judgeMidYear(
        value.value,
        goal,
        indicator.cumulative,
        PERIOD_FRACTION[options.period],
        options.atRiskTolerance,
      );
  return { status, percent };
}

function evaluation(judged: Judged, forecast: Judged | undefined, findings: Finding[]): Evaluation {
  const out: Evaluation = { status: judged.status, findings };
  if (judged.percent !== undefined) out.percent = judged.percent;
  if (forecast) {
    out.forecastStatus = forecast.status;
    if (forecast.percent !== undefined) out.forecastPercent = forecast.percent;
  }
  return out;
}

/** Judges one indicator's actual (and forecast) against its target for the period. */
export function evaluateIndicator(indicator: Indicator, options: EvaluationOptions): Evaluation {
  const { name, target, sheet, cells } = indicator;
  if (!target) {
    if (indicator.noPlan) return { status: "no_target", findings: [] };
    // Text that could not be read: its finding came with the reading.
    if (indicator.targetText) return { status: "invalid", findings: [] };
    // A target that should exist but could not be made (a roll-up of unlike targets).
    return {
      status: "missing",
      findings: [finding("missing_target", { name }, { sheet, cell: cells.target })],
    };
  }

  let goal: Goal | undefined;
  if (target.value !== undefined) {
    const resolved = resolveGoal(target, indicator.baseline);
    if (resolved.ok) goal = resolved.goal;
    else if (resolved.reason === "needs_baseline") {
      const where = { sheet, cell: cells.baseline ?? cells.target };
      const params = { name, target: indicator.targetText ?? "" };
      return { status: "missing", findings: [finding("missing_baseline", params, where)] };
    } else if (resolved.reason === "range_reversed") {
      const where = { sheet, cell: cells.targetMax ?? cells.target };
      const params = { min: target.value, max: target.max ?? target.value };
      return { status: "invalid", findings: [finding("target_range_reversed", params, where)] };
    }
  }

  const yearEnd = isYearEnd(options.period);
  const forecast = indicator.forecast
    ? judge(indicator.forecast, goal, indicator, true, options)
    : undefined;
  if (indicator.actual) {
    return evaluation(judge(indicator.actual, goal, indicator, yearEnd, options), forecast, []);
  }
  if (yearEnd && forecast) {
    const note = finding("judged_on_forecast", { name }, { sheet, cell: cells.forecast });
    return evaluation(forecast, forecast, [note]);
  }
  const missing = finding("missing_actual", { name }, { sheet, cell: cells.actual });
  return evaluation({ status: "missing", percent: undefined }, forecast, [missing]);
}
