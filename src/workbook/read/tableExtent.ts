import type { SheetGrid } from "./sheetGrid";

/**
 * The table's last column: the header's, or further right while the next column holds
 * something in the table's rows (an unlabelled column of ids must not be written over).
 */
export function tableLastColumn(
  grid: SheetGrid,
  headerLast: number,
  fromRow: number,
  toRow: number,
): number {
  let last = headerLast;
  while (last < grid.lastColumn) {
    let used = false;
    for (let row = fromRow; row <= toRow && !used; row++) used = !grid.isBlank(row, last + 1);
    if (!used) break;
    last++;
  }
  return last;
}
