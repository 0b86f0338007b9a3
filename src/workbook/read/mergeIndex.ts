import { parseRange, type RangeRef } from "../a1";

/**
 * Finds the merged area covering a cell without scanning every merge: merges are indexed by
 * the rows they cover (clipped to the used rows), and each row's columns on first use.
 */
export class MergeIndex {
  private readonly byRow = new Map<number, RangeRef[]>();
  private readonly byCell = new Map<number, Map<number, RangeRef>>();

  constructor(merges: readonly string[], firstRow: number, lastRow: number) {
    for (const text of merges) {
      const range = parseRange(text);
      if (!range) continue;
      const from = Math.max(range.start.row, firstRow);
      const to = Math.min(range.end.row, lastRow);
      for (let row = from; row <= to; row++) {
        const list = this.byRow.get(row);
        if (list) list.push(range);
        else this.byRow.set(row, [range]);
      }
    }
  }

  /** The merges that cover some cell of the row. */
  inRow(row: number): readonly RangeRef[] {
    return this.byRow.get(row) ?? [];
  }

  /** The merged area covering the cell, if any. */
  at(row: number, column: number): RangeRef | undefined {
    let columns = this.byCell.get(row);
    if (!columns) {
      columns = new Map();
      for (const range of this.inRow(row)) {
        for (let c = range.start.column; c <= range.end.column; c++) columns.set(c, range);
      }
      this.byCell.set(row, columns);
    }
    return columns.get(column);
  }
}
