import type { Alignment, Borders, Cell, Fill, Font, Style } from "exceljs";
import type { CellStyle } from "../../workbook/changeSet";

/**
 * Cells ExcelJS loads from one style index share one style object: setting `cell.font` (or
 * numFmt, fill…) on one of them changes all of them. Every write here gives the cell a style
 * object of its own and replaces whole parts (font, fill…), never mutating a shared one.
 */
export function restyle(cell: Cell, patch: Partial<Style>): void {
  cell.style = { ...cell.style, ...patch };
}

/** "#RRGGBB" as ExcelJS's ARGB ("FFRRGGBB"). */
export function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

const THIN = { style: "thin" } as const;

/** The parts of a cell's style that `style` changes, merged with what the cell has. */
export function stylePatch(cell: Cell, style: CellStyle): Partial<Style> {
  const patch: Partial<Style> = {};
  if (style.fill !== undefined) patch.fill = fillOf(style.fill);
  const font = fontPatch(style);
  if (font) patch.font = { ...cell.font, ...font };
  if (style.numberFormat !== undefined) patch.numFmt = style.numberFormat;
  const alignment = alignmentPatch(style);
  if (alignment) patch.alignment = { ...cell.alignment, ...alignment };
  if (style.border) patch.border = { top: THIN, left: THIN, bottom: THIN, right: THIN } as Borders;
  return patch;
}

function fillOf(color: string | null): Fill {
  return color === null
    ? { type: "pattern", pattern: "none" }
    : { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } };
}

function fontPatch(style: CellStyle): Partial<Font> | undefined {
  const font: Partial<Font> = {};
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  return Object.keys(font).length > 0 ? font : undefined;
}

function alignmentPatch(style: CellStyle): Partial<Alignment> | undefined {
  const alignment: Partial<Alignment> = {};
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  // ExcelJS calls Excel's vertical "center" "middle", and writes it back as "center".
  if (style.vertical !== undefined) alignment.vertical = style.vertical;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  return Object.keys(alignment).length > 0 ? alignment : undefined;
}
