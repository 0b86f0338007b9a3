import { WriteRefusedError } from "../gateway";
import { parseRange, type RangeRef } from "../../workbook/a1";
import type { Change } from "../../workbook/changeSet";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { extrasOf } from "./seenFormats";

/**
 * What in a change set Excel would refuse part-way through the write, found from the read that
 * served the check so that the write happens whole or not at all:
 * - any change to a protected sheet's cells (Excel: AccessDenied; Worksheet.protection, ExcelApi
 *   1.2, https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection);
 * - content written into part of a merged area (Excel: "Cannot change part of a merged cell");
 * - showing a hidden sheet's cell (Worksheet.activate fails on a hidden sheet).
 * Changes on sheets the read did not load, or that the change set adds, are not judged here.
 */
export function findWriteBlocker(
  changes: readonly Change[],
  seen: ReadonlyMap<string, SheetSnapshot>,
): WriteRefusedError | undefined {
  const added = new Set<string>();
  for (const change of changes) {
    if (!("sheet" in change)) continue;
    const key = change.sheet.toLocaleUpperCase();
    if (change.kind === "addSheet" || change.kind === "deleteOwnSheet") added.add(key);
    const sheet = added.has(key) ? undefined : seen.get(key);
    if (!sheet || change.kind === "deleteOwnSheet") continue;
    // Showing, hiding or activating a protected sheet is allowed; its cells and formats are not.
    const onCells = change.kind !== "activate" && change.kind !== "hideSheet";
    if (extrasOf(sheet).protected && onCells) {
      return new WriteRefusedError("protected", sheet.name);
    }
    if (change.kind === "activate" && sheet.visibility !== "visible") {
      return new WriteRefusedError("hidden", sheet.name);
    }
    const merged = mergedPart(change, sheet);
    if (merged) return new WriteRefusedError("merged", sheet.name, merged);
  }
  return undefined;
}

/** The merged area a values or clear change would change part of, if any. */
function mergedPart(change: Change, sheet: SheetSnapshot): string | undefined {
  const target =
    change.kind === "clear"
      ? parseRange(change.range)
      : change.kind === "values"
        ? valuesRange(change)
        : undefined;
  if (!target) return undefined;
  return sheet.merges.find((m) => {
    const merge = parseRange(m);
    if (!merge || !intersects(merge, target) || contains(target, merge)) return false;
    // Writing the merged area's top-left cell alone is allowed.
    const single = sameCell(target.start, target.end) && sameCell(target.start, merge.start);
    return !single;
  });
}

function valuesRange(change: Extract<Change, { kind: "values" }>): RangeRef | undefined {
  const anchor = parseRange(change.anchor);
  const width = Math.max(0, ...change.rows.map((r) => r.length));
  if (!anchor || width === 0 || change.rows.length === 0) return undefined;
  return {
    start: anchor.start,
    end: {
      row: anchor.start.row + change.rows.length - 1,
      column: anchor.start.column + width - 1,
    },
  };
}

const sameCell = (a: { row: number; column: number }, b: { row: number; column: number }) =>
  a.row === b.row && a.column === b.column;

function intersects(a: RangeRef, b: RangeRef): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.column <= b.end.column &&
    b.start.column <= a.end.column
  );
}

function contains(outer: RangeRef, inner: RangeRef): boolean {
  return (
    outer.start.row <= inner.start.row &&
    outer.end.row >= inner.end.row &&
    outer.start.column <= inner.start.column &&
    outer.end.column >= inner.end.column
  );
}
