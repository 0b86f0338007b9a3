import type { MergedAreas } from "../mergedAreas";

/** Consecutive rows top..bottom that share a defined key; rows whose key is undefined split runs. */
export function rowRuns<K>(
  top: number,
  bottom: number,
  key: (row: number) => K | undefined,
): Array<{ from: number; to: number; key: K }> {
  const runs: Array<{ from: number; to: number; key: K }> = [];
  for (let row = top; row <= bottom; row += 1) {
    const k = key(row);
    const last = runs[runs.length - 1];
    if (k === undefined) continue;
    if (last && last.to === row - 1 && last.key === k) last.to = row;
    else runs.push({ from: row, to: row, key: k });
  }
  return runs;
}

/**
 * The runs of a column's cells top..bottom that lie outside every merged area: the only cells
 * an owned column writes, clears or styles (a group row merged across the table stays merged).
 */
export function writableRuns(
  merged: MergedAreas,
  column: number,
  top: number,
  bottom: number,
): Array<{ from: number; to: number }> {
  return rowRuns(top, bottom, (row) =>
    merged.touches(row, column, row, column) ? undefined : true,
  ).map(({ from, to }) => ({ from, to }));
}
