import type { Cell, Worksheet } from "exceljs";
import { parseAddress, parseRange, type RangeRef } from "../../workbook/a1";
import type { CellStyle, WriteValue } from "../../workbook/changeSet";
import { restyle, stylePatch } from "./cellStyleWrites";
import { mergeAreas, removeNote } from "./exceljsInternals";
import { intersects, sameRange } from "./rangeMath";
import { detachSharedClones } from "./sharedFormulas";

/** ExcelJS's ValueType.Merge: a covered cell of a merged area. */
const MERGE = 1;

/** Ranges and cells here were checked by planChangeSet; parsing cannot fail. */
function range(text: string): RangeRef {
  return parseRange(text) as RangeRef;
}

/**
 * Writes a block of values at `anchor`. Text is stored as a string value, which ExcelJS writes
 * as a shared string (<c t="s">), never as a formula, whatever it starts with. null empties a
 * cell and keeps its format; a covered cell of a merged area (already empty) is left alone.
 */
export function writeValues(sheet: Worksheet, anchor: string, rows: WriteValue[][]): void {
  const start = parseAddress(anchor) as { row: number; column: number };
  rows.forEach((values, i) => {
    values.forEach((value, j) => {
      const row = start.row + i;
      const column = start.column + j;
      if (value === null) {
        const cell = sheet.findCell(row, column);
        if (!cell || cell.type === MERGE) return;
        detachSharedClones(sheet, cell);
        cell.value = null;
        return;
      }
      const cell = sheet.getCell(row, column);
      detachSharedClones(sheet, cell);
      cell.value = value;
    });
  });
}

export function writeStyle(sheet: Worksheet, rangeText: string, style: CellStyle): void {
  const r = range(rangeText);
  for (let row = r.start.row; row <= r.end.row; row++) {
    for (let column = r.start.column; column <= r.end.column; column++) {
      const cell = sheet.getCell(row, column);
      restyle(cell, stylePatch(cell, style));
    }
  }
}

/**
 * Empties the range's values and formats (number format back to General) and unmerges any
 * merged area it touches, as Excel's Clear All does. Notes and data validation stay. Only cells
 * that exist are visited, so a large range costs what the sheet holds.
 */
export function clearRange(sheet: Worksheet, rangeText: string): void {
  const r = range(rangeText);
  for (const m of mergeAreas(sheet)) {
    const area = { start: { row: m.top, column: m.left }, end: { row: m.bottom, column: m.right } };
    if (intersects(area, r)) sheet.unMergeCells(m.top, m.left, m.bottom, m.right);
  }
  const lastRow = Math.min(r.end.row, sheet.rowCount);
  for (let rowNumber = r.start.row; rowNumber <= lastRow; rowNumber++) {
    const row = sheet.findRow(rowNumber);
    if (!row) continue;
    const lastColumn = Math.min(r.end.column, row.cellCount);
    for (let column = r.start.column; column <= lastColumn; column++) {
      const cell = row.findCell(column);
      if (!cell) continue;
      detachSharedClones(sheet, cell);
      emptyCell(cell);
    }
  }
}

function emptyCell(cell: Cell): void {
  cell.value = null;
  cell.style = {};
}

export function writeNote(sheet: Worksheet, cellText: string, text: string | null): void {
  const at = parseAddress(cellText) as { row: number; column: number };
  if (text === null) {
    const cell = sheet.findCell(at.row, at.column);
    if (cell) removeNote(cell);
    return;
  }
  sheet.getCell(at.row, at.column).note = text;
}

/** Merges the range (its first cell's value stays, the others' go, as in Excel). */
export function mergeRange(sheet: Worksheet, rangeText: string): void {
  const r = range(rangeText);
  const exists = mergeAreas(sheet).some((m) =>
    sameRange(
      { start: { row: m.top, column: m.left }, end: { row: m.bottom, column: m.right } },
      r,
    ),
  );
  if (!exists) sheet.mergeCells(r.start.row, r.start.column, r.end.row, r.end.column);
}
