import type { Workbook, Worksheet } from "exceljs";
import type { Change } from "../../workbook/changeSet";
import { clearRange, mergeRange, writeNote, writeStyle, writeValues } from "./cellWrites";
import { setColumnWidths, setFreeze, setListValidation, setPrint } from "./layoutWrites";
import type { PendingChart } from "./pendingCharts";
import { planChangeSet } from "./planChangeSet";
import { activateSheet, addSheet, deleteSheet, findSheet, hideSheet } from "./sheetWrites";

/**
 * Applies a change set to an in-memory ExcelJS workbook: the whole set is checked first
 * (planChangeSet), so a bad set throws a ChangeSetError and writes nothing; then each change
 * is applied in order. Charts, which ExcelJS cannot hold, go to `charts` for the save.
 */
export function applyChanges(
  workbook: Workbook,
  changes: Change[],
  reserved: string[],
  charts: PendingChart[],
): void {
  planChangeSet(workbook, changes, reserved);
  for (const change of changes) applyChange(workbook, change, charts);
}

function applyChange(workbook: Workbook, change: Change, charts: PendingChart[]): void {
  const sheet = (): Worksheet => {
    const found = findSheet(workbook, change.sheet);
    if (!found) throw new Error(`Sheet "${change.sheet}" vanished while applying changes`);
    return found;
  };
  switch (change.kind) {
    case "addSheet":
      return addSheet(workbook, change.sheet, change.after);
    case "deleteOwnSheet":
      return deleteSheet(workbook, change.sheet);
    case "values":
      return writeValues(sheet(), change.anchor, change.rows);
    case "style":
      return writeStyle(sheet(), change.range, change.style);
    case "clear":
      return clearRange(sheet(), change.range);
    case "note":
      return writeNote(sheet(), change.cell, change.text);
    case "merge":
      return mergeRange(sheet(), change.range);
    case "columnWidths":
      return setColumnWidths(sheet(), change.widths);
    case "freeze":
      return setFreeze(sheet(), change.rows, change.columns);
    case "listValidation":
      return setListValidation(sheet(), change.range, change.list);
    case "print":
      return setPrint(sheet(), change.setup);
    case "hideSheet":
      return hideSheet(workbook, change.sheet, change.veryHidden);
    case "activate":
      return activateSheet(workbook, change.sheet, change.cell);
    case "chart":
      charts.push({ worksheet: sheet(), change });
      return;
    default: {
      const unknown: never = change;
      throw new Error(`Unknown change ${JSON.stringify(unknown)}`);
    }
  }
}
