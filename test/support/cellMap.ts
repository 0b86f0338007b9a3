import type { SheetSnapshot } from "../../src/workbook/snapshot";

/** Every non-empty cell of a sheet by "row,column", to compare two versions of it cell by cell. */
export function cellMap(sheet: SheetSnapshot): Map<string, unknown> {
  const out = new Map<string, unknown>();
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) out.set(`${r + sheet.origin.row},${c + sheet.origin.column}`, value);
    }),
  );
  return out;
}
