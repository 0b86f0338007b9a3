import { finding, type Finding } from "../findings/finding";
import type { Indicator } from "../model/indicator";
import { isLowerBetter } from "../model/target";
import type { RawCell } from "../model/cell";
import type { RawIndicatorRow } from "../read/rawRow";
import { cellText } from "../read/cellText";
import { isLowerBetterName } from "../read/unitKind";
import { foldText } from "../text/normalize";

const FIGURES = ["baseline", "target", "actual", "forecast"] as const;

function isZero(cell: RawCell | undefined): boolean {
  return typeof cell?.value === "number" && cell.value === 0;
}

/** A heading row ("E. SẢN XUẤT NÔNG NGHIỆP") with 0 in every figure: a form's export habit. */
function isZeroFilledHeading(row: RawIndicatorRow): boolean {
  if (cellText(row.cells.unit) !== "") return false;
  const present = FIGURES.map((column) => row.cells[column]).filter(
    (cell) => cell !== undefined && cell.value !== null && cellText(cell) !== "",
  );
  return present.length >= 2 && present.every(isZero);
}

/**
 * Whether the form types 0 where nothing was planned, as reporting systems' exports do: many
 * zero targets, or headings filled with zeros. On such a form a target of 0 is a blank.
 */
export function typesZeroForBlank(rows: readonly RawIndicatorRow[]): boolean {
  let zeros = 0;
  let others = 0;
  let zeroHeadings = 0;
  for (const row of rows) {
    const target = row.cells.target;
    if (isZero(target)) zeros += 1;
    else if (cellText(target) !== "") others += 1;
    if (isZeroFilledHeading(row)) zeroHeadings += 1;
  }
  if (zeroHeadings > 0 && zeros >= 2) return true;
  return zeros >= 3 && zeros >= 0.2 * (zeros + others);
}

/** A target of 0 that asks for more of something: "≥ 0" is no target at all. */
function isEmptyZeroTarget(indicator: Indicator): boolean {
  const target = indicator.target;
  if (!target || target.value !== 0 || isLowerBetter(target.kind)) return false;
  if (target.kind === "milestone") return false;
  return target.max === undefined || target.max === 0;
}

export interface SettledTarget {
  indicator: Indicator;
  finding?: Finding;
}

/**
 * Reads a target of 0 the way the officer would: a ceiling when the indicator counts something
 * to avoid (accidents, poor households), else no plan. Only an ambiguous reading gets a
 * finding; on a form that types 0 for blank, no plan is the form's habit, said once per table.
 */
export function settleZeroTarget(indicator: Indicator, zeroMeansBlank: boolean): SettledTarget {
  if (!isEmptyZeroTarget(indicator)) return { indicator };
  const where = { sheet: indicator.sheet, cell: indicator.cells.target };
  const params = { name: indicator.name };
  if (isLowerBetterName(foldText(indicator.name))) {
    const ceiling: Indicator = { ...indicator, target: { kind: "at_most", value: 0 } };
    return { indicator: ceiling, finding: finding("zero_target_ceiling", params, where) };
  }
  const { target: _dropped, ...rest } = indicator;
  const noPlan: Indicator = { ...rest, noPlan: true };
  if (zeroMeansBlank) return { indicator: noPlan };
  return { indicator: noPlan, finding: finding("zero_target_no_plan", params, where) };
}
