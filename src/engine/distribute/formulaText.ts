/**
 * Pieces of spreadsheet formulas that Excel 2016, LibreOffice and WPS all read: English function
 * names, ',' between arguments, '.' for decimals, text in double quotes.
 */

/** Significant digits Excel keeps of a number typed in a formula. */
const EXCEL_DIGITS = 15;

/** A number as a literal: at most 15 significant digits, no "-0", "E" for the exponent. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const rounded = Number(value.toPrecision(EXCEL_DIGITS));
  if (rounded === 0) return "0";
  return String(rounded).replace("e", "E").replace("E+", "E");
}

/** Text as a literal: "…", a double quote inside written twice. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function ifThen(condition: string, then: string, otherwise: string): string {
  return `IF(${condition},${then},${otherwise})`;
}

/** OR of the conditions (the one itself when alone; FALSE when none). */
export function anyOf(conditions: readonly string[]): string {
  if (conditions.length === 0) return "FALSE";
  return conditions.length === 1 ? conditions[0] : `OR(${conditions.join(",")})`;
}

/** AND of the conditions (the one itself when alone; TRUE when none). */
export function allOf(conditions: readonly string[]): string {
  if (conditions.length === 0) return "TRUE";
  return conditions.length === 1 ? conditions[0] : `AND(${conditions.join(",")})`;
}

/** What the cell holds, trimmed and lower case, for comparing with words ("Hoàn thành"). */
export function foldedCell(ref: string): string {
  return `LOWER(TRIM(${ref}))`;
}

/** The cell's trimmed text is one of `words` (lower case): one comparison with an array. */
export function isOneOf(ref: string, words: readonly string[]): string {
  if (words.length === 0) return "FALSE";
  return `OR(${foldedCell(ref)}={${words.map(textLiteral).join(",")}})`;
}

/** Nothing typed, or only spaces. Never on an error value: test ISERROR first. */
export function isBlankCell(ref: string): string {
  return `TRIM(${ref})=""`;
}

export function isFilledCell(ref: string): string {
  return `TRIM(${ref})<>""`;
}
