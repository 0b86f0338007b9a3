import { decodeArea } from "./cellAddress";

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Rows per bucket of the overlap index. */
const BUCKET_ROWS = 64;
/** An area spanning more buckets than this is checked against every area, not bucketed. */
const MAX_BUCKETS = 256;

/**
 * A sheet's <mergeCell> refs as areas that do not overlap, in the file's order: Excel never
 * writes overlapping merges and keeps the first when repairing a file that has them;
 * unreadable refs are dropped. Overlaps are found through an index of 64-row buckets, so the
 * cost follows the number of areas, not the cells they cover (a whole-column merge is one area).
 */
export function disjointAreas(refs: readonly string[]): Area[] {
  const buckets = new Map<number, Area[]>();
  const tall: Area[] = [];
  const kept: Area[] = [];
  for (const ref of refs) {
    const area = decodeArea(ref.replace(/\$/g, ""));
    if (!area) continue;
    const first = Math.floor(area.top / BUCKET_ROWS);
    const last = Math.floor(area.bottom / BUCKET_ROWS);
    const isTall = last - first + 1 > MAX_BUCKETS;
    let clash = tall.some((other) => overlaps(area, other));
    if (!clash) {
      if (isTall) {
        clash = kept.some((other) => overlaps(area, other));
      } else {
        for (let b = first; b <= last && !clash; b++) {
          clash = (buckets.get(b) ?? []).some((other) => overlaps(area, other));
        }
      }
    }
    if (clash) continue;
    kept.push(area);
    if (isTall) tall.push(area);
    else {
      for (let b = first; b <= last; b++) {
        const list = buckets.get(b);
        if (list) list.push(area);
        else buckets.set(b, [area]);
      }
    }
  }
  return kept;
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * For each listed cell (rows[i], columns[i]), 1 where a merged area covers it other than at its
 * top-left cell: such a cell shows nothing in Excel. Visits, for each area, only the rows that
 * hold listed cells.
 */
export function coveredCells(
  areas: readonly Area[],
  rows: Int32Array,
  columns: Int32Array,
): Uint8Array {
  const covered = new Uint8Array(rows.length);
  if (areas.length === 0 || rows.length === 0) return covered;
  const cellRows = [...new Set(rows)].sort((a, b) => a - b);
  const byRow = new Map<number, Area[]>();
  for (const area of areas) {
    for (let i = lowerBound(cellRows, area.top); i < cellRows.length; i++) {
      const r = cellRows[i];
      if (r > area.bottom) break;
      const list = byRow.get(r);
      if (list) list.push(area);
      else byRow.set(r, [area]);
    }
  }
  for (let i = 0; i < rows.length; i++) {
    const list = byRow.get(rows[i]);
    if (!list) continue;
    const r = rows[i];
    const c = columns[i];
    const inside = list.some((a) => c >= a.left && c <= a.right && !(r === a.top && c === a.left));
    if (inside) covered[i] = 1;
  }
  return covered;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
