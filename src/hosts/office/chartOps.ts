import { parseAddress } from "../../workbook/a1";
import { CHART_TITLE_LIMIT } from "../../workbook/changeSet";
import type { ChartChange, ChartType } from "../../workbook/changeSet";
import { smallOp, type WriteOp } from "./batchScope";
import { columnCount, requireRange, rowCount } from "./rangeRefs";

const OFFICE_TYPES: Record<ChartType, "ColumnClustered" | "BarClustered"> = {
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
};

/**
 * Adds a chart (ExcelApi 1.1) in the batch: series by columns, so the data's first row names the
 * series and its first column holds the categories, as the change kind says.
 */
export function chartOp(change: ChartChange): WriteOp {
  const type = OFFICE_TYPES[change.chartType];
  if (!type) throw new Error(`"${change.chartType}" is not a chart type the add-in makes`);
  if (change.data.includes("!")) {
    throw new Error(`Chart data "${change.data}" must be a range on sheet "${change.sheet}"`);
  }
  const data = requireRange(change.sheet, change.data);
  if (rowCount(data) < 2 || columnCount(data) < 2) {
    throw new Error(
      `Chart data "${change.data}" needs a row of series names and a column of categories`,
    );
  }
  const from = requireCell(change.sheet, change.position.from);
  const to = requireCell(change.sheet, change.position.to);
  if (to.row < from.row || to.column < from.column) {
    throw new Error(`Chart position ${change.position.to} is above or left of its start`);
  }
  if (typeof change.title !== "string" || change.title.length > CHART_TITLE_LIMIT) {
    throw new Error(`A chart title is text of at most ${CHART_TITLE_LIMIT} characters`);
  }
  return smallOp((scope) => {
    const sheet = scope.sheet(change.sheet);
    const chart = sheet.charts.add(type, sheet.getRange(change.data), "Columns");
    chart.title.text = change.title;
    chart.setPosition(change.position.from, change.position.to);
  });
}

function requireCell(sheet: string, text: string): { row: number; column: number } {
  const cell = typeof text === "string" ? parseAddress(text) : undefined;
  if (!cell) throw new Error(`"${text}" on sheet "${sheet}" is not an A1 cell`);
  return cell;
}
