import { excelErrorText, isPercentFormat, type RawCell } from "../model/cell";
import { parseNumberText, type NumberStyle, type ParsedNumber } from "./parseNumber";

export type CellNumber =
  | ParsedNumber
  | { ok: false; reason: "excel_error"; error: string }
  | { ok: false; reason: "boolean" };

export interface ReadNumberOptions {
  /** The indicator's unit is "%". */
  unitIsPercent: boolean;
  /** Settles text such as "50.068" that reads both ways (see detectNumberStyle). */
  style?: NumberStyle;
}

/** value × 100 without binary noise: 0.123 → 12.3, not 12.299999999999999. */
function timesHundred(value: number): number {
  return Number((value * 100).toPrecision(12));
}

function readNumericValue(value: number, numFmt: string | undefined): CellNumber {
  if (!Number.isFinite(value)) return { ok: false, reason: "not_a_number" };
  if (!isPercentFormat(numFmt)) return { ok: true, value: value + 0, percentSign: false };
  const shown = timesHundred(value);
  if (!Number.isFinite(shown)) return { ok: false, reason: "not_a_number" };
  return { ok: true, value: shown + 0, percentSign: true };
}

/**
 * A cell's number as the user sees it. Numbers are taken as they are, except under a percent
 * format, where the figure shown is read: 0.12 under "0%" is 12 with `percentSign`, whatever
 * the unit (the caller compares `percentSign` with `unitIsPercent` to flag a mismatch). Text is
 * read by parseNumberText with `options.style`; "12%" is 12 with `percentSign`. Excel errors,
 * as error values or as text ("#DIV/0!"), and booleans are reported as such; a missing,
 * null or blank cell is empty.
 */
export function readNumberCell(cell: RawCell | undefined, options: ReadNumberOptions): CellNumber {
  if (!cell) return { ok: false, reason: "empty" };
  const { value } = cell;
  if (value === null || value === undefined) return { ok: false, reason: "empty" };
  const error = excelErrorText(value);
  if (error !== undefined) return { ok: false, reason: "excel_error", error };
  if (typeof value === "boolean") return { ok: false, reason: "boolean" };
  if (typeof value === "number") return readNumericValue(value, cell.numFmt);
  if (typeof value === "string") return parseNumberText(value, options.style);
  return { ok: false, reason: "not_a_number" };
}
