import type { CellValue } from "../../workbook/snapshot";

/**
 * One cell as Office.js returns it, turned into the snapshot's terms. `values` gives the cached
 * result of a formula, an error as its text ("#REF!") with valueTypes "Error", and "" for an
 * empty cell; `formulas` gives the formula text, or the constant itself where there is none.
 */
export function toCellValue(value: unknown, valueType: string): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (valueType === "Empty") return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") {
    return value;
  }
  return value === null || value === undefined ? null : String(value);
}

/**
 * The formula of a cell, or null. Text stored with a leading apostrophe ("'=SUM(A1)", which is
 * how this gateway writes text that looks like a formula) comes back from `formulas` without
 * the apostrophe, so a "formula" equal to the cell's own text value is text, not a formula.
 */
export function toFormula(formula: unknown, value: unknown, valueType: string): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  if (valueType === "String" && value === formula) return null;
  return formula;
}

/** Number format codes: Office reports "General" where none was set; keep that. */
export function toNumberFormat(format: unknown): string {
  return typeof format === "string" && format !== "" ? format : "General";
}
