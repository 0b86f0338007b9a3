import { parseRange, rangeAddress, type RangeRef } from "../../workbook/a1";

/** A bounded A1 range of a change, or an error naming the change's sheet. */
export function requireRange(sheet: string, text: string): RangeRef {
  const ref = parseRange(text);
  if (!ref) throw new Error(`"${text}" on sheet "${sheet}" is not an A1 cell or range`);
  return ref;
}

export function rowCount(ref: RangeRef): number {
  return ref.end.row - ref.start.row + 1;
}

export function columnCount(ref: RangeRef): number {
  return ref.end.column - ref.start.column + 1;
}

/** The A1 address of `rows` × `columns` cells whose top-left cell is (row, column). */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  return rangeAddress({ row, column }, { row: row + rows - 1, column: column + columns - 1 });
}
