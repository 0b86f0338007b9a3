import type { Workbook } from "exceljs";

/**
 * ExcelJS 4.4 writes a row only when it has cells or a height: a hidden or grouped row with
 * neither (Excel writes such rows as <row r="7" hidden="1"/>) would come back visible. Such rows
 * get the sheet's default height, which keeps them in the file and looks the same.
 */
export function prepareForWrite(workbook: Workbook): void {
  for (const sheet of workbook.worksheets) {
    const height = sheet.properties?.defaultRowHeight || 15;
    const rows = sheet.rowCount;
    for (let r = 1; r <= rows; r++) {
      const row = sheet.findRow(r);
      if (!row || row.height || !(row.hidden || row.outlineLevel)) continue;
      let hasCell = false;
      for (let c = 1; c <= row.cellCount && !hasCell; c++) hasCell = row.findCell(c) !== undefined;
      if (!hasCell) row.height = height;
    }
  }
}
