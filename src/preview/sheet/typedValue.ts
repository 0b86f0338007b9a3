import type { Language } from "../../engine/model/status";
import { detectNumberStyle } from "../../engine/numbers/detectNumberStyle";
import { parseNumberText, type NumberStyle } from "../../engine/numbers/parseNumber";
import type { CellValue, SheetSnapshot } from "../../workbook/snapshot";

/**
 * The number style the edit bar reads and writes figures in: the one the sheet's own typed
 * figures settle on, as the engine reads the sheet ("8.664,9" → vi); else the language's, in
 * which the preview's grid shows numbers.
 */
export function editStyle(sheet: SheetSnapshot | undefined, lang: Language): NumberStyle {
  const texts = sheet?.values.flatMap((row) => row.filter((v) => typeof v === "string")) ?? [];
  return detectNumberStyle(texts) ?? (lang === "vi" ? "vi" : "en");
}

/**
 * What the user typed in the preview's edit bar, as a cell holds it: a figure the engine reads
 * as a number in `style` ("18.900" → 18900 and "61,6" → 61.6 in vi; "18,900" → 18900 in en)
 * becomes that number; text, a figure with a % sign, or anything the engine would not read as
 * one number stays text, exactly as the engine would read it in a cell; blank clears the cell.
 */
export function typedValue(text: string, style: NumberStyle): string | number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const parsed = parseNumberText(trimmed, style);
  return parsed.ok && !parsed.percentSign ? parsed.value : trimmed;
}

/**
 * A cell's value as the edit bar shows it for editing, in `style` and without thousands
 * separators, so that typing it back gives the same value (Excel's formula bar: "18900",
 * "61,6" in Vietnamese).
 */
export function editText(value: CellValue | undefined, style: NumberStyle): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    const plain = String(value);
    return style === "vi" ? plain.replace(".", ",") : plain;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return value.error;
}
