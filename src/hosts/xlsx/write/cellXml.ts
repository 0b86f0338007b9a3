import { address } from "../../../workbook/a1";
import type { WriteValue } from "../../../workbook/changeSet";
import { ValueCell, type CellEntry } from "./cellEntry";
import { numberText } from "./valueCellText";
import { attribute, escapeXml } from "./xmlText";

/** A cell element holding `value` (see valueCellText.ts), without an s attribute for "0". */
export function cellXml(
  prefix: string,
  row: number,
  column: number,
  style: string | undefined,
  value: WriteValue,
): string {
  return cellEntry(prefix, row, column, style, value).text;
}

/** The cell element cellXml writes, as a row holds it. */
export function cellEntry(
  prefix: string,
  row: number,
  column: number,
  style: string | undefined,
  value: WriteValue,
): CellEntry {
  return new ValueCell(prefix, row, column, style, value);
}

export { numberText };

/** The style index a cell element carries ("0" when none). */
export function cellStyle(cellText: string | undefined): string | undefined {
  if (cellText === undefined) return undefined;
  const open = cellText.slice(0, cellText.indexOf(">") + 1);
  return attribute(open, "s");
}

/** True when the cell element holds a formula. */
export function hasFormula(cellText: string): boolean {
  return /<(?:[\w.-]+:)?f[\s>/]/.test(cellText);
}

/** A shared formula's master: its group id and range, when the cell is one. */
export function sharedMaster(cellText: string): { si: string; ref: string } | undefined {
  const m = /<((?:[\w.-]+:)?f)\b([^>]*)>/.exec(cellText);
  if (!m || m[0].endsWith("/>")) return undefined;
  const tag = m[0];
  if (attribute(tag, "t") !== "shared") return undefined;
  const si = attribute(tag, "si");
  const ref = attribute(tag, "ref");
  return si !== undefined && ref !== undefined ? { si, ref } : undefined;
}

/**
 * A cell element holding a formula (already in stored form, see formulaText.ts) with no cached
 * value: Excel and LibreOffice compute it on open (the workbook asks for a full calculation).
 */
export function formulaCellXml(
  prefix: string,
  row: number,
  column: number,
  style: string | undefined,
  formula: string,
): string {
  const q = (name: string) => `${prefix}${name}`;
  const s = style !== undefined && style !== "0" ? ` s="${escapeXml(style)}"` : "";
  return `<${q("c")} r="${address(row, column)}"${s}><${q("f")}>${escapeXml(formula)}</${q("f")}></${q("c")}>`;
}
