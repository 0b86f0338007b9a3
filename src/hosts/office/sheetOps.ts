import { smallOp, type WriteOp } from "./batchScope";
import { requireRange } from "./rangeRefs";

/** Adds a sheet at `position` (0-based tab index), or at the end. */
export function addSheetOp(sheet: string, position?: number): WriteOp {
  return smallOp((scope) => {
    const added = scope.context.workbook.worksheets.add(sheet);
    if (position !== undefined) added.position = position;
    scope.remember(sheet, added);
  });
}

export function deleteSheetOp(sheet: string): WriteOp {
  return smallOp((scope) => {
    scope.sheet(sheet).delete();
    scope.forget(sheet);
  });
}

export function hideSheetOp(change: { sheet: string; veryHidden: boolean }): WriteOp {
  return smallOp((scope) => {
    scope.sheet(change.sheet).visibility = change.veryHidden ? "VeryHidden" : "Hidden";
  });
}

/** Shows a sheet and, if given, selects a cell on it. */
export function activateOp(change: { sheet: string; cell?: string }): WriteOp {
  if (change.cell !== undefined) requireRange(change.sheet, change.cell);
  return smallOp((scope) => {
    const sheet = scope.sheet(change.sheet);
    sheet.activate();
    if (change.cell !== undefined) sheet.getRange(change.cell).select();
  });
}
