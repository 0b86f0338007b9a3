import { columnNumber, type RangeRef } from "../a1";

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** "A1:N1" → its corners; one regular expression, as a sheet may hold 50,000 merges. */
function parseMerge(text: string): RangeRef | undefined {
  const bare = text.includes("!") ? text.slice(text.lastIndexOf("!") + 1) : text;
  const m = RANGE.exec(bare.trim());
  if (!m) return undefined;
  const r1 = Number(m[2]);
  const c1 = columnNumber(m[1]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]);
  const c2 = m[3] === undefined ? c1 : columnNumber(m[3]);
  return {
    start: { row: Math.min(r1, r2), column: Math.min(c1, c2) },
    end: { row: Math.max(r1, r2), column: Math.max(c1, c2) },
  };
}

/**
 * Finds the merged area covering a cell without scanning every merge: merges are indexed by
 * the rows they cover (clipped to the used rows), and each row's columns on first use.
 */
export class MergeIndex {
  private readonly byRow = new Map<number, RangeRef[]>();
  private readonly byCell = new Map<number, Map<number, RangeRef>>();

  constructor(merges: readonly string[], firstRow: number, lastRow: number) {
    for (const text of merges) {
      const range = parseMerge(text);
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
    const ranges = this.byRow.get(row);
    if (!ranges) return undefined;
    if (ranges.length <= 8) {
      return ranges.find((r) => column >= r.start.column && column <= r.end.column);
    }
    let columns = this.byCell.get(row);
    if (!columns) {
      columns = new Map();
      for (const range of ranges) {
        for (let c = range.start.column; c <= range.end.column; c++) columns.set(c, range);
      }
      this.byCell.set(row, columns);
    }
    return columns.get(column);
  }
}
