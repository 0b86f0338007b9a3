import { parseAddress } from "../../workbook/a1";
import type { HostFeatures } from "./features";
import type { LoadedSheet } from "./sheetSnapshot";

/**
 * Where merged areas are looked for. getMergedAreasOrNullObject fails when a range holds more
 * than 512 merged areas; "header" (the top rows only) is the fallback after such a failure.
 */
export type MergeScope = "sheet" | "header" | "none";

/** Rows searched for merges in the "header" scope: title rows and multi-row headers. */
export const HEADER_ROWS = 60;

export type SheetPart = Omit<LoadedSheet, "tables" | "notes">;

type PendingHidden =
  | {
      kind: "properties";
      rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
      columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
    }
  | { kind: "view"; view: Excel.RangeView }
  | { kind: "none" };

/** The proxies of one sheet's read, queued and waiting for the sync. */
export interface PendingSheet {
  listing: { name: string; visibility: string };
  used: Excel.Range;
  hidden: PendingHidden;
  merged?: Excel.RangeAreas;
}

/**
 * Queues, without syncing, every load one sheet needs: its used range (values only) with values,
 * value types, formulas and number formats; hidden rows and columns; merged areas.
 */
export function queueSheetRead(
  sheet: Excel.Worksheet,
  listing: { name: string; visibility: string },
  features: HostFeatures,
  mergeScope: MergeScope,
): PendingSheet {
  const used = sheet.getUsedRange(true);
  used.load(
    "rowIndex, columnIndex, rowCount, columnCount, values, valueTypes, formulas, numberFormat",
  );
  return {
    listing: { name: listing.name, visibility: listing.visibility },
    used,
    hidden: queueHidden(used, features),
    merged: mergeScope === "none" ? undefined : queueMerges(sheet, mergeScope),
  };
}

/**
 * Hidden rows and columns in the same request as the values. Loading rowHidden row by row would
 * need the used range's size first (another sync) and one proxy per row; getRowProperties (1.9)
 * answers for every row of the range in one call, about 30 bytes a row. Older hosts get the
 * range's visible view (1.3) instead: its cell addresses name the visible rows and columns.
 */
function queueHidden(used: Excel.Range, features: HostFeatures): PendingHidden {
  if (features.rowProperties) {
    return {
      kind: "properties",
      rows: used.getRowProperties({ rowIndex: true, rowHidden: true }),
      columns: used.getColumnProperties({ columnIndex: true, columnHidden: true }),
    };
  }
  if (features.visibleView) {
    const view = used.getVisibleView();
    view.load("cellAddresses");
    return { kind: "view", view };
  }
  return { kind: "none" };
}

function queueMerges(sheet: Excel.Worksheet, scope: "sheet" | "header"): Excel.RangeAreas {
  const where = scope === "sheet" ? sheet.getRange() : sheet.getRange(`1:${HEADER_ROWS}`);
  const merged = where.getMergedAreasOrNullObject();
  merged.load("areaCount");
  merged.areas.load("items/address");
  return merged;
}

/** Copies a synced sheet read out of its proxies. */
export function collectSheet(pending: PendingSheet): SheetPart {
  const { used } = pending;
  const box = {
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
    rowCount: used.rowCount,
    columnCount: used.columnCount,
  };
  return {
    ...pending.listing,
    used: {
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      values: used.values,
      valueTypes: used.valueTypes,
      formulas: used.formulas,
      numberFormat: used.numberFormat,
    },
    merges: collectMerges(pending.merged),
    ...collectHidden(pending.hidden, box),
  };
}

function collectMerges(merged: Excel.RangeAreas | undefined): string[] {
  if (!merged || merged.isNullObject) return [];
  return merged.areas.items.map((area) => area.address);
}

interface UsedBox {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

function collectHidden(
  hidden: PendingHidden,
  box: UsedBox,
): { hiddenRows: number[]; hiddenColumns: number[] } {
  switch (hidden.kind) {
    case "properties":
      return {
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
