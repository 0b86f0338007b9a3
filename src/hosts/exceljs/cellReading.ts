import type { Cell, CellRichTextValue } from "exceljs";
import type { CellValue } from "../../workbook/snapshot";
import { dateToSerial } from "./excelSerial";

/** ExcelJS's ValueType numbers (lib/doc/enums.js), as plain constants. */
const NULL = 0;
const MERGE = 1;
const STRING = 3;
const FORMULA = 6;
const RICH_TEXT = 8;

/**
 * Whether a cell counts for the used range: it holds a value or a formula. A cell with only a
 * format, a note or an empty string does not, nor do the covered cells of a merged area
 * (ExcelJS answers their value with the master's).
 */
export function holdsContent(cell: Cell): boolean {
  switch (cell.type) {
    case NULL:
    case MERGE:
      return false;
    case STRING:
      return cell.value !== "";
    case RICH_TEXT:
      return richText(cell.value as CellRichTextValue) !== "";
    default:
      return true;
  }
}

/** A cell's value as the snapshot has it: cached result for formulas, dates as serials. */
export function cellValue(cell: Cell, date1904: boolean): CellValue {
  switch (cell.type) {
    case NULL:
    case MERGE:
      return null;
    case FORMULA:
      return plainValue(cell.result, date1904);
    default:
      return plainValue(cell.value, date1904);
  }
}

/** "=…" for a formula cell (shared formulas translated by ExcelJS), else null. */
export function cellFormula(cell: Cell): string | null {
  if (cell.type !== FORMULA) return null;
  let text: string | undefined;
  try {
    text = cell.formula;
  } catch {
    // A shared formula whose master is missing: ExcelJS cannot translate it.
    return null;
  }
  if (!text) return null;
  // Excel stores newer functions with a "_xlfn." prefix that its own UI (and Office.js) hide.
  return `=${text.replace(/_xl(?:fn|ws|pm)\./g, "")}`;
}

function plainValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : null;
    case "boolean":
      return value;
    case "string":
      return value === "" ? null : value;
    case "object":
      return objectValue(value as Record<string, unknown>, date1904);
    default:
      return String(value);
  }
}

function objectValue(value: Record<string, unknown>, date1904: boolean): CellValue {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : dateToSerial(value, date1904);
  }
  if (typeof value.error === "string") return { error: value.error };
  if (Array.isArray(value.richText))
    return emptyToNull(richText(value as unknown as CellRichTextValue));
  // A hyperlink: its text, itself plain or rich.
  if ("hyperlink" in value) return plainValue(value.text ?? value.hyperlink, date1904);
  if ("text" in value) return plainValue(value.text, date1904);
  return null;
}

function richText(value: CellRichTextValue | null | undefined): string {
  return (value?.richText ?? []).map((run) => run.text ?? "").join("");
}

function emptyToNull(text: string): string | null {
  return text === "" ? null : text;
}
