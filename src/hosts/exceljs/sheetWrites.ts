import type { Workbook, Worksheet } from "exceljs";
import { activeSheetName, firstVisibleSheet, setActiveSheet } from "./activeSheet";
import { sameSheetName } from "./sheetNames";

/** Worksheet order lives in ExcelJS's (untyped) orderNo; `worksheets` sorts by it. */
function setOrder(sheets: Worksheet[]): void {
  sheets.forEach((sheet, i) => {
    (sheet as unknown as { orderNo: number }).orderNo = i;
  });
}

export function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((s) => sameSheetName(s.name, name));
}

/** Runs a change to the sheet list and keeps the same sheet active, or a visible one. */
function keepingActive(workbook: Workbook, change: () => void): void {
  const active = activeSheetName(workbook);
  change();
  const still = active !== undefined ? findSheet(workbook, active) : undefined;
  const target =
    still && (still.state ?? "visible") === "visible" ? still.name : firstVisibleSheet(workbook);
  if (target) setActiveSheet(workbook, target);
}

export function addSheet(workbook: Workbook, name: string, after?: string): void {
  keepingActive(workbook, () => {
    const sheet = workbook.addWorksheet(name);
    if (after === undefined) return;
    const order = workbook.worksheets.filter((s) => s !== sheet);
    const at = order.findIndex((s) => sameSheetName(s.name, after));
    order.splice(at + 1, 0, sheet);
    setOrder(order);
  });
}

export function deleteSheet(workbook: Workbook, name: string): void {
  const sheet = findSheet(workbook, name);
  if (!sheet) return;
  keepingActive(workbook, () => {
    workbook.removeWorksheet(sheet.id);
    setOrder(workbook.worksheets);
  });
}

export function hideSheet(workbook: Workbook, name: string, veryHidden: boolean): void {
  const sheet = findSheet(workbook, name);
  if (!sheet) return;
  keepingActive(workbook, () => {
    sheet.state = veryHidden ? "veryHidden" : "hidden";
  });
}

export function activateSheet(workbook: Workbook, name: string, cell?: string): void {
  const sheet = findSheet(workbook, name);
  if (sheet) setActiveSheet(workbook, sheet.name, cell?.replace(/\$/g, "").toUpperCase());
}
