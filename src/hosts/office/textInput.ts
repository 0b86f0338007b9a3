import type { WriteValue } from "../../workbook/changeSet";

/**
 * What goes into Range.values for a value of a change set.
 *
 * Range.values is parsed like typed input: "=1+1" becomes a formula, "+5" and "-x" too, and
 * "12", "12%", "3-5", "1/2", "TRUE" or "#N/A" become numbers, dates, booleans or errors. A
 * change set's text must stay text (DESIGN.md: copied text is written as values, never as
 * formulas), so such strings get a leading apostrophe, Excel's own "this is text" prefix: the
 * cell stores the text without it and the number format is left alone. (Setting the number
 * format to "@" first would also work but would change the cell's format for good.) Strings that
 * can't be misread are written as they are, so the formula bar shows no apostrophe for them.
 *
 * null writes "" (an empty cell): in a 2-D array, null would mean "leave this cell unchanged".
 */
export function toExcelInput(value: WriteValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} to a cell`);
    return value;
  }
  if (typeof value === "boolean") return value;
  return needsTextPrefix(value) ? `'${value}` : value;
}

/** A string Excel might read as something other than text. */
export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  const trimmed = text.trim();
  return (
    /^[=+\-@'#]/.test(trimmed) || // formula, sign, an apostrophe of its own, error literal
    /\d/.test(trimmed) || // numbers, percentages, dates, times, fractions, currency
    /^(true|false)$/i.test(trimmed)
  );
}
