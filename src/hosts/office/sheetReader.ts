import { parseAddress } from "../../workbook/a1";
import { collectFormats, queueFormats, type PendingFormats } from "./cellFormats";
import type { HostFeatures } from "./features";
import type { LoadedSheet, LoadedUsedRange } from "./sheetSnapshot";

export type SheetPart = Omit<LoadedSheet, "tables" | "notes">;

/** The cells whose formats a sheet's read also loads (A1 ranges); none by default. */
export type FormatAreas = readonly string[];

export type PendingHidden =
  | {
      kind: "properties";
      rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
      columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
    }
  | { kind: "view"; view: Excel.RangeView }
  | { kind: "none" };

/** The proxies of one sheet's cells and layout, queued and waiting for the sync. */
export interface PendingSheetData {
  used: Excel.Range;
  hidden: PendingHidden;
  merged?: Excel.RangeAreas;
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
 * Queues, without syncing, every load one sheet needs: its used range (values only) with values,
 * value types, formulas and number formats; hidden rows and columns; merged areas.
 */
export function queueSheetRead(
  sheet: Excel.Worksheet,
  listing: { name: string; visibility: string },
  features: HostFeatures,
  formatAreas: FormatAreas = [],
): PendingSheet {
  return {
    listing: { name: listing.name, visibility: listing.visibility },
    ...queueSheetData(sheet, features, formatAreas),
  };
}

/** The loads of queueSheetRead, for a sheet whose name need not be known yet. */
export function queueSheetData(
  sheet: Excel.Worksheet,
  features: HostFeatures,
  formatAreas: FormatAreas = [],
): PendingSheetData {
  const used = sheet.getUsedRange(true);
  queueCells(used);
  const withFormats = features.cellProperties && formatAreas.length > 0;
  const protection = sheet.protection;
  protection.load("protected");
  return {
    used,
    protection,
    hidden: queueHidden(used, features),
    merged: features.mergedAreas ? queueMerges(sheet.getRange()) : undefined,
    formats: withFormats ? queueFormats(sheet, formatAreas) : undefined,
  };
}

/**
 * Hidden rows and columns in the same request as the values. Loading rowHidden row by row would
 * need the used range's size first (another sync) and one proxy per row; getRowProperties (1.9)
 * answers for every row of the range in one call, about 30 bytes a row. Older hosts get the
 * range's visible view (1.3) instead: its cell addresses name the visible rows and columns.
 */
export function queueHidden(used: Excel.Range, features: HostFeatures): PendingHidden {
  if (features.rowProperties) {
    return {
      kind: "properties",
      rows: used.getRowProperties({ rowIndex: true, rowHidden: true }),
      // The widths come along (a few bytes a column) so that a re-check need not set them again.
      columns: used.getColumnProperties({
        columnIndex: true,
        columnHidden: true,
        format: { columnWidth: true },
      }),
    };
  }
  if (features.visibleView) {
    const view = used.getVisibleView();
    view.load("cellAddresses");
    return { kind: "view", view };
  }
  return { kind: "none" };
}

/** Merged areas within a range (Office gives up beyond 512 of them: the read then fails). */
export function queueMerges(where: Excel.Range): Excel.RangeAreas {
  const merged = where.getMergedAreasOrNullObject();
  merged.load("areaCount");
  merged.areas.load("items/address");
  return merged;
}

/** Copies a synced sheet read out of its proxies. */
export function collectSheet(pending: PendingSheet): SheetPart {
  return {
    ...pending.listing,
    used: collectCells(pending.used),
    merges: collectMerges(pending.merged),
    formats: collectFormats(pending.formats),
    protected: pending.protection.protected,
    ...collectHidden(pending.hidden, collectBox(pending.used)),
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

export function collectHidden(
  hidden: PendingHidden,
  box: UsedBox,
): { hiddenRows: number[]; hiddenColumns: number[]; columnWidths?: Map<number, number> } {
  switch (hidden.kind) {
    case "properties":
      return {
        columnWidths: new Map(
          hidden.columns.value
            .filter((p) => p.format?.columnWidth !== undefined)
            .map((p) => [(p.columnIndex ?? 0) + 1, p.format?.columnWidth ?? 0]),
        ),
        hiddenRows: hidden.rows.value
          .filter((p) => p.rowHidden === true)
          .map((p) => (p.rowIndex ?? 0) + 1),
        hiddenColumns: hidden.columns.value
          .filter((p) => p.columnHidden === true)
          .map((p) => (p.columnIndex ?? 0) + 1),
      };
    case "view":
      return hiddenFromVisible(hidden.view.cellAddresses, box);
    case "none":
      return { hiddenRows: [], hiddenColumns: [] };
  }
}

/** Rows and columns of the used range that the visible view's addresses leave out. */
export function hiddenFromVisible(
  cellAddresses: unknown[][],
  box: UsedBox,
): { hiddenRows: number[]; hiddenColumns: number[] } {
  const cellOf = (a: unknown) => parseAddress(String(a).slice(String(a).lastIndexOf("!") + 1));
  const visibleRows = new Set(cellAddresses.map((row) => cellOf(row[0])?.row));
  const visibleColumns = new Set((cellAddresses[0] ?? []).map((a) => cellOf(a)?.column));
  const rows = Array.from({ length: box.rowCount }, (_, i) => box.rowIndex + 1 + i);
  const columns = Array.from({ length: box.columnCount }, (_, i) => box.columnIndex + 1 + i);
  return {
    hiddenRows: rows.filter((r) => !visibleRows.has(r)),
    // With no visible cell at all, nothing can be said about columns.
    hiddenColumns: cellAddresses.length === 0 ? [] : columns.filter((c) => !visibleColumns.has(c)),
  };
}
