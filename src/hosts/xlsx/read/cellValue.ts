import type { CellValue } from "../../../workbook/snapshot";

/** Excel's serial for a moment given as an ISO 8601 text (a t="d" cell), or null. */
export function isoToSerial(text: string, date1904: boolean): number | null {
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T|\d:\d/.test(text) ? text : `${text}Z`;
  const ms = Date.parse(/^\d{4}-\d\d-\d\d$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(ms)) return null;
  return ms / 86_400_000 + 25_569 - (date1904 ? 1_462 : 0);
}

/** A number as the snapshot holds it: finite, else no value. */
export function numberValue(text: string): CellValue {
  const n = parseFloat(text);
  return Number.isFinite(n) ? n : null;
}

/** A cached or constant value by the cell's type attribute (t="s" is resolved by the caller). */
export function typedValue(type: string | undefined, text: string, date1904: boolean): CellValue {
  switch (type) {
    case "str":
    case "inlineStr":
      return text === "" ? null : text;
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: text };
    case "d":
      return isoToSerial(text, date1904);
    default:
      return numberValue(text);
  }
}

/** "=…" as the gateway gives formulas: Excel's "_xlfn." prefixes hidden, as Excel's UI does. */
export function formulaText(text: string): string {
  return `=${text.replace(/_xl(?:fn|ws|pm)\./g, "")}`;
}
