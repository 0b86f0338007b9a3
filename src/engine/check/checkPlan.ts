import { evaluateIndicator } from "../evaluate/evaluateIndicator";
import { evaluationOptions, type EvaluationOptions } from "../evaluate/options";
import type { Finding } from "../findings/finding";
import type { Indicator } from "../model/indicator";
import type { StatusId } from "../model/status";
import { detectNumberStyle } from "../numbers/detectNumberStyle";
import { tokenizeTarget } from "../targets/tokenizeTarget";
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

/**
 * The texts that can show the sheet's number style: figures typed as text, and the numbers
 * inside target texts ("không quá 2,97" shows the decimal comma that settles "giảm 1.000 hộ").
 */
function numericTexts(rows: readonly RawIndicatorRow[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const { baseline, target, targetMax, actual, forecast } = row.cells;
    for (const cell of [baseline, actual, forecast]) {
      if (typeof cell?.value === "string") out.push(cell.value);
    }
    for (const cell of [target, targetMax]) {
      if (typeof cell?.value !== "string") continue;
      for (const token of tokenizeTarget(cell.value)) {
        if (token.type === "number") out.push(token.raw);
      }
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
