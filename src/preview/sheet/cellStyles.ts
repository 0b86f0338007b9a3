import { parseRange } from "../../workbook/a1";
import type { Change, Color } from "../../workbook/changeSet";

/** What the preview draws of a cell's format: the colours and weight a change set gave it. */
export interface CellLook {
  fill?: Color;
  fontColor?: Color;
  bold?: boolean;
  italic?: boolean;
}

/** Looks by sheet, then by "row:column". */
export type SheetLooks = Map<string, Map<string, CellLook>>;

const MAX_CELLS_PER_CHANGE = 200_000;

function cellsOf(range: string): Array<[number, number]> {
  const r = parseRange(range);
  if (!r) return [];
  const out: Array<[number, number]> = [];
  for (let row = r.start.row; row <= r.end.row; row += 1)
    for (let column = r.start.column; column <= r.end.column; column += 1) {
      out.push([row, column]);
      if (out.length >= MAX_CELLS_PER_CHANGE) return out;
    }
  return out;
}

export function lookKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/**
 * Records the formats a change set writes, so the preview can draw the sheet as Excel would
 * show it after the add-in's writes (the snapshot itself carries values, not formats).
 */
export function recordLooks(looks: SheetLooks, changes: readonly Change[]): void {
  const sheetLooks = (sheet: string) => {
    let map = looks.get(sheet);
    if (!map) {
      map = new Map();
      looks.set(sheet, map);
    }
    return map;
  };
  for (const change of changes) {
    switch (change.kind) {
      case "style": {
        const { fill, fontColor, bold, italic } = change.style;
        if (
          fill === undefined &&
          fontColor === undefined &&
          bold === undefined &&
          italic === undefined
        )
          break;
        const map = sheetLooks(change.sheet);
        for (const [row, column] of cellsOf(change.range)) {
          const key = lookKey(row, column);
          const next: CellLook = { ...map.get(key) };
          if (fill === null) delete next.fill;
          else if (fill !== undefined) next.fill = fill;
          if (fontColor !== undefined) next.fontColor = fontColor;
          if (bold !== undefined) next.bold = bold;
          if (italic !== undefined) next.italic = italic;
          map.set(key, next);
        }
        break;
      }
      case "clear": {
        const map = looks.get(change.sheet);
        if (map)
          for (const [row, column] of cellsOf(change.range)) map.delete(lookKey(row, column));
        break;
      }
      case "deleteOwnSheet":
        looks.delete(change.sheet);
        break;
      case "chart":
        // Charts are recorded apart (PreviewGateway.charts) and drawn over the cells.
        break;
      default:
        break;
    }
  }
}
