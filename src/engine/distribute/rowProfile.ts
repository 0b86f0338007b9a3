import { readRows, type ReadRowsOptions } from "../check/readRows";
import { slipOnJudgedCell } from "../check/checkPlan";
import { settleZeroTarget } from "../check/zeroTargets";
import { resolveGoal, type Goal } from "../evaluate/goal";
import type { Indicator } from "../model/indicator";
import type { StatusId } from "../model/status";
import type { RawIndicatorRow } from "../read/rawRow";
import { milestoneAsFigure, type IndicatorReading } from "../read/readIndicator";
import { allowsNegative, isPercentUnit, isRateName } from "../read/unitKind";
import { rowFigures, rowSlipFindings } from "../read/unitSlips";
import { foldText } from "../text/normalize";

/** How one row is judged once its entries are known to be readable. */
export interface JudgeProfile {
  /** Invalid whatever is typed: an unreadable target, a repeated code, a slipped target. */
  invalid?: true;
  /** The status whatever figure is typed: no plan, last year's figure missing, a reversed range. */
  fixed?: StatusId;
  /** The levels a typed figure is judged against. */
  goal?: Goal;
  /**
   * A typed figure this many times 100× or 1/100 of it is a unit slip (last year's figure, else
   * the target; none for % units).
   */
  slipAnchor?: number;
}

/** What a typed figure may be before it is an error: a rate within 0–100, most things ≥ 0. */
export interface FigureBounds {
  min?: number;
  max?: number;
}

/** Everything about a row that does not depend on what the sub-unit types. */
export interface RowProfile {
  /** The row as the engine reads it with nothing typed (a target of 0 settled). */
  indicator: Indicator;
  profile: JudgeProfile;
  /**
   * For a plain "hoàn thành": how the row is judged once a figure is typed in the actual or the
   * estimate (the target read as 100% or 1, see milestoneAsFigure).
   */
  asFigure?: JudgeProfile;
  bounds: FigureBounds;
  /** What the sub-unit types: a figure, or a milestone's state. */
  entry: "figure" | "state";
}

function slipAnchor(indicator: Indicator): number | undefined {
  if (isPercentUnit(indicator.unit)) return undefined;
  const figures = rowFigures(indicator);
  const anchor =
    figures.find((f) => f.column === "baseline") ?? figures.find((f) => f.column === "target");
  return anchor?.value;
}

/** The status evaluateIndicator gives before it looks at the figure, if any; else the goal. */
function goalOrFixed(indicator: Indicator): Pick<JudgeProfile, "fixed" | "goal"> {
  const { target } = indicator;
  if (!target) {
    if (indicator.noPlan) return { fixed: "no_target" };
    return { fixed: indicator.targetText ? "invalid" : "missing" };
  }
  if (target.value === undefined) return {};
  const resolved = resolveGoal(target, indicator.baseline);
  if (resolved.ok) return { goal: resolved.goal };
  return { fixed: resolved.reason === "range_reversed" ? "invalid" : "missing" };
}

function judgeProfile(indicator: Indicator, invalid: boolean): JudgeProfile {
  const anchor = slipAnchor(indicator);
  return {
    ...(invalid ? { invalid: true as const } : {}),
    ...goalOrFixed(indicator),
    ...(anchor === undefined ? {} : { slipAnchor: anchor }),
  };
}

function bounds(indicator: Indicator): FigureBounds {
  const folded = foldText(indicator.name);
  if (isPercentUnit(indicator.unit) && isRateName(folded)) return { min: 0, max: 100 };
  return allowsNegative(folded) ? {} : { min: 0 };
}

function profileOf(reading: IndicatorReading, duplicate: boolean, zeroMeansBlank: boolean) {
  const indicator = settleZeroTarget(reading.indicator, zeroMeansBlank).indicator;
  const invalid = reading.invalid || duplicate || slipOnJudgedCell(indicator, reading.findings);
  const target = indicator.target;
  const plainMilestone = target?.kind === "milestone" && target.value === undefined;
  const out: RowProfile = {
    indicator,
    profile: judgeProfile(indicator, invalid),
    bounds: bounds(indicator),
    entry: plainMilestone ? "state" : "figure",
  };
  if (plainMilestone && target) {
    const asFigure = {
      ...indicator,
      target: milestoneAsFigure(target, isPercentUnit(indicator.unit)),
    };
    const targetSlip = rowSlipFindings(asFigure).some((f) => f.cell === indicator.cells.target);
    out.asFigure = judgeProfile(asFigure, invalid || targetSlip);
  }
  return out;
}

/**
 * Reads a table's rows as checkPlan does, with no figures typed, and keeps what the formulas
 * need: the statuses fixed by the plan, the goals, the bounds and slips of a typed figure.
 */
export function rowProfiles(
  rows: readonly RawIndicatorRow[],
  options: ReadRowsOptions = {},
): RowProfile[] {
  const { readings, duplicates, zeroMeansBlank } = readRows(rows, options);
  return readings.map((reading, i) =>
    profileOf(reading, duplicates[i] !== undefined, zeroMeansBlank),
  );
}
