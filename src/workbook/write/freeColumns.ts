import type { MergedAreas } from "../mergedAreas";
import { isEmptyArea } from "../sheetGrid";
import type { SheetSnapshot } from "../snapshot";

/** What the add-in may not write over beside a table, shared by the tables of one sheet. */
export interface ColumnSpace {
  sheet: SheetSnapshot;
  merged: MergedAreas;
  /** Columns already given to owned columns of another table of the sheet. */
  taken: Set<number>;
}

/** Rows an owned column must have free: the table's header rows down to its last row. */
export interface RowSpan {
  top: number;
  bottom: number;
}

/** The column is empty, outside every merged area and not taken, over the rows. */
export function isFreeColumn(space: ColumnSpace, column: number, rows: RowSpan): boolean {
  return (
    !space.taken.has(column) &&
    isEmptyArea(space.sheet, rows.top, column, rows.bottom, column) &&
    !space.merged.touches(rows.top, column, rows.bottom, column)
  );
}

/** Excel's last column, XFD. */
export const LAST_COLUMN = 16_384;

/**
 * The first of `count` side-by-side free columns at or right of `from`; the columns are marked
 * taken. Never inside a merged area, never over a cell with something in it, never past XFD:
 * undefined when no such columns are left before Excel's last column (a value or a merged area
 * reaching column XFD beside the table), and nothing is taken.
 */
export function takeFreeColumns(
  space: ColumnSpace,
  from: number,
  count: number,
  rows: RowSpan,
): number | undefined {
  const fits = (c: number) => {
    for (let i = 0; i < count; i += 1) if (!isFreeColumn(space, c + i, rows)) return false;
    return true;
  };
  let column = Math.max(1, from);
  while (column + count - 1 <= LAST_COLUMN && !fits(column)) column += 1;
  if (column + count - 1 > LAST_COLUMN) return undefined;
  for (let i = 0; i < count; i += 1) space.taken.add(column + i);
  return column;
}
