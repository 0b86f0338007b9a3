import { parseRange, type RangeRef } from "./a1";
import type { SheetSnapshot } from "./snapshot";

/** A sheet's merged areas, parsed once, for writers that must stay out of them. */
export interface MergedAreas {
  /** Some cell of the rectangle lies in a merged area. */
  touches(top: number, left: number, bottom: number, right: number): boolean;
  /** The last row of the merged area whose first cell is (row, column), if one starts there. */
  bottomFrom(row: number, column: number): number | undefined;
}

/** The merged areas of a snapshot (those whose address can be read). */
export function mergedAreas(sheet: Pick<SheetSnapshot, "merges">): MergedAreas {
  const areas = sheet.merges
    .map((text) => parseRange(text))
    .filter((r): r is RangeRef => r !== undefined);
  return {
    touches: (top, left, bottom, right) =>
      areas.some(
        (a) =>
          a.start.row <= bottom &&
          top <= a.end.row &&
          a.start.column <= right &&
          left <= a.end.column,
      ),
    bottomFrom: (row, column) =>
      areas.find((a) => a.start.row === row && a.start.column === column)?.end.row,
  };
}
