import { evaluateIndicator } from "../evaluate/evaluateIndicator";
import { evaluationOptions, type EvaluationOptions } from "../evaluate/options";
import { finding, type Finding } from "../findings/finding";
import type { Indicator } from "../model/indicator";
import { isJudged, type StatusId } from "../model/status";
import type { NumberStyle } from "../numbers/parseNumber";
import type { RawIndicatorRow } from "../read/rawRow";
import type { IndicatorReading } from "../read/readIndicator";
import { spanOf } from "../text/a1";
import { summarize, type Summary } from "../report/summarize";
import { readRows } from "./readRows";
import { hasReported, notReportedFinding } from "./unitReport";
import { zeroActualFinding } from "./zeroActual";
import { settleZeroTarget } from "./zeroTargets";

export interface IndicatorResult {
  indicator: Indicator;
  status: StatusId;
  percent?: number;
  forecastStatus?: StatusId;
  forecastPercent?: number;
  /** This indicator's findings, entry checks and evaluation alike. */
  findings: Finding[];
}

export interface PlanCheck {
  results: IndicatorResult[];
  findings: Finding[];
  summary: Summary;
  /** The number style the table's text entries were read in, when they settle one. */
  numberStyle?: NumberStyle;
}

export interface CheckOptions extends Partial<EvaluationOptions> {
  /** Overrides the style detected from the rows' own text. */
  numberStyle?: NumberStyle;
  /** The unit the table reports for, named in findings ("Xã Ka Đô"); else the sheet. */
  unit?: string;
  /** The form types 0 for blank (a sheet-wide habit); detected from the rows when absent. */
  zeroMeansBlank?: boolean;
}

/**
 * A unit slip in the plan or in the figure that would be judged: a % KH of 203.488% is no
 * judgment, so the row is "Số liệu lỗi" until the slip is corrected (the finding says which).
 */
export function slipOnJudgedCell(indicator: Indicator, findings: readonly Finding[]): boolean {
  const { cells } = indicator;
  const judged = indicator.actual ? cells.actual : cells.forecast;
  const places = new Set<string | undefined>([cells.target, cells.targetMax, judged]);
  places.delete(undefined);
  return findings.some((f) => f.rule === "implausible_magnitude" && places.has(f.cell));
}

function judgeRow(
  reading: IndicatorReading,
  duplicate: Finding | undefined,
  evaluation: EvaluationOptions,
  zeroMeansBlank: boolean,
): IndicatorResult {
  const settled = settleZeroTarget(reading.indicator, zeroMeansBlank);
  const indicator = settled.indicator;
  const entryFindings = [
    ...reading.findings,
    ...(duplicate ? [duplicate] : []),
    ...(settled.finding ? [settled.finding] : []),
  ];
  if (reading.invalid || duplicate || slipOnJudgedCell(indicator, reading.findings))
    return { indicator, status: "invalid", findings: entryFindings };
  const judged = evaluateIndicator(indicator, evaluation);
  const zero = isJudged(judged.status)
    ? zeroActualFinding(indicator, indicator.actual ? "actual" : "forecast", zeroMeansBlank)
    : undefined;
  return {
    ...judged,
    indicator,
    findings: [...entryFindings, ...judged.findings, ...(zero ? [zero] : [])],
  };
}

/** A unit that sent nothing: every row set apart, its entry findings kept, one finding said. */
function notReported(
  rows: readonly RawIndicatorRow[],
  readings: readonly IndicatorReading[],
  unit: string,
): IndicatorResult[] {
  const said = notReportedFinding(rows, unit, rows[0]?.sheet);
  return readings.map((reading, i) => ({
    indicator: reading.indicator,
    status: "not_reported",
    findings: i === 0 ? [said, ...reading.findings] : reading.findings,
  }));
}

/** "Biểu ghi 0 thay cho ô trống": said once per table, over its target column. */
function zerosForBlankFinding(
  results: readonly IndicatorResult[],
  unit: string,
): Finding | undefined {
  const zeroRows = results.filter(
    (r) => r.status === "no_target" && r.indicator.cells.target !== undefined,
  );
  if (zeroRows.length === 0) return undefined;
  const range = spanOf(zeroRows.map((r) => r.indicator.cells.target));
  const where = { sheet: zeroRows[0]?.indicator.sheet, cell: range };
  return finding("zeros_for_blank", { unit, count: zeroRows.length }, where);
}

/** Reads, checks and judges every indicator row of one plan table. */
export function checkPlan(rows: readonly RawIndicatorRow[], options: CheckOptions = {}): PlanCheck {
  const evaluation = evaluationOptions(options);
  const { readings, duplicates, zeroMeansBlank, numberStyle } = readRows(rows, options);
  const unit = options.unit ?? rows[0]?.sheet ?? "";

  let results: IndicatorResult[];
  const tableFindings: Finding[] = [];
  if (rows.length > 0 && !hasReported(rows)) {
    results = notReported(rows, readings, unit);
  } else {
    results = readings.map((reading, index) =>
      judgeRow(reading, duplicates[index], evaluation, zeroMeansBlank),
    );
    const zeros = zeroMeansBlank ? zerosForBlankFinding(results, unit) : undefined;
    if (zeros) tableFindings.push(zeros);
  }
  const findings = [...tableFindings, ...results.flatMap((r) => r.findings)];
  const summary = summarize(results, evaluation.period);
  return { results, findings, summary, ...(numberStyle ? { numberStyle } : {}) };
}
