import type { RawCell } from "../model/cell";
import { isExcelError } from "../model/cell";

/** The text a cell shows, for names, units and messages ("" when blank). */
export function cellText(cell: RawCell | undefined): string {
  if (!cell || cell.value === null) return "";
  const value = cell.value;
  if (isExcelError(value)) return String(value.error);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}
