import { BUDGET_STATUS_LABELS } from "../../../engine/budget/budgetStatus";
import type { SheetGrid } from "../../read/sheetGrid";

const LABELS = new Set(
  Object.values(BUDGET_STATUS_LABELS).flatMap((labels) => Object.values(labels)),
);

/**
 * Which "Đánh giá" column is the add-in's own. Beside its "% dự toán (tính)" column, the one
 * right after it. Without that column (share and headcount tables, or a first run), a column
 * whose cells are all blank or the add-in's status labels; a column the user typed anything
 * else into ("Giảm so với 2022") is the user's and is never written.
 */
export function ownedStatusColumn(
  grid: SheetGrid,
  candidates: readonly number[],
  percentColumn: number | undefined,
  firstRow: number,
  lastRow: number,
): number | undefined {
  if (percentColumn !== undefined) {
    return candidates.find((c) => c === percentColumn + 1);
  }
  return candidates.find((column) => {
    for (let row = firstRow; row <= lastRow; row += 1) {
      const value = grid.value(row, column);
      if (value === null || value === "") continue;
      if (typeof value !== "string" || !LABELS.has(value.trim())) return false;
    }
    return true;
  });
}
