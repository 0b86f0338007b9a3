import { collectFormats, queueFormats, type PendingFormats } from "./cellFormats";
import type { BlockShape } from "./readShape";
import type { LoadedSheet, LoadedUsedRange } from "./sheetSnapshot";

export type SheetPart = Omit<LoadedSheet, "tables" | "notes">;

/** The cells whose formats a sheet's read also loads (A1 ranges); none by default. */
export type FormatAreas = readonly string[];

export interface PendingHidden {
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

/** The proxies of one sheet's cells and layout, queued and waiting for the sync. */
export interface PendingSheetData {
  /** The used range (values only): its size tells whether the block holds all of it. */
  box: Excel.Range;
  /** The used range within the first block (readShape.ts): its cells are loaded. */
  block: Excel.Range;
  /** The block's hidden rows and columns, and its columns' widths. */
  hidden: PendingHidden;
  merged: Excel.RangeAreas;
  formats?: PendingFormats;
  /** Worksheet.protection (ExcelApi 1.2): a protected sheet refuses the write (writeBlockers.ts). */
  protection: Excel.WorksheetProtection;
}

/** The proxies of one sheet's read, queued and waiting for the sync. */
export interface PendingSheet extends PendingSheetData {
  listing: { name: string; visibility: string };
}

/** The used range, values only: where a sheet's cells are (A1 alone on a blank sheet). */
export function queueUsedBox(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRange(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  return used;
}

/** Values, value types, formulas and number formats of a range. */
export function queueCells(range: Excel.Range): void {
  range.load(
    "rowIndex, columnIndex, rowCount, columnCount, values, valueTypes, formulas, numberFormat",
  );
}

/**
 * Queues, without syncing, every load one sheet needs: the used range's size (values only), and
 * within the block of `shape` from its top-left cell, values, value types, formulas and number
 * formats, hidden rows and columns and column widths; the sheet's merged areas and protection;
 * the formats of `formatAreas`.
 */
export function queueSheetRead(
  sheet: Excel.Worksheet,
  listing: { name: string; visibility: string },
  shape: BlockShape,
  formatAreas: FormatAreas = [],
): PendingSheet {
  return {
    listing: { name: listing.name, visibility: listing.visibility },
    ...queueSheetData(sheet, shape, formatAreas),
  };
}

/** The loads of queueSheetRead, for a sheet whose name need not be known yet. */
export function queueSheetData(
  sheet: Excel.Worksheet,
  shape: BlockShape,
  formatAreas: FormatAreas = [],
): PendingSheetData {
  const box = queueUsedBox(sheet);
  // The block never leaves the used range, and holds its top-left cell: never empty.
  const block = box.getIntersection(
    box.getCell(0, 0).getAbsoluteResizedRange(shape.rows, shape.columns),
  );
  queueCells(block);
  const protection = sheet.protection;
  protection.load("protected");
  return {
    box,
    block,
    protection,
    hidden: queueHidden(block),
    merged: queueMerges(sheet.getRange()),
    formats: formatAreas.length > 0 ? queueFormats(sheet, formatAreas) : undefined,
  };
}

/**
 * Hidden rows and columns in the same request as the values: getRowProperties (1.9) answers for
 * every row of the range in one call, about 30 bytes a row; the widths come along (a few bytes a
 * column) so that a re-check need not set them again.
 */
export function queueHidden(range: Excel.Range): PendingHidden {
  return {
    rows: range.getRowProperties({ rowIndex: true, rowHidden: true }),
    columns: range.getColumnProperties({
      columnIndex: true,
      columnHidden: true,
      format: { columnWidth: true },
    }),
  };
}

/** Merged areas within a range (Office gives up beyond 512 of them: the read then fails). */
export function queueMerges(where: Excel.Range): Excel.RangeAreas {
  const merged = where.getMergedAreasOrNullObject();
  merged.load("areaCount");
  merged.areas.load("items/address");
  return merged;
}

/**
 * A sheet as its first request read it: its parts, with the block's cells as `used`, and the
 * used range's size. When the block is smaller than the used range, the rest is read in bands
 * (bandedRead.ts) and joined to the block.
 */
export interface ReadSheet {
  part: SheetPart;
  box: UsedBox;
  block: UsedBox;
}

/** Whether the block holds the whole used range. */
export function isWhole(read: ReadSheet): boolean {
  return sameBox(read.box, read.block);
}

export function sameBox(a: UsedBox, b: UsedBox): boolean {
  return (
    a.rowIndex === b.rowIndex &&
    a.columnIndex === b.columnIndex &&
    a.rowCount === b.rowCount &&
    a.columnCount === b.columnCount
  );
}

/** Copies a synced sheet read out of its proxies. */
export function collectSheet(pending: PendingSheet): ReadSheet {
  return {
    part: {
      ...pending.listing,
      used: collectCells(pending.block),
      merges: collectMerges(pending.merged),
      formats: collectFormats(pending.formats),
      protected: pending.protection.protected,
      ...collectHidden(pending.hidden),
    },
    box: collectBox(pending.box),
    block: collectBox(pending.block),
  };
}

/**
 * Excel answers null for the cells of a range over its cell limit (5 M cells; as for unbounded
 * ranges: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded) instead of
 * failing. Such a read is refused like one over the response limit, so it is made in bands.
 */
export class CellsTooManyError extends Error {
  readonly code = "ResponsePayloadSizeLimitExceeded";
  constructor() {
    super("Excel gave no cells: the range is over its cell limit");
    this.name = "CellsTooManyError";
  }
}

export function collectCells(range: Excel.Range): LoadedUsedRange {
  const grids = [range.values, range.valueTypes, range.formulas, range.numberFormat] as unknown[];
  if (grids.some((g) => !Array.isArray(g))) throw new CellsTooManyError();
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    values: range.values,
    valueTypes: range.valueTypes,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
  };
}

export interface UsedBox {
  /** 0-based, as Office.js reports them. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export function collectBox(range: Excel.Range): UsedBox {
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

export function collectMerges(merged: Excel.RangeAreas | undefined): string[] {
  if (!merged || merged.isNullObject) return [];
  return merged.areas.items.map((area) => area.address);
}

export function collectHidden(hidden: {
  rows: { value: Excel.RowProperties[] };
  columns: { value: Excel.ColumnProperties[] };
}): {
  hiddenRows: number[];
  hiddenColumns: number[];
  columnWidths: Map<number, number>;
} {
  return {
    columnWidths: new Map(
      hidden.columns.value
        .filter((p) => p.format?.columnWidth !== undefined)
        .map((p) => [(p.columnIndex ?? 0) + 1, p.format?.columnWidth ?? 0]),
    ),
    hiddenRows: hiddenRowsOf(hidden.rows),
    hiddenColumns: hidden.columns.value
      .filter((p) => p.columnHidden === true)
      .map((p) => (p.columnIndex ?? 0) + 1),
  };
}

/** 1-based hidden rows from getRowProperties' answer. */
export function hiddenRowsOf(rows: { value: Excel.RowProperties[] }): number[] {
  return rows.value.filter((p) => p.rowHidden === true).map((p) => (p.rowIndex ?? 0) + 1);
}
