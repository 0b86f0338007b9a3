import { Workbook, type CellValue as ExcelJsValue } from "exceljs";
import { parseRange } from "../../../../src/workbook/a1";
import type { CellValue } from "../../../../src/workbook/snapshot";
import type { SeedCell, SeedWorkbook } from "../../contractCases";

/**
 * A contract seed as a real .xlsx file written by ExcelJS: values, cached formula results,
 * number formats, merges, hidden rows and columns, tables, notes, visibility, active sheet.
 */
export async function seedXlsx(seed: SeedWorkbook): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const sheet of seed.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.visibility ?? "visible" });
    const cells = Object.entries(sheet.cells ?? {});
    for (const table of sheet.tables ?? []) {
      const area = parseRange(table.range);
      if (!area) throw new Error(`bad table range ${table.range}`);
      const text = (row: number, column: number) => String(ws.getCell(row, column).value ?? "");
      const header = area.start.row;
      const width = area.end.column - area.start.column + 1;
      // Header texts and body values come from the seed's own cells, written first.
      for (const [a1, cell] of cells) ws.getCell(a1).value = excelJsValue(asSeedCell(cell));
      ws.addTable({
        name: table.name,
        ref: `${ws.getCell(area.start.row, area.start.column).address}`,
        headerRow: table.showHeaders,
        columns: Array.from({ length: width }, (_, j) => ({
          name: text(header, area.start.column + j) || `Cột ${j + 1}`,
        })),
        rows: Array.from({ length: area.end.row - header }, (_, i) =>
          Array.from(
            { length: width },
            (_, j) => ws.getCell(header + 1 + i, area.start.column + j).value,
          ),
        ),
      });
    }
    // Written (again) after the tables, which store plain values into their cells.
    for (const [a1, raw] of cells) {
      const cell = asSeedCell(raw);
      const target = ws.getCell(a1);
      target.value = excelJsValue(cell);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
    }
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const row of sheet.hiddenRows ?? []) ws.getRow(row).hidden = true;
    for (const column of sheet.hiddenColumns ?? []) ws.getColumn(column).hidden = true;
    for (const [a1, text] of Object.entries(sheet.notes ?? {})) ws.getCell(a1).note = text;
  }
  if (seed.activeSheet) {
    const index = seed.sheets.findIndex((s) => s.name === seed.activeSheet);
    workbook.views = [
      {
        x: 0,
        y: 0,
        width: 12000,
        height: 24000,
        firstSheet: 0,
        activeTab: index,
        visibility: "visible",
      },
    ];
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function asSeedCell(cell: SeedCell | string | number | boolean): SeedCell {
  return typeof cell === "object" ? cell : { value: cell };
}

function excelJsValue(cell: SeedCell): ExcelJsValue {
  const value = cell.value ?? null;
  if (cell.formula) {
    return { formula: cell.formula.replace(/^=/, ""), result: resultOf(value) } as ExcelJsValue;
  }
  return resultOf(value) as ExcelJsValue;
}

function resultOf(value: CellValue): ExcelJsValue {
  if (value !== null && typeof value === "object") return { error: value.error } as ExcelJsValue;
  return value;
}
