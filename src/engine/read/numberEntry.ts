import { finding, type Finding, type FindingParams } from "../findings/finding";
import type { RawCell } from "../model/cell";
import type { NumberStyle } from "../numbers/parseNumber";
import { readNumberCell, type CellNumber } from "../numbers/readNumberCell";
import { cellText } from "./cellText";

export interface EntryContext {
  sheet?: string;
  unitIsPercent: boolean;
  numberStyle?: NumberStyle;
}

export type NumberEntry =
  | { kind: "number"; value: number }
  | { kind: "empty" }
  | { kind: "bad"; finding: Finding }
  /** Text that is no number; the caller may read it otherwise (a milestone state). */
  | { kind: "text"; text: string; finding: Finding };

/** Both readings of "49,368": the decimal one in each language's style, and the whole one. */
export function ambiguousParams(value: string, asVi: number, asEn: number): FindingParams {
  const [decimal, whole] = Math.abs(asVi) < Math.abs(asEn) ? [asVi, asEn] : [asEn, asVi];
  return { value, decimal, whole: String(whole) };
}

/** The finding for a cell that holds no usable number, or undefined when it holds one. */
export function numberFinding(
  reading: CellNumber,
  cell: RawCell | undefined,
  sheet: string | undefined,
): Finding | undefined {
  const where = { sheet, cell: cell?.address };
  const value = cellText(cell);
  if (reading.ok) return undefined;
  switch (reading.reason) {
    case "empty":
      return undefined;
    case "excel_error":
      return finding("excel_error", { value: reading.error }, where);
    case "ambiguous":
      return finding("ambiguous_number", ambiguousParams(value, reading.asVi, reading.asEn), where);
    case "boolean":
    case "not_a_number":
      return finding("not_a_number", { value }, where);
  }
}

/** Reads a numeric entry (baseline, target max, actual…) with the sheet's number style. */
export function readNumberEntry(cell: RawCell | undefined, context: EntryContext): NumberEntry {
  const reading = readNumberCell(cell, {
    unitIsPercent: context.unitIsPercent,
    style: context.numberStyle,
  });
  if (reading.ok) return { kind: "number", value: reading.value };
  const bad = numberFinding(reading, cell, context.sheet);
  if (!bad) return { kind: "empty" };
  if (reading.reason === "not_a_number" && typeof cell?.value === "string") {
    return { kind: "text", text: cell.value, finding: bad };
  }
  return { kind: "bad", finding: bad };
}
