/**
 * Range.getCellProperties (ExcelApi 1.9) for the format properties the gateway reads: one object
 * per cell, as Excel answers. A cell with no fill reports "#FFFFFF", the same as a white fill
 * (OfficeDev/office-js#6218, #4900); a cell with no border reports style "None" on each edge, and
 * unset fonts report Excel's defaults (black, not bold, not italic).
 */
import { OfficeError } from "./context";
import { cellAt, cellsOf, type CellModel } from "./model";
import type { RangeModel } from "./range";

type Flags = Record<string, unknown>;

export interface CellPropertiesQuery {
  format?: {
    fill?: Flags;
    font?: Flags;
    borders?: Flags;
    horizontalAlignment?: boolean;
    verticalAlignment?: boolean;
    wrapText?: boolean;
  };
}

/** The edges a single cell's borders report, and the range edges that set them in the double. */
const EDGES = {
  top: ["EdgeTop", "InsideHorizontal"],
  bottom: ["EdgeBottom", "InsideHorizontal"],
  left: ["EdgeLeft", "InsideVertical"],
  right: ["EdgeRight", "InsideVertical"],
} as const;

function edgeStyle(cell: CellModel | undefined, names: readonly string[]): string {
  const set = names.map((n) => cell?.borders?.[n]?.style).find((s) => s && s !== "None");
  return set ?? "None";
}

function cellFormat(cell: CellModel | undefined, query: CellPropertiesQuery): Flags {
  const wanted = query.format ?? {};
  const format: Flags = {};
  if (wanted.fill?.color) format.fill = { color: cell?.fill ?? "#FFFFFF" };
  if (wanted.font) {
    const font: Flags = {};
    if (wanted.font.color) font.color = cell?.fontColor ?? "#000000";
    if (wanted.font.bold) font.bold = cell?.bold ?? false;
    if (wanted.font.italic) font.italic = cell?.italic ?? false;
    format.font = font;
  }
  if (wanted.borders?.style) {
    format.borders = Object.fromEntries(
      Object.entries(EDGES).map(([edge, names]) => [edge, { style: edgeStyle(cell, names) }]),
    );
  }
  if (wanted.horizontalAlignment) format.horizontalAlignment = cell?.horizontal ?? "General";
  if (wanted.verticalAlignment) format.verticalAlignment = cell?.vertical ?? "Bottom";
  if (wanted.wrapText) format.wrapText = cell?.wrap ?? false;
  return format;
}

/** The cells' properties, row by row; Excel refuses a query without any property. */
export function cellProperties({ sheet, ref }: RangeModel, query: CellPropertiesQuery): Flags[][] {
  if (!query.format) throw new OfficeError("InvalidArgument", "getCellProperties without format");
  return cellsOf(ref).map((row) =>
    row.map(({ row: r, column: c }) => ({ format: cellFormat(cellAt(sheet, r, c), query) })),
  );
}
