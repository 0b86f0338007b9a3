import type { Cell, DataValidation, Workbook, Worksheet } from "exceljs";
import type { LoadedTableModel } from "./tableModelDefaults";

/**
 * Every use of ExcelJS 4.4 internals, in one place, each with the reason the public API does
 * not do. The fields named here are ExcelJS's own (lib/doc/worksheet.js, cell.js, xlsx/xlsx.js);
 * if an ExcelJS upgrade renames one, the gateway's tests fail here first.
 */

/** A merged area as ExcelJS keeps it (lib/doc/range.js). */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface WorksheetInternals {
  /** Merged areas by master address; the public API has no way to list merges short of
   *  `worksheet.model`, which builds a model of every row. */
  _merges?: Record<string, MergeArea>;
  /** Data validations by address or range; not in ExcelJS's typings. */
  dataValidations?: { model: Record<string, DataValidation | undefined> };
  /** Tables by name; `getTables()` is typed wrongly ([Table, void][]). */
  tables?: Record<string, { model?: ExcelJsTableModel; table?: ExcelJsTableModel }>;
}

/** What ExcelJS keeps of a table: read from a file (tableRef) or added through its API (ref). */
export interface ExcelJsTableModel extends LoadedTableModel {
  name: string;
  displayName?: string;
  /** Top-left cell, for tables added through the API. */
  ref?: string;
  rows?: unknown[];
}

function internals(worksheet: Worksheet): WorksheetInternals {
  return worksheet as unknown as WorksheetInternals;
}

export function mergeAreas(worksheet: Worksheet): MergeArea[] {
  return Object.values(internals(worksheet)._merges ?? {});
}

/**
 * Merges `areas`, known not to overlap, in time linear in their number. ExcelJS's mergeCells
 * compares each new area with every merge already on the sheet (quadratic: a file with 50,000
 * merges never finishes loading); each area is merged here against an empty index, and the
 * index is put together at the end.
 */
export function mergeDisjointAreas(worksheet: Worksheet, areas: MergeArea[]): void {
  const inner = internals(worksheet);
  if (typeof inner._merges !== "object" || inner._merges === null) {
    for (const a of areas) worksheet.mergeCellsWithoutStyle(a.top, a.left, a.bottom, a.right);
    return;
  }
  const all: Record<string, MergeArea> = { ...inner._merges };
  for (const a of areas) {
    inner._merges = {};
    worksheet.mergeCellsWithoutStyle(a.top, a.left, a.bottom, a.right);
    Object.assign(all, inner._merges);
  }
  inner._merges = all;
}

export function dataValidationModel(
  worksheet: Worksheet,
): Record<string, DataValidation | undefined> {
  const inner = internals(worksheet);
  if (!inner.dataValidations) throw new Error("ExcelJS worksheet has no dataValidations");
  return inner.dataValidations.model;
}

export function tableModels(worksheet: Worksheet): ExcelJsTableModel[] {
  return Object.values(internals(worksheet).tables ?? {})
    .map((t) => t.model ?? t.table)
    .filter((m): m is ExcelJsTableModel => m !== undefined);
}

/** Removes a cell's note: ExcelJS's `cell.note = undefined` writes an empty note instead. */
export function removeNote(cell: Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}

/** The load-time model ExcelJS assembles from the zip's parts before building the workbook. */
export interface LoadRelationship {
  Id: string;
  Type: string;
  Target: string;
}

export interface LoadWorksheetModel {
  sheetNo?: string;
  id?: number;
  mergeCells?: string[];
  rows?: Array<{ cells?: Array<{ address?: string } | undefined> } | undefined>;
}

export interface LoadComment {
  ref?: string;
  note?: { texts?: Array<{ text?: string }> };
}

export interface LoadModel {
  sheets?: Array<{ name: string; id: number; rId: string; state?: string }>;
  workbookRels?: LoadRelationship[];
  worksheets: LoadWorksheetModel[];
  worksheetHash: Record<string, LoadWorksheetModel>;
  worksheetRels?: Record<string, LoadRelationship[] | undefined>;
  /** Comments parts by relationship target ("../comments1.xml"). */
  comments?: Record<string, { comments?: LoadComment[] } | undefined>;
  drawingRels?: Record<string, LoadRelationship[] | undefined>;
  tables: Record<string, LoadedTableModel | undefined>;
  views?: Array<{ activeTab?: number }>;
  definedNames?: Array<{ name: string; localSheetId?: number | string; ranges?: string[] }>;
}

/** The per-part steps of ExcelJS's XLSX.load, which the gateway wraps (see loadHooks.ts). */
export interface XlsxSteps {
  parseRels(stream: AsyncIterable<unknown>): Promise<LoadRelationship[]>;
  reconcile(model: LoadModel, options: unknown): void;
  _processWorksheetEntry(
    stream: AsyncIterable<unknown>,
    model: LoadModel,
    sheetNo: string,
    options: unknown,
    path: string,
  ): Promise<void>;
  _processTableEntry(stream: AsyncIterable<unknown>, model: LoadModel, name: string): Promise<void>;
}

export function xlsxSteps(workbook: Workbook): Partial<XlsxSteps> {
  return workbook.xlsx as unknown as Partial<XlsxSteps>;
}
