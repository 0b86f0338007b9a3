import type { BudgetColumn, RawBudgetTable } from "./rawBudget";

/** The figure columns a line is read from. */
export const FIGURE_COLUMNS = [
  "estimate",
  "actual",
  "lastYear",
  "percentOfEstimate",
  "percentOfLastYear",
  "share",
] as const satisfies readonly BudgetColumn[];

export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

const LABELS: Record<FigureColumn, [string, string]> = {
  estimate: ["Dự toán", "estimate"],
  actual: ["Thực hiện", "actual"],
  lastYear: ["Cùng kỳ năm trước", "last year's"],
  percentOfEstimate: ["% dự toán", "% of estimate"],
  percentOfLastYear: ["% so cùng kỳ", "% of last year"],
  share: ["Tỷ trọng", "share"],
};

/**
 * How messages name a column: its header as typed in Vietnamese ("Ước thực hiện 2023"), a
 * plain English name to follow "the" ("the actual").
 */
export function columnParams(
  table: Pick<RawBudgetTable, "headers">,
  column: FigureColumn,
): { column: string; columnEn: string } {
  const typed = table.headers[column]?.replace(/\s+/g, " ").trim();
  return { column: typed || LABELS[column][0], columnEn: LABELS[column][1] };
}
