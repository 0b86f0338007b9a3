import { columnNumber, parseRange, type RangeRef } from "../../../../src/workbook/a1";
import { OfficeError } from "./context";

export const MAX_ROW = 1048576;
export const MAX_COLUMN = 16384;

/** A1 ranges as Office accepts them: cells, ranges, whole rows ("4:5") and columns ("C:D"). */
export function parseOfficeRange(text: string): RangeRef {
  const bare = text.includes("!") ? text.slice(text.lastIndexOf("!") + 1) : text;
  const clean = bare.replace(/\$/g, "").trim();
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) {
    return {
      start: { row: Math.min(+rows[1], +rows[2]), column: 1 },
      end: { row: Math.max(+rows[1], +rows[2]), column: MAX_COLUMN },
    };
  }
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(clean);
  if (columns) {
    const a = columnNumber(columns[1]);
    const b = columnNumber(columns[2]);
    return {
      start: { row: 1, column: Math.min(a, b) },
      end: { row: MAX_ROW, column: Math.max(a, b) },
    };
  }
  const ref = parseRange(clean);
  if (!ref) throw new OfficeError("InvalidArgument", `"${text}" is not a range address`);
  return ref;
}

export const WHOLE_SHEET: RangeRef = {
  start: { row: 1, column: 1 },
  end: { row: MAX_ROW, column: MAX_COLUMN },
};

/** How Office writes a sheet name in an address. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
