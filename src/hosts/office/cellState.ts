import type { CellStyle, WriteValue } from "../../workbook/changeSet";
import type { CellValue, SheetSnapshot } from "../../workbook/snapshot";
import type { SeenFormat } from "./cellFormats";
import { cellKey } from "./cellFormats";
import { extrasOf } from "./seenFormats";

/**
 * One cell as far as the add-in's changes touch it: content, number format, and the formats its
 * style changes set. A format that the read did not load is absent (unknown).
 */
export interface CellState {
  value: CellValue | WriteValue;
  formula: string | null;
  /** Undefined: not loaded (a cell beyond the used range). */
  numberFormat?: string;
  format: Partial<SeenFormat>;
  /** Something the read can't see was written (a font size): never the same as before. */
  unseen?: true;
}

/** What Range.clear() leaves: no content, General, Excel's default formats. */
export function clearedState(): CellState {
  return {
    value: null,
    formula: null,
    numberFormat: "General",
    format: {
      fill: "#FFFFFF",
      fontColor: "#000000",
      bold: false,
      italic: false,
      border: false,
      noBorder: true,
      horizontal: "General",
      vertical: "Bottom",
      wrap: false,
    },
  };
}

/** A cell as the read loaded it. */
export function loadedState(sheet: SheetSnapshot, row: number, column: number): CellState {
  const r = row - sheet.origin.row;
  const c = column - sheet.origin.column;
  const inUsed = r >= 0 && c >= 0 && r < sheet.values.length && c < (sheet.values[r]?.length ?? 0);
  return {
    value: inUsed ? (sheet.values[r][c] ?? null) : null,
    formula: inUsed ? (sheet.formulas[r]?.[c] ?? null) : null,
    numberFormat: inUsed ? sheet.numberFormats[r]?.[c] : undefined,
    format: { ...extrasOf(sheet).formats.get(cellKey(row, column)) },
  };
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** A style change applied to a cell's state (styleOps.ts sets the same properties). */
export function styled(state: CellState, style: CellStyle): CellState {
  const format = { ...state.format };
  if (style.fill !== undefined) format.fill = (style.fill ?? "#FFFFFF").toUpperCase();
  if (style.fontColor !== undefined) format.fontColor = style.fontColor.toUpperCase();
  if (style.bold !== undefined) format.bold = style.bold;
  if (style.italic !== undefined) format.italic = style.italic;
  if (style.border !== undefined) {
    format.border = style.border;
    format.noBorder = !style.border;
  }
  if (style.horizontal) format.horizontal = HORIZONTAL[style.horizontal];
  if (style.vertical) format.vertical = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrap = style.wrap;
  return {
    ...state,
    // The font size is not read: a change that sets it is never taken as unchanged.
    ...(style.fontSize === undefined ? {} : { unseen: true as const }),
    format,
    ...(style.numberFormat === undefined ? {} : { numberFormat: style.numberFormat }),
  };
}

/** A value written into a cell ("" and null both leave it empty). */
export function written(state: CellState, value: WriteValue): CellState {
  return { ...state, value: value === "" ? null : value, formula: null };
}

const FORMAT_KEYS: (keyof SeenFormat)[] = [
  "fill",
  "fontColor",
  "bold",
  "italic",
  "border",
  "noBorder",
  "horizontal",
  "vertical",
  "wrap",
];

/** Whether two states are known to be the same; anything unknown on one side only differs. */
export function sameState(a: CellState, b: CellState): boolean {
  if (a.unseen || b.unseen || a.formula !== b.formula) return false;
  if (!sameValue(a.value, b.value)) return false;
  if (a.numberFormat !== b.numberFormat) return false;
  return FORMAT_KEYS.every((k) => a.format[k] === b.format[k]);
}

/** Errors ("#REF!") are objects: the add-in never writes one, so they differ from any write. */
function sameValue(a: CellState["value"], b: CellState["value"]): boolean {
  return a === b;
}
