import type { SheetGrid } from "./sheetGrid";
import { isOnlyPlaceholder } from "./templatePlaceholder";

/** "A", "B", "1", "(2)", "3 = 1 - 2", "4=(3-2)", "BT": what a row of column numbers holds. */
function isColumnNumberToken(text: string): boolean {
  if (text.length > 30) return false;
  if (/^\(?[A-Za-z]{1,2}\)?$/.test(text)) return true;
  if (/^\(?\d{1,3}\)?$/.test(text)) return true;
  return /^\(?\d{1,3}\)?\s*=[\s\dA-Za-z()+\-*/x.,…%]*$/.test(text);
}

/**
 * The row under a header that numbers its columns ("A | B | 1 | 2 | 3 = 1 - 2", "(1) (2) (3)"):
 * every cell a column number, at least two of them, and letters or numbers rather than a
 * name where the indicator's name would be (when that column is known).
 */
export function isColumnNumberRow(grid: SheetGrid, row: number, nameColumn?: number): boolean {
  const filled = grid.filledColumns(row);
  if (filled.length < 2) return false;
  let numbers = 0;
  for (const column of filled) {
    const value = grid.value(row, column);
    // A reporting system's template numbers its repeated columns with a tag.
    if (isOnlyPlaceholder(value)) continue;
    numbers++;
    if (typeof value === "number") {
      if (!Number.isInteger(value) || value < 0 || value > 200) return false;
    } else if (typeof value !== "string" || !isColumnNumberToken(value.trim())) return false;
  }
  if (numbers === 0) return false;
  if (nameColumn === undefined) return true;
  return !grid.isBlank(row, nameColumn);
}
