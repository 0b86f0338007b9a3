import { finding, type Finding } from "../findings/finding";
import { isExcelError, type RawCell } from "../model/cell";
import type { RawIndicatorRow } from "../read/rawRow";
import { isNoPlanMark } from "../targets/noPlanMark";
import { spanOf } from "../text/a1";

/** A cell that holds a report: a figure other than 0, a state, or anything typed but a dash. */
function reports(cell: RawCell | undefined): boolean {
  if (!cell || cell.value === null) return false;
  if (typeof cell.value === "number") return cell.value !== 0;
  if (isExcelError(cell.value)) return true;
  if (typeof cell.value === "boolean") return true;
  const text = cell.value.trim();
  return text !== "" && text !== "0" && !isNoPlanMark(text);
}

/** Whether any row carries an actual or an estimate for the period. */
export function hasReported(rows: readonly RawIndicatorRow[]): boolean {
  return rows.some((row) => reports(row.cells.actual) || reports(row.cells.forecast));
}

/** The one finding for a unit that sent nothing, on the range of its actual columns. */
export function notReportedFinding(
  rows: readonly RawIndicatorRow[],
  unit: string,
  sheet: string | undefined,
): Finding {
  const cells = rows.flatMap((row) => [row.cells.actual?.address, row.cells.forecast?.address]);
  const names = rows.map((row) => row.cells.name?.address);
  const range = spanOf(cells) ?? spanOf(names) ?? "";
  return finding("unit_not_reported", { unit, range }, { sheet, cell: range || undefined });
}
