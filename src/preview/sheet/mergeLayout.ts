import { parseRange } from "../../workbook/a1";
import { lookKey } from "./cellStyles";

export interface MergeLayout {
  /** Top-left cells of merged areas and their spans. */
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  /** Cells covered by a merged area other than its top-left one: not drawn. */
  covered: Set<string>;
}

/** Where merged areas span in the drawn table, clipped to the rows and columns drawn. */
export function mergeLayout(
  merges: readonly string[],
  lastRow: number,
  lastColumn: number,
): MergeLayout {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const merge of merges) {
    const r = parseRange(merge);
    if (!r) continue;
    const bottom = Math.min(r.end.row, lastRow);
    const right = Math.min(r.end.column, lastColumn);
    if (bottom < r.start.row || right < r.start.column) continue;
    spans.set(lookKey(r.start.row, r.start.column), {
      rowSpan: bottom - r.start.row + 1,
      colSpan: right - r.start.column + 1,
    });
    for (let row = r.start.row; row <= bottom; row += 1)
      for (let column = r.start.column; column <= right; column += 1)
        if (row !== r.start.row || column !== r.start.column) covered.add(lookKey(row, column));
  }
  return { spans, covered };
}
