import { columnNumber, parseRange, rangeAddress, type RangeRef } from "../../workbook/a1";
import type { Change, WriteValue } from "../../workbook/changeSet";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { cellKey } from "./cellFormats";
import { charactersToPoints } from "./layoutOps";
import { extrasOf } from "./seenFormats";
import { clearedState, loadedState, sameState, styled, written, type CellState } from "./cellState";

type CellChange = Extract<Change, { kind: "values" | "style" | "clear" }>;

/** Past this many cells touched, a change set is sent as it is (the comparison would cost more). */
const COMPARE_CAP = 500_000;

/**
 * Drops from a change set what would write what is already there, comparing it with what the
 * read that produced it loaded (values, number formats, the formats of the cells the add-in
 * styled, notes, merges): a re-check with nothing new then sends no write at all, and one edit
 * rewrites only the rows it changed. Values, style and clear changes are cut to the rows where
 * some cell ends up different; a clear that is kept brings back every later change on its cells.
 * Sheets the change set adds or deletes, sheets the read did not load, and every other kind of
 * change are kept as they are.
 */
export function dropUnchanged(
  changes: readonly Change[],
  seen: ReadonlyMap<string, SheetSnapshot>,
): Change[] {
  const remade = new Set(
    changes
      .filter((c) => c.kind === "addSheet" || c.kind === "deleteOwnSheet")
      .map((c) => c.sheet.toLocaleUpperCase()),
  );
  const sheetOf = (change: Change) => {
    if (!("sheet" in change)) return undefined;
    const key = change.sheet.toLocaleUpperCase();
    return remade.has(key) ? undefined : seen.get(key);
  };
  const cellChanges = changes.filter(
    (c): c is CellChange => isCellChange(c) && sheetOf(c) !== undefined,
  );
  if (cellChanges.reduce((n, c) => n + cellCount(c), 0) > COMPARE_CAP) return [...changes];
  const dirty = dirtyCells(cellChanges, sheetOf);
  const reset = new Set<string>();
  return changes.flatMap((change): Change[] => {
    const sheet = sheetOf(change);
    if (!sheet || !("sheet" in change)) return [change];
    const key = change.sheet.toLocaleUpperCase();
    const touched = (row: number, column: number) => {
      const k = `${key}!${cellKey(row, column)}`;
      return dirty.has(k) || reset.has(k);
    };
    switch (change.kind) {
      case "note":
        return (sheet.notes[change.cell.replace(/\$/g, "")] ?? null) === change.text
          ? []
          : [change];
      case "columnWidths":
        return sameWidths(change.widths, extrasOf(sheet).columnWidths) ? [] : [change];
      case "merge":
        return sheet.merges.includes(change.range.replace(/\$/g, "")) ? [] : [change];
      case "clear": {
        const kept = cutToRows(change, touched);
        kept.forEach((c) =>
          eachCell(c, (row, column) => reset.add(`${key}!${cellKey(row, column)}`)),
        );
        return kept;
      }
      case "values":
      case "style":
        return cutToRows(change, touched);
      default:
        return [change];
    }
  });
}

/** Widths Excel already has (in points, as columnWidthsOp sets them). */
function sameWidths(widths: Record<string, number>, loaded: ReadonlyMap<number, number>): boolean {
  return Object.entries(widths).every(
    ([letters, width]) => loaded.get(columnNumber(letters)) === charactersToPoints(width),
  );
}

function isCellChange(change: Change): change is CellChange {
  return change.kind === "values" || change.kind === "style" || change.kind === "clear";
}

/** Cells (by "SHEET!row,column") whose state after the change set differs from the read's. */
function dirtyCells(
  changes: readonly CellChange[],
  sheetOf: (change: Change) => SheetSnapshot | undefined,
): Set<string> {
  const states = new Map<string, { before: CellState; after: CellState }>();
  for (const change of changes) {
    const sheet = sheetOf(change);
    if (!sheet) continue;
    const key = change.sheet.toLocaleUpperCase();
    eachCell(change, (row, column, value) => {
      const k = `${key}!${cellKey(row, column)}`;
      const state = states.get(k) ?? { before: loadedState(sheet, row, column), after: undefined };
      const from = state.after ?? state.before;
      const after =
        change.kind === "clear"
          ? clearedState()
          : change.kind === "style"
            ? styled(from, change.style)
            : written(from, value ?? null);
      states.set(k, { before: state.before, after });
    });
  }
  const dirty = new Set<string>();
  states.forEach(({ before, after }, k) => {
    if (!sameState(before, after)) dirty.add(k);
  });
  return dirty;
}

function rangeOf(change: CellChange): RangeRef | undefined {
  if (change.kind !== "values") return parseRange(change.range);
  const anchor = parseRange(change.anchor);
  if (!anchor) return undefined;
  const width = Math.max(0, ...change.rows.map((r) => r.length));
  return {
    start: anchor.start,
    end: {
      row: anchor.start.row + change.rows.length - 1,
      column: anchor.start.column + Math.max(width, 1) - 1,
    },
  };
}

function cellCount(change: CellChange): number {
  const ref = rangeOf(change);
  return ref ? (ref.end.row - ref.start.row + 1) * (ref.end.column - ref.start.column + 1) : 0;
}

/** Each cell the change writes; a values change's ragged rows write only their own cells. */
function eachCell(
  change: CellChange,
  f: (row: number, column: number, value?: WriteValue) => void,
): void {
  const ref = rangeOf(change);
  if (!ref) return;
  for (let row = ref.start.row; row <= ref.end.row; row++) {
    const cells = change.kind === "values" ? change.rows[row - ref.start.row] : undefined;
    for (let column = ref.start.column; column <= ref.end.column; column++) {
      if (cells && column - ref.start.column >= cells.length) continue;
      f(row, column, cells?.[column - ref.start.column]);
    }
  }
}

/** The change cut to the runs of consecutive rows that hold a cell `touched` says to write. */
function cutToRows(
  change: CellChange,
  touched: (row: number, column: number) => boolean,
): CellChange[] {
  const ref = rangeOf(change);
  if (!ref) return [change];
  const rowTouched = (row: number) => {
    for (let column = ref.start.column; column <= ref.end.column; column++) {
      if (touched(row, column)) return true;
    }
    return false;
  };
  const runs: { from: number; to: number }[] = [];
  for (let row = ref.start.row; row <= ref.end.row; row++) {
    if (!rowTouched(row)) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1) last.to = row;
    else runs.push({ from: row, to: row });
  }
  if (runs.length === 1 && runs[0].from === ref.start.row && runs[0].to === ref.end.row) {
    return [change];
  }
  return runs.map(({ from, to }): CellChange => {
    if (change.kind === "values") {
      return {
        ...change,
        anchor: rangeAddress(
          { row: from, column: ref.start.column },
          { row: from, column: ref.start.column },
        ),
        rows: change.rows.slice(from - ref.start.row, to - ref.start.row + 1),
      };
    }
    const range = rangeAddress(
      { row: from, column: ref.start.column },
      { row: to, column: ref.end.column },
    );
    return { ...change, range };
  });
}
