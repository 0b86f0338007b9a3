/** Excel error values as a sheet shows them. */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

export type ExcelErrorText = (typeof EXCEL_ERRORS)[number];

export interface ExcelError {
  error: ExcelErrorText | string;
}

/** One cell as any host reads it: its value (cached for formulas) and its number format. */
export interface RawCell {
  value: number | string | boolean | null | ExcelError;
  /** Number format code, e.g. "0.0%", "#,##0". */
  numFmt?: string;
  /** A1 address on its sheet, e.g. "I12". */
  address?: string;
}

export function isExcelError(value: unknown): value is ExcelError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** Error values also arrive as plain text (CSV, values typed over a formula). */
export function excelErrorText(value: RawCell["value"]): string | undefined {
  if (isExcelError(value)) return String(value.error);
  if (typeof value === "string") {
    const trimmed = value.trim().toUpperCase();
    return (EXCEL_ERRORS as readonly string[]).includes(trimmed) ? trimmed : undefined;
  }
  return undefined;
}

export function isBlank(cell: RawCell | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** A number format that shows the value as a percentage (ignoring quoted text). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .includes("%");
}
