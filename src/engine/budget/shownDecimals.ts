import { decimalsOf } from "../consolidate/sameFigure";
import type { RawCell } from "../model/cell";

/** Decimal places General shows at most (it shows about ten significant digits). */
const GENERAL_MAX = 9;

/** Decimal places a number format shows: "#,##0.00" → 2, "0%" → 0; undefined for General. */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  const section = (numFmt.split(";")[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (!/[0#?]/.test(section)) return undefined;
  const fraction = /[0#?]\.([0#?]+)/.exec(section);
  return fraction ? fraction[1].length : 0;
}

/**
 * Decimal places of a figure as the sheet shows it: from the cell's number format, else from
 * the value itself (what was typed, or what General shows).
 */
export function shownDecimals(value: number, cell: RawCell | undefined): number {
  const fromFormat = typeof cell?.value === "number" ? formatDecimals(cell.numFmt) : undefined;
  return fromFormat ?? Math.min(GENERAL_MAX, decimalsOf(value));
}

/** Half a unit of the last decimal shown, plus floating-point noise. */
export function halfUnit(value: number, decimals: number): number {
  return 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(value));
}
