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

type Judged = { status: StatusId; percent?: number };

function judge(
  value: ActualValue,
  goal: Goal | undefined,
  indicator: Indicator,
  yearEnd: boolean,
  options: EvaluationOptions,
): Judged {
  const percent = percentOfPlan(value, goal);
  if (value.kind === "milestone") return { status: judgeMilestone(value.state, yearEnd), percent };
  if (!goal) return { status: "invalid" };
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

function withPercent(judged: Judged): { status: StatusId; percent?: number } {
  return judged.percent === undefined ? { status: judged.status } : judged;
}

/** Judges one indicator's actual (and forecast) against its target for the period. */
export function evaluateIndicator(indicator: Indicator, options: EvaluationOptions): Evaluation {
  const at = (cell: string | undefined) => ({ sheet: indicator.sheet, cell });
  const name = indicator.name;
  const target = indicator.target;
  if (!target) {
    const findings = indicator.targetText
      ? []
      : [finding("missing_target", { name }, at(indicator.cells.target))];
    return { status: indicator.targetText ? "invalid" : "missing", findings };
  }

  let goal: Goal | undefined;
  if (target.value !== undefined) {
    const resolved = resolveGoal(target, indicator.baseline);
    if (!resolved.ok && resolved.reason === "needs_baseline") {
      const where = at(indicator.cells.baseline ?? indicator.cells.target);
      const text = indicator.targetText ?? "";
      return {
        status: "missing",
        findings: [finding("missing_baseline", { name, target: text }, where)],
      };
    }
    if (!resolved.ok && resolved.reason === "range_reversed") {
      const where = at(indicator.cells.targetMax ?? indicator.cells.target);
      const params = { min: target.value, max: target.max ?? target.value };
      return { status: "invalid", findings: [finding("target_range_reversed", params, where)] };
    }
    if (resolved.ok) goal = resolved.goal;
  }

  const yearEnd = isYearEnd(options.period);
  const forecast = indicator.forecast
    ? judge(indicator.forecast, goal, indicator, true, options)
    : undefined;
  const forecastPart = forecast
    ? {
        forecastStatus: forecast.status,
        ...(forecast.percent === undefined ? {} : { forecastPercent: forecast.percent }),
      }
    : {};

  if (indicator.actual) {
    return {
      ...withPercent(judge(indicator.actual, goal, indicator, yearEnd, options)),
      ...forecastPart,
      findings: [],
    };
  }
  if (yearEnd && forecast) {
    const note = finding("judged_on_forecast", { name }, at(indicator.cells.forecast));
    return { ...withPercent(forecast), ...forecastPart, findings: [note] };
  }
  const missing = finding("missing_actual", { name }, at(indicator.cells.actual));
  return { status: "missing", ...forecastPart, findings: [missing] };
}
