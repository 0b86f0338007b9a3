import type { CellStyle } from "../../workbook/changeSet";
import { OP_OVERHEAD, type WriteOp } from "./batchScope";
import { columnCount, requireRange, rowCount } from "./rangeRefs";
import { wireBytes } from "./wireBytes";

type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/**
 * A style change as property sets on one range. The number format goes in as a 2-D array of
 * the range's shape (its size counts toward the request); a null fill clears the fill.
 */
export function styleOp(change: { sheet: string; range: string; style: CellStyle }): WriteOp {
  const ref = requireRange(change.sheet, change.range);
  const rows = rowCount(ref);
  const columns = columnCount(ref);
  const { style } = change;
  const formats =
    style.numberFormat === undefined
      ? undefined
      : Array.from({ length: rows }, () => Array<string>(columns).fill(style.numberFormat ?? ""));
  return {
    // The range's path, then up to 150 bytes per property set (two per border edge).
    bytes: OP_OVERHEAD + 150 * propertyCount(style) + (formats ? wireBytes(formats) : 0),
    queue: (scope) => {
      // Every property is set through range.format…: a set is queued, never a read.
      const range = scope.sheet(change.sheet).getRange(change.range);
      if (style.fill === null) range.format.fill.clear();
      else if (style.fill !== undefined) range.format.fill.color = style.fill;
      if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
      if (style.bold !== undefined) range.format.font.bold = style.bold;
      if (style.italic !== undefined) range.format.font.italic = style.italic;
      if (style.fontSize !== undefined) range.format.font.size = style.fontSize;
      if (formats) range.numberFormat = formats;
      if (style.horizontal) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
      if (style.vertical) range.format.verticalAlignment = VERTICAL[style.vertical];
      if (style.wrap !== undefined) range.format.wrapText = style.wrap;
      if (style.border !== undefined) {
        for (const edge of edgesOf(rows, columns)) {
          const border = range.format.borders.getItem(edge);
          border.style = style.border ? "Continuous" : "None";
          if (style.border) border.weight = "Thin";
        }
      }
    },
  };
}

/** Inside edges only where the range has more than one row or column. */
function edgesOf(rows: number, columns: number): Edge[] {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (columns > 1) edges.push("InsideVertical");
  if (rows > 1) edges.push("InsideHorizontal");
  return edges;
}

function propertyCount(style: CellStyle): number {
  const set = Object.entries(style).filter(([, v]) => v !== undefined);
  return set.length + (style.border !== undefined ? 12 : 0);
}
