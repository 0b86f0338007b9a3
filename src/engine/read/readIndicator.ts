import { finding, type Finding } from "../findings/finding";
import type { Indicator, IndicatorCells } from "../model/indicator";
import type { Target } from "../model/target";
import type { NumberStyle } from "../numbers/parseNumber";
import { cellText } from "./cellText";
import { readNumberEntry, type EntryContext } from "./numberEntry";
import { parseAggregation } from "./parseAggregation";
import { parseCumulative } from "./parseCumulative";
import { plausibilityFindings } from "./plausibility";
import type { IndicatorColumn, RawIndicatorRow } from "./rawRow";
import { readActual } from "./readActual";
import { readTarget } from "./readTarget";
import { isPercentUnit } from "./unitKind";

export interface ReadOptions {
  /** The style the sheet's unambiguous numbers settle on (detectNumberStyle). */
  numberStyle?: NumberStyle;
}

export interface IndicatorReading {
  indicator: Indicator;
  findings: Finding[];
  /** An entry could not be read: the indicator's status is "invalid". */
  invalid: boolean;
}

function cellAddresses(row: RawIndicatorRow): IndicatorCells {
  const out: IndicatorCells = {};
  for (const [column, cell] of Object.entries(row.cells)) {
    if (cell?.address && column !== "field" && column !== "notes") {
      out[column as Exclude<IndicatorColumn, "field" | "notes">] = cell.address;
    }
  }
  return out;
}

/**
 * A "hoàn thành" target judged on a figure: a percentage must reach 100, a count 1.
 * (A count target such as "hoàn thành 3 đồ án" already carries its value.)
 */
export function milestoneAsFigure(target: Target, unitIsPercent: boolean): Target {
  return { ...target, kind: "milestone", value: unitIsPercent ? 100 : 1 };
}

/** Reads one indicator row: parses every entry and reports each bad one with its cell. */
export function readIndicator(row: RawIndicatorRow, options: ReadOptions = {}): IndicatorReading {
  const { cells, sheet } = row;
  const name = cellText(cells.name);
  const unit = cellText(cells.unit) || undefined;
  const context: EntryContext = {
    sheet,
    unitIsPercent: isPercentUnit(unit),
    numberStyle: options.numberStyle,
  };
  const findings: Finding[] = [];
  let invalid = false;
  const fail = (f: Finding | undefined) => {
    if (!f) return;
    findings.push(f);
    if (f.severity === "error") invalid = true;
  };

  if (name === "") fail(finding("missing_name", {}, { sheet, cell: cells.name?.address }));

  const targetReading = readTarget(cells, context);
  targetReading.findings.forEach(fail);
  let target = targetReading.target;

  const baseline = readNumberEntry(cells.baseline, context);
  if (baseline.kind === "bad" || baseline.kind === "text") fail(baseline.finding);

  const milestone = target?.kind === "milestone" && target.value === undefined;
  const actual = readActual(cells.actual, context, milestone);
  fail(actual.finding);
  const forecast = readActual(cells.forecast, context, milestone);
  fail(forecast.finding);
  if (
    target &&
    milestone &&
    (actual.value?.kind === "number" || forecast.value?.kind === "number")
  ) {
    target = milestoneAsFigure(target, context.unitIsPercent);
  }

  const cumulativeText = cellText(cells.cumulative);
  const cumulative = parseCumulative(cumulativeText);
  if (cumulative === undefined) {
    const where = { sheet, cell: cells.cumulative?.address };
    findings.push(finding("unknown_cumulative", { value: cumulativeText }, where));
  }

  const aggregationText = cellText(cells.aggregation);
  const aggregation = aggregationText === "" ? undefined : parseAggregation(aggregationText);
  if (aggregationText !== "" && !aggregation) {
    const where = { sheet, cell: cells.aggregation?.address };
    findings.push(finding("unknown_aggregation", { value: aggregationText }, where));
  }

  const code = cellText(cells.code) || undefined;
  const field = cellText(cells.field) || row.field;
  const indicator: Indicator = {
    name,
    cumulative: cumulative ?? false,
    cells: cellAddresses(row),
    ...(code === undefined ? {} : { code }),
    ...(field === undefined ? {} : { field }),
    ...(unit === undefined ? {} : { unit }),
    ...(target === undefined ? {} : { target }),
    ...(targetReading.text === undefined ? {} : { targetText: targetReading.text }),
    ...(target === undefined && (targetReading.noPlan || !targetReading.text)
      ? { noPlan: true as const }
      : {}),
    ...(aggregation === undefined ? {} : { aggregation }),
    ...(baseline.kind === "number" ? { baseline: baseline.value } : {}),
    ...(actual.value === undefined ? {} : { actual: actual.value }),
    ...(forecast.value === undefined ? {} : { forecast: forecast.value }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(row.row === undefined ? {} : { row: row.row }),
  };
  plausibilityFindings(indicator).forEach(fail);
  return { indicator, findings, invalid };
}
