import { finding, type Finding } from "../findings/finding";
import type { RawCell } from "../model/cell";
import type { NumberStyle } from "../numbers/parseNumber";
import { parseNumberText } from "../numbers/parseNumber";
import { readNumberCell } from "../numbers/readNumberCell";
import { ambiguousParams } from "../read/numberEntry";
import { cellText } from "../read/cellText";
import { columnParams, type FigureColumn } from "./columnLabels";
import { splitNumberAndUnit, type Unit } from "./moneyUnit";
import type { RawBudgetTable } from "./rawBudget";
import { shownDecimals } from "./shownDecimals";

export type Figure =
  | { kind: "number"; value: number; decimals: number; percentSign: boolean }
  | { kind: "empty" }
  | { kind: "bad"; finding: Finding };

export interface FigureContext {
  table: Pick<RawBudgetTable, "sheet" | "headers">;
  /** The line's name for messages. */
  name: string;
  style?: NumberStyle;
  /** The unit the table's amounts are in, to suggest a figure for "1.380 triệu". */
  unit?: Unit;
}

const EMPTY: Figure = { kind: "empty" };

/** "-", "–" and "x" stand for "nothing here" in Vietnamese forms. */
function isNilMark(text: string): boolean {
  return /^[-–—x]$/i.test(text.trim());
}

function unitInCell(
  text: string,
  column: FigureColumn,
  context: FigureContext,
  where: { sheet: string; cell?: string },
): Finding | undefined {
  const split = splitNumberAndUnit(text);
  if (!split || split.unit.scale === undefined) return undefined;
  // A figure typed with a Vietnamese unit word is read Vietnamese style when nothing settles it.
  const parsed = parseNumberText(split.number, context.style ?? "vi");
  if (!parsed.ok) return undefined;
  const target = context.unit?.scale !== undefined ? context.unit : split.unit;
  const suggested = (parsed.value * (split.unit.scale ?? 1)) / (target.scale ?? 1);
  const params = {
    name: context.name,
    ...columnParams(context.table, column),
    value: text,
    suggested,
    unit: target.text,
    unitEn: target.en,
  };
  return finding("budget_unit_in_cell", params, where);
}

/**
 * Reads one figure cell of a budget line with the table's number style: a number with the
 * decimals it shows, blank (also "-" and "x"), or a finding at the cell for error values, text,
 * ambiguous "1.842" and numbers typed with their unit.
 */
export function readFigure(
  cell: RawCell | undefined,
  column: FigureColumn,
  context: FigureContext,
): Figure {
  const reading = readNumberCell(cell, { unitIsPercent: false, style: context.style });
  if (reading.ok) {
    const decimals = shownDecimals(reading.value, cell);
    return { kind: "number", value: reading.value, decimals, percentSign: reading.percentSign };
  }
  if (reading.reason === "empty") return EMPTY;
  const text = cellText(cell);
  if (reading.reason === "not_a_number" && isNilMark(text)) return EMPTY;
  const where = { sheet: context.table.sheet, cell: cell?.address };
  const base = { name: context.name, ...columnParams(context.table, column) };
  switch (reading.reason) {
    case "excel_error":
      return {
        kind: "bad",
        finding: finding("budget_error_value", { ...base, value: reading.error }, where),
      };
    case "ambiguous": {
      const params = { ...base, ...ambiguousParams(text, reading.asVi, reading.asEn) };
      return { kind: "bad", finding: finding("budget_ambiguous_number", params, where) };
    }
    case "boolean":
    case "not_a_number": {
      const withUnit = unitInCell(text, column, context, where);
      const bad = withUnit ?? finding("budget_not_a_number", { ...base, value: text }, where);
      return { kind: "bad", finding: bad };
    }
  }
}
