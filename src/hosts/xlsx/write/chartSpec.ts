import type { ChartType } from "../../../workbook/changeSet";

/** A series of a chart: its name and values, each with the sheet range it comes from. */
export interface ChartSeries {
  /** A1 cell of the series name, e.g. "B4". */
  nameRef: string;
  name: string;
  /** A1 range of the values, e.g. "B5:B9". */
  valuesRef: string;
  /** One per category; null where the cell holds no number. */
  values: (number | null)[];
}

/**
 * Everything the .xlsx parts of one chart need: the references Excel recalculates from and the
 * values cached with them, so a viewer draws the chart without recalculating.
 */
export interface ChartSpec {
  sheet: string;
  chartType: ChartType;
  title: string;
  /** A1 range of the categories, e.g. "A5:A9". */
  categoriesRef: string;
  /** One per category; "" for an empty cell. */
  categories: string[];
  series: ChartSeries[];
  /** Top-left and bottom-right cells the chart covers, both included (1-based). */
  from: { row: number; column: number };
  to: { row: number; column: number };
}
