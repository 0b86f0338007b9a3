import type { Worksheet } from "exceljs";
import { address, parseRange, rangeAddress } from "../../workbook/a1";
import type { CellValue, SheetSnapshot, TableInfo } from "../../workbook/snapshot";
import { cellFormula, cellValue, holdsContent } from "./cellReading";
import { mergeAreas, tableModels, type ExcelJsTableModel } from "./exceljsInternals";

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One worksheet as a snapshot. The used range runs from the first to the last cell holding a
 * value or a formula (formats, notes and empty strings alone do not count, as with Office.js's
 * getUsedRange(true)); hidden rows and columns are those within it. Cells are visited through
 * findRow/findCell, which never create rows or cells, in two passes: one for the bounds and the
 * notes, one filling preallocated arrays.
 */
export function readSheet(worksheet: Worksheet, date1904: boolean): SheetSnapshot {
  const notes: Record<string, string> = {};
  const box = findBounds(worksheet, notes);
  const base = {
    name: worksheet.name,
    visibility: worksheet.state ?? "visible",
    merges: mergeAreas(worksheet)
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map((m) => `${address(m.top, m.left)}:${address(m.bottom, m.right)}`),
    tables: tableModels(worksheet).map(tableInfo),
    notes,
  };
  if (!box) {
    return {
      ...base,
      origin: { row: 1, column: 1 },
      values: [],
      numberFormats: [],
      formulas: [],
      hiddenRows: [],
      hiddenColumns: [],
    };
  }
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  for (let i = 0; i < height; i++) {
    const rowValues = new Array<CellValue>(width).fill(null);
    const rowFormats = new Array<string>(width).fill("General");
    const rowFormulas = new Array<string | null>(width).fill(null);
    const row = worksheet.findRow(box.top + i);
    if (row) {
      if (row.hidden) hiddenRows.push(box.top + i);
      const last = Math.min(row.cellCount, box.right);
      for (let c = box.left; c <= last; c++) {
        const cell = row.findCell(c);
        if (!cell) continue;
        const j = c - box.left;
        rowValues[j] = cellValue(cell, date1904);
        rowFormulas[j] = cellFormula(cell);
        const format = cell.numFmt;
        if (typeof format === "string" && format !== "") rowFormats[j] = format;
      }
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
    formulas.push(rowFormulas);
  }
  return {
    ...base,
    origin: { row: box.top, column: box.left },
    values,
    numberFormats,
    formulas,
    hiddenRows,
    hiddenColumns: hiddenColumns(worksheet, box),
  };
}

function findBounds(worksheet: Worksheet, notes: Record<string, string>): Box | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const rows = worksheet.rowCount;
  for (let r = 1; r <= rows; r++) {
    const row = worksheet.findRow(r);
    if (!row) continue;
    const cells = row.cellCount;
    for (let c = 1; c <= cells; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      const note = cell.note;
      if (note !== undefined && note !== null) notes[address(r, c)] = noteText(note);
      if (!holdsContent(cell)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

function noteText(note: unknown): string {
  if (typeof note === "string") return note;
  const texts = (note as { texts?: Array<{ text?: string }> }).texts ?? [];
  return texts.map((t) => t.text ?? "").join("");
}

function hiddenColumns(worksheet: Worksheet, box: Box): number[] {
  const columns = worksheet.columns ?? [];
  const out: number[] = [];
  const last = Math.min(columns.length, box.right);
  for (let c = box.left; c <= last; c++) if (columns[c - 1]?.hidden) out.push(c);
  return out;
}

function tableInfo(table: ExcelJsTableModel): TableInfo {
  const showHeaders = table.headerRow !== false;
  return {
    name: table.displayName || table.name,
    range: table.tableRef ?? addedTableRange(table, showHeaders),
    showHeaders,
  };
}

/** A table added through ExcelJS's API knows its top-left cell, columns and rows. */
function addedTableRange(table: ExcelJsTableModel, showHeaders: boolean): string {
  const start = parseRange(table.ref ?? "A1")?.start ?? { row: 1, column: 1 };
  const height = (table.rows?.length ?? 0) + (showHeaders ? 1 : 0) + (table.totalsRow ? 1 : 0);
  const width = table.columns?.length ?? 1;
  return rangeAddress(start, {
    row: start.row + Math.max(height, 1) - 1,
    column: start.column + width - 1,
  });
}
