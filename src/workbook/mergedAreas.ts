import { parseRange, type RangeRef } from "./a1";
import type { SheetSnapshot } from "./snapshot";

/** A sheet's merged areas, parsed once, for writers that must stay out of them. */
export interface MergedAreas {
  /** Some cell of the rectangle lies in a merged area. */
  touches(top: number, left: number, bottom: number, right: number): boolean;
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
  };
}
