import type { Finding } from "../findings/finding";
import { detectNumberStyle } from "../numbers/detectNumberStyle";
import type { NumberStyle } from "../numbers/parseNumber";
import type { RawIndicatorRow } from "../read/rawRow";
import { readIndicator, type IndicatorReading } from "../read/readIndicator";
import { tokenizeTarget } from "../targets/tokenizeTarget";
import { duplicateCodeFindings } from "./duplicateCodes";
import { typesZeroForBlank } from "./zeroTargets";

/** What a table's rows say before anything is judged. */
export interface RowReadings {
  readings: IndicatorReading[];
  /** Aligned with `readings`: the finding of a code used earlier in the table. */
  duplicates: Array<Finding | undefined>;
  /** The form types 0 where nothing was planned. */
  zeroMeansBlank: boolean;
  numberStyle?: NumberStyle;
}

export interface ReadRowsOptions {
  /** Overrides the style detected from the rows' own text. */
  numberStyle?: NumberStyle;
  /** The form types 0 for blank; detected from the rows when absent. */
  zeroMeansBlank?: boolean;
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

/** Reads every row of one plan table in the table's number style, and finds repeated codes. */
export function readRows(
  rows: readonly RawIndicatorRow[],
  options: ReadRowsOptions = {},
): RowReadings {
  const numberStyle = options.numberStyle ?? detectNumberStyle(numericTexts(rows));
  const readings = rows.map((row) => readIndicator(row, { numberStyle }));
  const duplicates = duplicateCodeFindings(readings.map((r) => r.indicator));
  const zeroMeansBlank = options.zeroMeansBlank ?? typesZeroForBlank(rows);
  return { readings, duplicates, zeroMeansBlank, ...(numberStyle ? { numberStyle } : {}) };
}
