import { finding } from "../findings/finding";
import { cellAddress } from "./cellAddress";
import { columnParams } from "./columnLabels";
import type { RawBudgetTable } from "./rawBudget";
import { halfUnit } from "./shownDecimals";
import { numberIn, type WorkLine } from "./workLine";

type PercentColumn = "percentOfEstimate" | "percentOfLastYear";

/** a / b × 100 without binary noise; undefined when b is 0. */
export function percentOf(a: number, b: number): number | undefined {
  if (b === 0) return undefined;
  const percent = Number(((a / b) * 100).toPrecision(12));
  return Number.isFinite(percent) ? percent : undefined;
}

function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/**
 * The typed percentage as a percentage, when it agrees with the computed one: as shown (96 or
 * 96% formatted), as a plain ratio (0,96 in a cell without a % format) or, for "so cùng kỳ", as
 * the growth (9,54 for 109,54%). Undefined when it agrees in no reading.
 */
function agreeing(line: WorkLine, column: PercentColumn, computed: number): number | undefined {
  const figure = line.figures[column];
  if (figure.kind !== "number") return undefined;
  const { value, decimals, percentSign } = figure;
  const slack = halfUnit(value, decimals);
  if (Math.abs(value - computed) <= slack) return value;
  if (!percentSign && Math.abs(value * 100 - computed) <= slack * 100) return value * 100;
  if (column === "percentOfLastYear" && Math.abs(value + 100 - computed) <= slack) {
    return value + 100;
  }
  return undefined;
}

function check(
  line: WorkLine,
  table: RawBudgetTable,
  column: PercentColumn,
  numerator: "actual" | "estimate",
  denominator: "estimate" | "lastYear",
): number | undefined {
  const top = numberIn(line, numerator);
  const base = numberIn(line, denominator);
  const computed = top === undefined || base === undefined ? undefined : percentOf(top, base);
  const figure = line.figures[column];
  if (figure.kind !== "number" || computed === undefined || top === undefined) return computed;
  if (agreeing(line, column, computed) !== undefined) return computed;
  // A figure already reported as 1,000 times too large is not reported again through its %.
  const fixedTop = line.corrected[numerator] ?? top;
  const fixedBase = line.corrected[denominator] ?? base ?? 0;
  const fixed = percentOf(fixedTop, fixedBase);
  if (fixed !== undefined && fixed !== computed && agreeing(line, column, fixed) !== undefined) {
    return computed;
  }
  const params = {
    name: line.label,
    ...columnParams(table, column),
    typed: figure.value,
    numerator: top,
    denominator: base ?? 0,
    computed: roundTo(computed, 2),
  };
  const where = { sheet: table.sheet, cell: cellAddress(table, line.raw, column) };
  line.findings.push(finding("budget_percent_mismatch", params, where));
  return computed;
}

function typedPercent(
  line: WorkLine,
  column: PercentColumn,
  computed?: number,
): number | undefined {
  const figure = line.figures[column];
  if (figure.kind !== "number") return undefined;
  return (computed === undefined ? undefined : agreeing(line, column, computed)) ?? figure.value;
}

/**
 * Computes % dự toán (actual / estimate) and % so cùng kỳ (actual, or the estimate in an
 * estimate table, / last year's) and checks the typed ones against them, within half a unit of
 * the decimals the typed one shows.
 */
export function checkPercents(line: WorkLine, table: RawBudgetTable): void {
  const ofEstimate = check(line, table, "percentOfEstimate", "actual", "estimate");
  const current = numberIn(line, "actual") === undefined ? "estimate" : "actual";
  const ofLastYear = check(line, table, "percentOfLastYear", current, "lastYear");
  const typedOfEstimate = typedPercent(line, "percentOfEstimate", ofEstimate);
  const typedOfLastYear = typedPercent(line, "percentOfLastYear", ofLastYear);
  line.percents = {
    ...(ofEstimate === undefined ? {} : { ofEstimate }),
    ...(typedOfEstimate === undefined ? {} : { typedOfEstimate }),
    ...(ofLastYear === undefined ? {} : { ofLastYear }),
    ...(typedOfLastYear === undefined ? {} : { typedOfLastYear }),
  };
}
