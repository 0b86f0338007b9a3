import type { Change } from "../../workbook/changeSet";

/**
 * The change set puts something into a budget sheet's owned columns: a value that is not empty
 * on a sheet other than the chart sheet. Clearing the columns of a table with nothing to judge,
 * or writing only notes or the chart, is not "Đã ghi cột …".
 */
export function wroteOwnedColumns(changes: readonly Change[], chartSheet?: string): boolean {
  return changes.some(
    (c) =>
      c.kind === "values" &&
      c.sheet !== chartSheet &&
      c.rows.some((row) => row.some((value) => value !== null && value !== "")),
  );
}
