import type { Cell, CellSharedFormulaValue, Worksheet } from "exceljs";
import { parseRange } from "../../workbook/a1";

/** ExcelJS's ValueType.Formula. */
const FORMULA = 6;

interface SharedMaster {
  shareType?: string;
  ref?: string;
}

/**
 * Excel stores a formula filled down a column once, in its first cell (the master), and the
 * other cells as clones pointing at it. Overwriting or clearing the master would leave the
 * clones pointing at nothing (a file Excel must repair), so before a master changes, each clone
 * becomes a formula of its own, with the same text and cached result.
 */
export function detachSharedClones(sheet: Worksheet, cell: Cell): void {
  if (cell.type !== FORMULA) return;
  const master = cell.value as SharedMaster;
  if (master.shareType !== "shared" || !master.ref) return;
  const area = parseRange(master.ref);
  if (!area) return;
  const own = cell.address;
  for (let r = area.start.row; r <= area.end.row; r++) {
    for (let c = area.start.column; c <= area.end.column; c++) {
      const clone = sheet.findCell(r, c);
      if (!clone || clone === cell || clone.type !== FORMULA) continue;
      const value = clone.value as Partial<CellSharedFormulaValue>;
      if (value.sharedFormula !== own) continue;
      clone.value = { formula: clone.formula, result: value.result } as Cell["value"];
    }
  }
}
