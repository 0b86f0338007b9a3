import type { CellValue } from "../snapshot";
import { isBlankValue } from "./sheetGrid";

/** Blank, zero or a dash: a figure that says nothing. */
export function isEmptyFigure(value: CellValue): boolean {
  if (isBlankValue(value)) return true;
  if (typeof value === "number") return value === 0;
  return typeof value === "string" && /^[\s0.,\-–—]*$/.test(value);
}

/** "KINH TẾ", "SẢN XUẤT NÔNG NGHIỆP (BQ tổng đàn)": the words outside brackets in capitals. */
export function isUpperCaseHeading(text: string): boolean {
  const bare = text.replace(/\([^)]*\)/g, "");
  let letters = 0;
  for (const ch of bare) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue;
    if (ch !== upper) return false;
    letters++;
  }
  return letters >= 2;
}

export interface RowFacts {
  /** The name's text without its label ("KINH TẾ" of "I. KINH TẾ"). */
  heading: string;
  /** Something in a figure column (a number, text, an error). */
  hasFigures: boolean;
  /** A figure other than zero or a dash. */
  hasNonZeroFigures: boolean;
  /** Something in the code, unit, kind, aggregation or cumulative column. */
  hasDetails: boolean;
  isTotal: boolean;
}

/**
 * A group row ("I. KINH TẾ", "A. LĨNH VỰC KINH TẾ") heads the rows below it: a name and
 * nothing else, or a name in capitals over figures that are all zero (sheets that sum
 * every line carry zeros on their headings).
 */
export function isGroupRow(facts: RowFacts): boolean {
  if (facts.heading === "" || facts.isTotal || facts.hasDetails) return false;
  if (!facts.hasFigures) return true;
  return !facts.hasNonZeroFigures && isUpperCaseHeading(facts.heading);
}
