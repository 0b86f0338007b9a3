import { parseRange } from "../../workbook/a1";
import type { ChartChange, ChartType } from "../../workbook/changeSet";
import type { CellValue, SheetSnapshot } from "../../workbook/snapshot";

export interface ChartSeries {
  name: string;
  /** One per category; null where the cell holds no number. */
  values: Array<number | null>;
}

/** What a chart change draws, read from its sheet as Excel reads the chart's data range. */
export interface ChartData {
  title: string;
  chartType: ChartType;
  categories: string[];
  series: ChartSeries[];
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.error;
  return String(value);
}

/**
 * The categories (the data range's first column, under its first row) and the series (one per
 * further column, named by its first row) of a chart the add-in wrote, from the sheet's cells.
 */
export function chartData(chart: ChartChange, sheet: SheetSnapshot): ChartData {
  const range = parseRange(chart.data);
  const empty = { title: chart.title, chartType: chart.chartType, categories: [], series: [] };
  if (!range) return empty;
  const at = (row: number, column: number) =>
    sheet.values[row - sheet.origin.row]?.[column - sheet.origin.column];
  const rows: number[] = [];
  for (let row = range.start.row + 1; row <= range.end.row; row += 1) rows.push(row);
  const series: ChartSeries[] = [];
  for (let column = range.start.column + 1; column <= range.end.column; column += 1) {
    series.push({
      name: text(at(range.start.row, column)),
      values: rows.map((row) => {
        const value = at(row, column);
        return typeof value === "number" && Number.isFinite(value) ? value : null;
      }),
    });
  }
  return {
    ...empty,
    categories: rows.map((row) => text(at(row, range.start.column))),
    series,
  };
}
