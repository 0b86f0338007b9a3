/**
 * The in-memory workbook behind the strict Office.js double: what a test seeds and inspects.
 * Rows and columns are 1-based; cells are keyed "row,column".
 */
import { address, parseRange, type RangeRef } from "../../../../src/workbook/a1";

export type Scalar = number | string | boolean;

export interface CellModel {
  /** The constant, or a formula's cached result; absent when the cell is empty. */
  value?: Scalar;
  /** An error value ("#REF!"), constant or a formula's result. */
  error?: string;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders?: Record<string, { style: string; weight?: string }>;
  /** RangeFormat.protection.locked (ExcelApi 1.2): Excel's cells are locked unless unlocked. */
  locked?: boolean;
}

/** A custom conditional format (ExcelApi 1.6), in the sheet's priority order. */
export interface ConditionalFormatModel {
  range: RangeRef;
  type: "Custom";
  formula?: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue: boolean;
}

/** A data validation with its messages (ExcelApi 1.8). */
export interface ValidationModel {
  range: RangeRef;
  rule: unknown;
  ignoreBlanks?: boolean;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
}

export interface TableModel {
  name: string;
  range: RangeRef;
  showHeaders: boolean;
}

export interface CommentModel {
  id: string;
  content: string;
  /**
   * Comment.authorName (ExcelApi 1.10): who wrote it. A comment the add-in adds is the user's
   * running it ("Người dùng này"); others come from co-authors or earlier files.
   */
  authorName?: string;
}

export interface SheetModel {
  /** Worksheet.id: stable across renames, unique in the workbook (a GUID in Excel). */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  deleted?: boolean;
  /** Sheet protection (Worksheet.protection.protected): Excel refuses writes with AccessDenied. */
  protected?: boolean;
  cells: Map<string, CellModel>;
  merges: RangeRef[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  /** Points, by column number. */
  columnWidths: Map<number, number>;
  /** Points, by row number. */
  rowHeights: Map<number, number>;
  tables: TableModel[];
  /** Notes (ExcelApi 1.18) by bare A1 address. */
  notes: Map<string, string>;
  /** Threaded comments (ExcelApi 1.10) by bare A1 address. */
  comments: Map<string, CommentModel>;
  freeze: { rows: number; columns: number };
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    printTitleRows?: string;
    /** "A1:O62,Q6:R18", as setPrintArea took it (checked range by range). */
    printArea?: string;
    zoom?: Record<string, unknown>;
    /** Points. */
    margins?: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
  };
  validations: ValidationModel[];
  /** Highest priority first. */
  conditionalFormats: ConditionalFormatModel[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheet: string;
  selection?: { sheet: string; address: string };
  nextId: number;
  /** Workbook.properties.custom (ExcelApi 1.7), in the order added. */
  customProperties: { key: string; value: unknown }[];
}

let sheetIds = 0;

export function newSheet(name: string): SheetModel {
  sheetIds += 1;
  return {
    id: `{00000000-0000-0000-0000-${String(sheetIds).padStart(12, "0")}}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    tables: [],
    notes: new Map(),
    comments: new Map(),
    freeze: { rows: 0, columns: 0 },
    pageLayout: {},
    validations: [],
    conditionalFormats: [],
  };
}

export function newWorkbook(names: string[] = ["Sheet1"]): WorkbookModel {
  return { sheets: names.map(newSheet), activeSheet: names[0], nextId: 1, customProperties: [] };
}

export const cellKey = (row: number, column: number) => `${row},${column}`;

export function findSheet(model: WorkbookModel, name: string): SheetModel | undefined {
  // Worksheets.getItem takes a name or an id.
  const upper = name.toLocaleUpperCase();
  return model.sheets.find((s) => s.name.toLocaleUpperCase() === upper || s.id === name);
}

export function cellAt(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function cellFor(sheet: SheetModel, row: number, column: number): CellModel {
  const key = cellKey(row, column);
  const found = sheet.cells.get(key);
  if (found) return found;
  const created: CellModel = {};
  sheet.cells.set(key, created);
  return created;
}

/** A test's view of one cell by its A1 address. */
export function inspect(model: WorkbookModel, sheet: string, a1: string): CellModel | undefined {
  const found = findSheet(model, sheet);
  const ref = parseRange(a1);
  if (!found || !ref) return undefined;
  return cellAt(found, ref.start.row, ref.start.column);
}

export function hasContent(cell: CellModel | undefined): boolean {
  return (
    !!cell && (cell.value !== undefined || cell.error !== undefined || cell.formula !== undefined)
  );
}

function hasFormat(cell: CellModel): boolean {
  return Object.keys(cell).some((k) => !["value", "error", "formula"].includes(k));
}

/** The bounding box of cells with content (and, unless valuesOnly, with formats). */
export function usedBox(
  sheet: SheetModel,
  valuesOnly: boolean,
  within?: RangeRef,
): RangeRef | undefined {
  let box: RangeRef | undefined;
  for (const [key, cell] of sheet.cells) {
    if (!hasContent(cell) && (valuesOnly || !hasFormat(cell))) continue;
    const [row, column] = key.split(",").map(Number);
    if (within && !contains(within, { start: { row, column }, end: { row, column } })) continue;
    box = box
      ? {
          start: { row: Math.min(box.start.row, row), column: Math.min(box.start.column, column) },
          end: { row: Math.max(box.end.row, row), column: Math.max(box.end.column, column) },
        }
      : { start: { row, column }, end: { row, column } };
  }
  return box;
}

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.column <= b.end.column &&
    b.start.column <= a.end.column
  );
}

export function contains(outer: RangeRef, inner: RangeRef): boolean {
  return (
    outer.start.row <= inner.start.row &&
    outer.end.row >= inner.end.row &&
    outer.start.column <= inner.start.column &&
    outer.end.column >= inner.end.column
  );
}

export function refAddress(ref: RangeRef): string {
  const a = address(ref.start.row, ref.start.column);
  const b = address(ref.end.row, ref.end.column);
  return a === b ? a : `${a}:${b}`;
}

/** Every (row, column) of a range, row by row. */
export function cellsOf(ref: RangeRef): { row: number; column: number }[][] {
  const rows: { row: number; column: number }[][] = [];
  for (let row = ref.start.row; row <= ref.end.row; row++) {
    const cells: { row: number; column: number }[] = [];
    for (let column = ref.start.column; column <= ref.end.column; column++) {
      cells.push({ row, column });
    }
    rows.push(cells);
  }
  return rows;
}
