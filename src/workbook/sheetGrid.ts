import type { CellValue, SheetSnapshot } from "./snapshot";

/** The value at a sheet cell (1-based), null outside the used range. */
export function valueAt(sheet: SheetSnapshot, row: number, column: number): CellValue {
  const r = row - sheet.origin.row;
  const c = column - sheet.origin.column;
  if (r < 0 || c < 0) return null;
  return sheet.values[r]?.[c] ?? null;
}

export function isEmptyValue(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** Every cell of the rectangle is empty. */
export function isEmptyArea(
  sheet: SheetSnapshot,
  top: number,
  left: number,
  bottom: number,
  right: number,
): boolean {
  for (let row = top; row <= bottom; row += 1) {
    for (let column = left; column <= right; column += 1) {
      if (!isEmptyValue(valueAt(sheet, row, column))) return false;
    }
  }
  return true;
}

/** Last sheet column of the used range (0 for an empty sheet). */
export function lastUsedColumn(sheet: SheetSnapshot): number {
  const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  return width === 0 ? 0 : sheet.origin.column + width - 1;
}
