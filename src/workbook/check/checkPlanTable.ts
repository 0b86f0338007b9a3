import { checkPlan, type PlanCheck } from "../../engine/check/checkPlan";
import type { RowPlace } from "../../engine/consolidate/parentNames";
import type { PeriodId } from "../../engine/model/period";
import { cellText } from "../../engine/read/cellText";
import type { PlanRow, PlanTable } from "../planTable";
import { tableLabel } from "../tableLabel";
import { subHeadingRows } from "./subHeadings";

export interface PlanTableCheckOptions {
  period: PeriodId;
  atRiskTolerance?: number;
  /** The sheet's habit of typing 0 for blank; detected from this table's rows when absent. */
  zeroMeansBlank?: boolean;
}

/** The rows' places in the numbering, with their names (sub-headings name their children). */
export function rowPlaces(rows: readonly PlanRow[]): RowPlace[] {
  return rows.map((r) => ({
    row: r.row,
    ...(r.parentRow === undefined ? {} : { parentRow: r.parentRow }),
    name: cellText(r.cells.name),
  }));
}

/** Gives each indicator the name of the row it sits under, for reports ("Năng suất (Ngô)"). */
function nameParents(table: PlanTable, check: PlanCheck): void {
  const nameAt = new Map(table.rows.map((row) => [row.row, cellText(row.cells.name)]));
  const resultAt = new Map(check.results.map((r) => [r.indicator.row, r]));
  for (const row of table.rows) {
    const parent = row.parentRow === undefined ? undefined : nameAt.get(row.parentRow);
    const result = resultAt.get(row.row);
    if (parent && result) result.indicator.parentName = parent;
  }
}

/**
 * A "Tổng cộng" row (or one whose figure is a SUM of the column above) with no target: it adds
 * the rows up, it is no indicator of the plan, and nothing judges it.
 */
function isUntargetedTotal(row: PlanRow): boolean {
  return (
    row.isTotal === true &&
    cellText(row.cells.target) === "" &&
    cellText(row.cells.targetMax) === ""
  );
}

/** The table without its sub-headings (rows that only name the rows under them) and totals. */
function indicatorRows(table: PlanTable): PlanTable["rows"] {
  const headings = subHeadingRows(table.rows);
  return table.rows.filter((row) => !headings.has(row.row) && !isUntargetedTotal(row));
}

/** One plan table judged the same way by `check`, the pane and consolidation. */
export function checkPlanTable(table: PlanTable, options: PlanTableCheckOptions): PlanCheck {
  const check = checkPlan(indicatorRows(table), {
    period: options.period,
    unit: tableLabel(table) ?? table.sheet,
    ...(options.zeroMeansBlank === undefined ? {} : { zeroMeansBlank: options.zeroMeansBlank }),
    ...(options.atRiskTolerance === undefined ? {} : { atRiskTolerance: options.atRiskTolerance }),
  });
  nameParents(table, check);
  return check;
}
