import { OP_OVERHEAD, type WriteOp } from "./batchScope";
import { requireRange } from "./rangeRefs";

/**
 * Protects the sheet with no password (ExcelApi 1.2), after unlocking the entry ranges' cells
 * (their format's protection), so they can still be typed into. A sheet already protected is
 * refused before the write (writeBlockers.ts), as every change to it is.
 */
export function protectSheetOp(change: { sheet: string; unlocked: string[] }): WriteOp {
  for (const range of change.unlocked) requireRange(change.sheet, range);
  return {
    bytes: OP_OVERHEAD * (1 + change.unlocked.length),
    queue: (scope) => {
      const sheet = scope.sheet(change.sheet);
      for (const range of change.unlocked) sheet.getRange(range).format.protection.locked = false;
      sheet.protection.protect();
    },
  };
}
