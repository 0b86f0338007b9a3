import type { RangeRef } from "../../../workbook/a1";

/** Rectangles of cells (1-based, inclusive), as a1.ts's RangeRef. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.column <= b.end.column &&
    b.start.column <= a.end.column
  );
}

export function contains(outer: RangeRef, inner: RangeRef): boolean {
  return (
    outer.start.row <= inner.start.row &&
    outer.start.column <= inner.start.column &&
    outer.end.row >= inner.end.row &&
    outer.end.column >= inner.end.column
  );
}

export function sameRange(a: RangeRef, b: RangeRef): boolean {
  return contains(a, b) && contains(b, a);
}

export function cellCount(r: RangeRef): number {
  return (r.end.row - r.start.row + 1) * (r.end.column - r.start.column + 1);
}

export function insideSheet(r: RangeRef): boolean {
  return (
    r.start.row >= 1 && r.start.column >= 1 && r.end.row <= MAX_ROWS && r.end.column <= MAX_COLUMNS
  );
}

/** What is left of `a` once `b` is taken out: up to four rectangles (bands above, below,
 *  left and right of the overlap). */
export function subtract(a: RangeRef, b: RangeRef): RangeRef[] {
  if (!intersects(a, b)) return [a];
  const out: RangeRef[] = [];
  const top = Math.max(a.start.row, b.start.row);
  const bottom = Math.min(a.end.row, b.end.row);
  if (a.start.row < b.start.row) {
    out.push({ start: a.start, end: { row: b.start.row - 1, column: a.end.column } });
  }
  if (a.end.row > b.end.row) {
    out.push({ start: { row: b.end.row + 1, column: a.start.column }, end: a.end });
  }
  if (a.start.column < b.start.column) {
    out.push({
      start: { row: top, column: a.start.column },
      end: { row: bottom, column: b.start.column - 1 },
    });
  }
  if (a.end.column > b.end.column) {
    out.push({
      start: { row: top, column: b.end.column + 1 },
      end: { row: bottom, column: a.end.column },
    });
  }
  return out;
}
