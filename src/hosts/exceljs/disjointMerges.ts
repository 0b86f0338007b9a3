import { parseRange } from "../../workbook/a1";
import type { MergeArea } from "./exceljsInternals";

/**
 * A file's merged areas as areas that do not overlap: Excel never writes overlapping merges,
 * and a file that has them is repaired by Excel, which keeps the first. Unreadable ones are
 * dropped the same way.
 */
export function disjointMerges(ranges: string[]): MergeArea[] {
  const taken = new Set<number>();
  const out: MergeArea[] = [];
  for (const text of ranges) {
    const ref = parseRange(text.replace(/\$/g, ""));
    if (!ref) continue;
    const area = {
      top: ref.start.row,
      left: ref.start.column,
      bottom: ref.end.row,
      right: ref.end.column,
    };
    if (overlapsTaken(area, taken)) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) taken.add(r * 16384 + c);
    }
    out.push(area);
  }
  return out;
}

function overlapsTaken(area: MergeArea, taken: Set<number>): boolean {
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) if (taken.has(r * 16384 + c)) return true;
  }
  return false;
}
