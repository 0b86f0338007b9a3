import type { Workbook, Worksheet } from "exceljs";
import { address, parseAddress, parseRange, rangeAddress } from "../../workbook/a1";
import type { ChartChange } from "../../workbook/changeSet";
import type { CellValue } from "../../workbook/snapshot";
import { cellValue } from "./cellReading";
import type { ChartSpec } from "./chartSpec";

/**
 * A chart a change set added, kept beside the ExcelJS workbook until it is saved (ExcelJS has no
 * charts). It belongs to its worksheet object: a sheet deleted later takes its charts with it.
 */
export interface PendingChart {
  worksheet: Worksheet;
  change: ChartChange;
}

/**
 * The charts of sheets still in the workbook, with the values their cells hold now (so the
 * cached values are those saved with the cells).
 */
export function chartSpecs(workbook: Workbook, pending: PendingChart[]): ChartSpec[] {
  const live = new Set(workbook.worksheets);
  const date1904 = workbook.properties?.date1904 === true;
  return pending
    .filter((p) => live.has(p.worksheet))
    .map((p) => chartSpec(p.worksheet, p.change, date1904));
}

function chartSpec(worksheet: Worksheet, change: ChartChange, date1904: boolean): ChartSpec {
  const data = parseRange(change.data);
  const from = parseAddress(change.position.from);
  const to = parseAddress(change.position.to);
  // planChangeSet checked all three before the change was applied.
  if (!data || !from || !to) throw new Error(`Chart on "${worksheet.name}" lost its ranges`);
  const value = (row: number, column: number): CellValue => {
    const cell = worksheet.findCell(row, column);
    return cell ? cellValue(cell, date1904) : null;
  };
  const firstRow = data.start.row + 1;
  const lastRow = data.end.row;
  const rows = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => firstRow + i);
  const categoryColumn = data.start.column;
  const series = [];
  for (let column = categoryColumn + 1; column <= data.end.column; column++) {
    series.push({
      nameRef: address(data.start.row, column),
      name: asText(value(data.start.row, column)),
      valuesRef: rangeAddress({ row: firstRow, column }, { row: lastRow, column }),
      values: rows.map((row) => {
        const v = value(row, column);
        return typeof v === "number" ? v : null;
      }),
    });
  }
  return {
    sheet: worksheet.name,
    chartType: change.chartType,
    title: change.title,
    categoriesRef: rangeAddress(
      { row: firstRow, column: categoryColumn },
      { row: lastRow, column: categoryColumn },
    ),
    categories: rows.map((row) => asText(value(row, categoryColumn))),
    series,
    from,
    to,
  };
}

function asText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
