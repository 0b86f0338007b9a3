import type { SheetSnapshot, SheetVisibility, TableInfo } from "../../workbook/snapshot";
import { bareRef } from "./addresses";
import type { FormatsByCell } from "./cellFormats";
import type { SeenComment } from "./tableAndNoteReader";
import { rememberExtras } from "./seenFormats";
import { toCellValue, toFormula, toNumberFormat } from "./cellValues";

/** A used range's loaded properties, copied out of its proxy after the sync. */
export interface LoadedUsedRange {
  /** 0-based, as Office.js reports them. */
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

/** Everything read about one sheet, as plain data (no proxies). */
export interface LoadedSheet {
  name: string;
  visibility: string;
  used: LoadedUsedRange;
  /** Merged area addresses, with or without a sheet part. */
  merges: string[];
  /** 1-based sheet rows and columns. */
  hiddenRows: number[];
  hiddenColumns: number[];
  tables: TableInfo[];
  /** Note or comment text by bare A1 address. */
  notes: Record<string, string>;
  /** Formats of the cells the add-in styled, where the read loaded them (see cellFormats.ts). */
  formats?: FormatsByCell;
  /** Widths in points of the used range's columns, where the read loaded them. */
  columnWidths?: Map<number, number>;
  /** The sheet is protected (Worksheet.protection.protected). */
  protected?: boolean;
  /** Threaded comments by bare A1 address. */
  comments?: Map<string, SeenComment>;
}

export function toVisibility(visibility: string): SheetVisibility {
  if (visibility === "Hidden") return "hidden";
  if (visibility === "VeryHidden") return "veryHidden";
  return "visible";
}

/** getUsedRange(true) of a blank sheet is A1 holding nothing: that is an empty snapshot. */
function isBlank(used: LoadedUsedRange): boolean {
  return (
    used.values.length === 1 &&
    used.values[0].length === 1 &&
    used.valueTypes[0][0] === "Empty" &&
    toFormula(used.formulas[0][0], used.values[0][0], "Empty") === null
  );
}

export function buildSheetSnapshot(loaded: LoadedSheet): SheetSnapshot {
  const { used } = loaded;
  const blank = isBlank(used);
  const values = blank
    ? []
    : used.values.map((row, r) => row.map((v, c) => toCellValue(v, used.valueTypes[r][c])));
  const formulas = blank
    ? []
    : used.formulas.map((row, r) =>
        row.map((f, c) => toFormula(f, used.values[r][c], used.valueTypes[r][c])),
      );
  const numberFormats = blank ? [] : used.numberFormat.map((row) => row.map(toNumberFormat));
  const snapshot: SheetSnapshot = {
    name: loaded.name,
    visibility: toVisibility(loaded.visibility),
    origin: blank
      ? { row: 1, column: 1 }
      : { row: used.rowIndex + 1, column: used.columnIndex + 1 },
    values,
    numberFormats,
    formulas,
    merges: loaded.merges.map(bareRef),
    hiddenRows: [...loaded.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...loaded.hiddenColumns].sort((a, b) => a - b),
    tables: loaded.tables,
    notes: loaded.notes,
  };
  rememberExtras(snapshot, {
    formats: loaded.formats ?? new Map(),
    columnWidths: loaded.columnWidths ?? new Map(),
    protected: loaded.protected === true,
    comments: loaded.comments ?? new Map(),
  });
  return snapshot;
}
