import { evaluateIndicator } from "../evaluate/evaluateIndicator";
import { evaluationOptions, type EvaluationOptions } from "../evaluate/options";
import type { Finding } from "../findings/finding";
import type { Indicator } from "../model/indicator";
import type { StatusId } from "../model/status";
import { detectNumberStyle } from "../numbers/detectNumberStyle";
import type { NumberStyle } from "../numbers/parseNumber";
import type { RawIndicatorRow } from "../read/rawRow";
import { readIndicator } from "../read/readIndicator";
import { summarize, type Summary } from "../report/summarize";
import { duplicateCodeFindings } from "./duplicateCodes";

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
}

function numericTexts(rows: readonly RawIndicatorRow[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const { baseline, target, targetMax, actual, forecast } = row.cells;
    for (const cell of [baseline, target, targetMax, actual, forecast]) {
      if (typeof cell?.value === "string") out.push(cell.value);
    }
  }
  return out;
}

/** Reads, checks and judges every indicator row of one plan table. */
export function checkPlan(rows: readonly RawIndicatorRow[], options: CheckOptions = {}): PlanCheck {
  const evaluation = evaluationOptions(options);
  const numberStyle = options.numberStyle ?? detectNumberStyle(numericTexts(rows));
  const readings = rows.map((row) => readIndicator(row, { numberStyle }));
  const duplicates = duplicateCodeFindings(readings.map((r) => r.indicator));

  const results = readings.map((reading, index): IndicatorResult => {
    const duplicate = duplicates[index];
    const entryFindings = duplicate ? [...reading.findings, duplicate] : reading.findings;
    if (reading.invalid || duplicate) {
      return { indicator: reading.indicator, status: "invalid", findings: entryFindings };
    }
    const judged = evaluateIndicator(reading.indicator, evaluation);
    return {
      ...judged,
      indicator: reading.indicator,
      findings: [...entryFindings, ...judged.findings],
    };
  });
  const findings = results.flatMap((r) => r.findings);
  const summary = summarize(results, evaluation.period);
  return { results, findings, summary, ...(numberStyle ? { numberStyle } : {}) };
}
