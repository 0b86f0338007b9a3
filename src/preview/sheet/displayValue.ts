import type { Language } from "../../engine/model/status";
import { formatNumber } from "../../engine/numbers/formatNumber";
import type { CellValue } from "../../workbook/snapshot";

/** A cell's value as the preview's table shows it; numbers in the language's style. */
export function displayValue(value: CellValue, numberFormat: string, lang: Language): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (numberFormat.includes("%")) return `${formatNumber(value * 100, lang, 2)}%`;
    return formatNumber(value, lang, 3);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return value.error;
}
