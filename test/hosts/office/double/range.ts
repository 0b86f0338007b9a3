import type { RangeRef } from "../../../../src/workbook/a1";
import {
  ClientResultDouble,
  NULL_OBJECT,
  OfficeError,
  ProxyDouble,
  type Resolved,
  type StrictContext,
} from "./context";
import { cellProperties, type CellPropertiesQuery } from "./cellProperties";
import { parseInput } from "./input";
import {
  cellAt,
  cellFor,
  cellsOf,
  contains,
  hasContent,
  usedBox,
  intersects,
  refAddress,
  type CellModel,
  type Scalar,
  type SheetModel,
} from "./model";
import { ConditionalFormatCollectionDouble } from "./conditionalFormats";
import { RangeFormatDouble, DataValidationDouble } from "./rangeFormat";
import { RangeAreasDouble, RangeViewDouble } from "./rangeViews";
import { quoteSheet } from "./refs";

export interface RangeModel {
  sheet: SheetModel;
  ref: RangeRef;
}

/** Office's limit on the cells of one range read. */
const READ_LIMIT = 5_000_000;

/** A worksheet's grid: 1,048,576 rows by 16,384 columns (XFD). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** The properties a read of which costs Excel every cell of the range. */
const CELL_PROPERTIES = new Set(["values", "valueTypes", "formulas", "numberFormat", "text"]);

const size = (ref: RangeRef) =>
  (ref.end.row - ref.start.row + 1) * (ref.end.column - ref.start.column + 1);

export function qualifiedAddress(sheet: SheetModel, ref: RangeRef): string {
  return `${quoteSheet(sheet.name)}!${refAddress(ref)}`;
}

function cellValue(cell: CellModel | undefined): Scalar {
  if (!cell) return "";
  if (cell.error !== undefined) return cell.error;
  if (cell.formula !== undefined) return cell.value ?? 0;
  return cell.value ?? "";
}

function valueType(cell: CellModel | undefined): string {
  if (!hasContent(cell) || !cell) return "Empty";
  if (cell.error !== undefined) return "Error";
  const v = cell.formula !== undefined ? (cell.value ?? 0) : cell.value;
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

/** A cell's formula; where there is none, its constant (text keeps no apostrophe). */
function cellFormula(cell: CellModel | undefined): Scalar {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  return cell.error ?? cell.value ?? "";
}

/** A number format on any cell of a merged area is allowed. */
function formatWrite(cell: CellModel, raw: string): void {
  if (raw === "" || raw === "General") delete cell.numberFormat;
  else cell.numberFormat = String(raw);
}

/**
 * Excel refuses to change the content of part of a merged area ("Cannot change part of a merged
 * cell"): writing into a merged area's cells other than its top-left, from a range that does not
 * hold the whole area, fails. The double answers InvalidArgument (Excel.ErrorCodes has no code
 * of its own for it outside tables; MergedRangeConflict is for tables).
 */
function refuseMergedPart(sheet: SheetModel, written: RangeRef, cells: RangeRef): void {
  for (const merge of sheet.merges) {
    if (!intersects(merge, cells) || contains(written, merge)) continue;
    const topLeftOnly =
      cells.start.row === merge.start.row &&
      cells.start.column === merge.start.column &&
      cells.end.row === cells.start.row &&
      cells.end.column === cells.start.column;
    if (topLeftOnly) continue;
    throw new OfficeError(
      "InvalidArgument",
      `Cannot change part of a merged cell (${refAddress(merge)})`,
    );
  }
}

export class RangeDouble extends ProxyDouble<RangeModel> {
  get address(): string {
    return this.get("address");
  }
  get values(): Scalar[][] {
    return this.get("values");
  }
  set values(grid: (Scalar | null)[][]) {
    this.set("values", grid, (m) =>
      this.writeGrid(m, grid, (cell, raw) => {
        const content = parseInput(raw, cell.numberFormat);
        delete cell.value;
        delete cell.error;
        delete cell.formula;
        Object.assign(cell, content);
      }),
    );
  }
  get formulas(): Scalar[][] {
    return this.get("formulas");
  }
  set formulas(grid: (Scalar | null)[][]) {
    this.set("formulas", grid, (m) =>
      this.writeGrid(m, grid, (cell, raw) => {
        const content = parseInput(raw, undefined);
        delete cell.value;
        delete cell.error;
        delete cell.formula;
        Object.assign(cell, content);
      }),
    );
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(grid: (string | null)[][]) {
    this.set("numberFormat", grid, (m) => this.writeGrid(m, grid, formatWrite));
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  get format(): RangeFormatDouble {
    return this.child(
      "format",
      () => new RangeFormatDouble(this.context, `${this.path}.format`, () => this.resolve()),
    );
  }
  get dataValidation(): DataValidationDouble {
    return this.child(
      "dataValidation",
      () =>
        new DataValidationDouble(this.context, `${this.path}.dataValidation`, () => this.resolve()),
    );
  }

  get conditionalFormats(): ConditionalFormatCollectionDouble {
    return this.child(
      "conditionalFormats",
      () =>
        new ConditionalFormatCollectionDouble(this.context, `${this.path}.conditionalFormats`, () =>
          this.resolve(),
        ),
    );
  }

  protected override navigation(name: string): ProxyDouble<unknown> | undefined {
    if (name === "format") return this.format as ProxyDouble<unknown>;
    return undefined;
  }

  protected scalar({ sheet, ref }: RangeModel, name: string): unknown {
    if (CELL_PROPERTIES.has(name)) this.context.askCells(this, size(ref));
    const grid = (f: (cell: CellModel | undefined) => unknown) => {
      // Past its cell limit Excel answers null for cell-level properties rather than failing,
      // as it does for unbounded ranges ("the response will contain null values for cell-level
      // properties such as values, text, numberFormat, and formula": learn.microsoft.com,
      // office/dev/add-ins/excel/excel-add-ins-ranges-unbounded).
      if (size(ref) > READ_LIMIT) return null;
      return cellsOf(ref).map((row) => row.map(({ row: r, column: c }) => f(cellAt(sheet, r, c))));
    };
    switch (name) {
      case "address":
        return qualifiedAddress(sheet, ref);
      case "values":
        return grid(cellValue);
      case "valueTypes":
        return grid(valueType);
      case "formulas":
        return grid(cellFormula);
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      case "rowIndex":
        return ref.start.row - 1;
      case "columnIndex":
        return ref.start.column - 1;
      case "rowCount":
        return ref.end.row - ref.start.row + 1;
      case "columnCount":
        return ref.end.column - ref.start.column + 1;
      default:
        return undefined;
    }
  }

  /** A 2-D write: the array must have the range's shape; null leaves a cell alone. */
  private writeGrid<T>(
    { sheet, ref }: RangeModel,
    grid: (T | null)[][],
    write: (cell: CellModel, raw: T) => void,
  ): void {
    const rows = ref.end.row - ref.start.row + 1;
    const columns = ref.end.column - ref.start.column + 1;
    if (!Array.isArray(grid) || grid.length !== rows || grid.some((r) => r.length !== columns)) {
      throw new OfficeError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size of ${refAddress(ref)}`,
      );
    }
    grid.forEach((cells, i) =>
      cells.forEach((raw, j) => {
        if (raw === null || raw === undefined) return;
        const at = { row: ref.start.row + i, column: ref.start.column + j };
        if (write !== formatWrite) refuseMergedPart(sheet, ref, { start: at, end: at });
      }),
    );
    grid.forEach((cells, i) =>
      cells.forEach((raw, j) => {
        if (raw === null || raw === undefined) return;
        write(cellFor(sheet, ref.start.row + i, ref.start.column + j), raw);
      }),
    );
  }

  clear(applyTo: string = "All"): void {
    this.call("clear", [applyTo], ({ sheet, ref }) => {
      if (applyTo !== "Formats") refuseMergedPart(sheet, ref, ref);
      for (const { row, column } of cellsOf(ref).flat()) {
        const cell = cellAt(sheet, row, column);
        if (!cell) continue;
        if (applyTo === "All") {
          sheet.cells.delete(`${row},${column}`);
          continue;
        }
        if (applyTo === "Contents" || applyTo === "All") {
          delete cell.value;
          delete cell.error;
          delete cell.formula;
        }
        if (applyTo === "Formats") {
          for (const key of Object.keys(cell) as (keyof CellModel)[]) {
            if (!["value", "error", "formula"].includes(key)) delete cell[key];
          }
        }
      }
    });
  }

  /** Merges; as Excel does, only the top-left cell keeps its content. */
  merge(across = false): void {
    this.call("merge", [across], ({ sheet, ref }) => {
      if (across) throw new OfficeError("InvalidArgument", "merge(across) is not in the double");
      for (const { row, column } of cellsOf(ref).flat().slice(1)) {
        const cell = cellAt(sheet, row, column);
        if (cell) {
          delete cell.value;
          delete cell.error;
          delete cell.formula;
        }
      }
      sheet.merges = sheet.merges.filter((m) => !intersects(m, ref));
      sheet.merges.push(ref);
    });
  }

  select(): void {
    this.call("select", [], ({ sheet, ref }) => {
      if (sheet.visibility !== "Visible") {
        throw new OfficeError("InvalidOperation", `"${sheet.name}" is hidden`);
      }
      const workbook = this.workbookModel();
      workbook.activeSheet = sheet.name;
      workbook.selection = { sheet: sheet.name, address: refAddress(ref) };
    });
  }

  getRowProperties(options: {
    rowIndex?: boolean;
    rowHidden?: boolean;
  }): ClientResultDouble<unknown[]> {
    return new ClientResultDouble(this.context, `${this.path}.getRowProperties()`, () => {
      this.context.requires(9, "getRowProperties");
      const { sheet, ref } = this.target();
      return cellsOf(ref).map(([first]) => ({
        ...(options.rowIndex ? { rowIndex: first.row - 1 } : {}),
        ...(options.rowHidden ? { rowHidden: sheet.hiddenRows.has(first.row) } : {}),
      }));
    });
  }

  /** Format properties cell by cell (ExcelApi 1.9); see cellProperties.ts. */
  getCellProperties(query: CellPropertiesQuery): ClientResultDouble<unknown[][]> {
    return new ClientResultDouble(this.context, `${this.path}.getCellProperties()`, () => {
      this.context.requires(9, "getCellProperties");
      return cellProperties(this.target(), query);
    });
  }

  getColumnProperties(options: {
    columnIndex?: boolean;
    columnHidden?: boolean;
    format?: { columnWidth?: boolean };
  }): ClientResultDouble<unknown[]> {
    return new ClientResultDouble(this.context, `${this.path}.getColumnProperties()`, () => {
      this.context.requires(9, "getColumnProperties");
      const { sheet, ref } = this.target();
      return cellsOf(ref)[0].map(({ column }) => ({
        ...(options.columnIndex ? { columnIndex: column - 1 } : {}),
        ...(options.columnHidden ? { columnHidden: sheet.hiddenColumns.has(column) } : {}),
        // Excel's default column: 8.43 characters, 64 pixels, 48 points.
        ...(options.format?.columnWidth
          ? { format: { columnWidth: sheet.columnWidths.get(column) ?? 48 } }
          : {}),
      }));
    });
  }

  /** The cell at (row, column) from this range's top-left cell, 0-based (ExcelApi 1.1). */
  getCell(row: number, column: number): RangeDouble {
    return this.derived(`${this.path}.getCell(${row}, ${column})`, ({ ref }) => {
      const at = { row: ref.start.row + row, column: ref.start.column + column };
      return { start: at, end: at };
    });
  }

  /**
   * The range of `rows` × `columns` cells from this range's top-left cell (ExcelApi 1.7); Excel
   * refuses one that would leave the sheet's grid.
   */
  getAbsoluteResizedRange(rows: number, columns: number): RangeDouble {
    return this.derived(`${this.path}.getAbsoluteResizedRange(${rows}, ${columns})`, ({ ref }) => {
      this.context.requires(7, "getAbsoluteResizedRange");
      const end = { row: ref.start.row + rows - 1, column: ref.start.column + columns - 1 };
      if (rows < 1 || columns < 1 || end.row > SHEET_ROWS || end.column > SHEET_COLUMNS) {
        throw new OfficeError("InvalidArgument", "The resized range would leave the worksheet");
      }
      return { start: ref.start, end };
    });
  }

  /** The cells this range shares with another (ExcelApi 1.1); Excel fails when there are none. */
  getIntersection(other: RangeDouble): RangeDouble {
    return this.derived(`${this.path}.getIntersection(${other.path})`, ({ sheet, ref }) => {
      const theirs = other.argument();
      if (theirs.sheet !== sheet || !intersects(ref, theirs.ref)) {
        throw new OfficeError("InvalidArgument", "The ranges do not intersect");
      }
      return {
        start: {
          row: Math.max(ref.start.row, theirs.ref.start.row),
          column: Math.max(ref.start.column, theirs.ref.start.column),
        },
        end: {
          row: Math.min(ref.end.row, theirs.ref.end.row),
          column: Math.min(ref.end.column, theirs.ref.end.column),
        },
      };
    });
  }

  /** A range computed from this one's cells at sync time, on the same sheet. */
  private derived(path: string, where: (model: RangeModel) => RangeRef): RangeDouble {
    const range = new RangeDouble(this.context, path, () => {
      const model = this.target();
      return { sheet: model.sheet, ref: where(model) };
    });
    range.workbookModel = this.workbookModel;
    return range;
  }

  /** The used cells within this range (values only, or with formats), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    const range = new RangeDouble(this.context, `${this.path}.getUsedRangeOrNullObject()`, () => {
      const { sheet, ref } = this.target();
      const used = usedBox(sheet, valuesOnly, ref);
      return used ? { sheet, ref: used } : NULL_OBJECT;
    });
    range.workbookModel = this.workbookModel;
    return range;
  }

  getVisibleView(): RangeViewDouble {
    return new RangeViewDouble(this.context, `${this.path}.getVisibleView()`, () => {
      this.context.requires(3, "getVisibleView");
      return this.target();
    });
  }

  /** Office fails when more than 512 merged areas are in the range. */
  getMergedAreasOrNullObject(): RangeAreasDouble {
    return new RangeAreasDouble(this.context, `${this.path}.getMergedAreasOrNullObject()`, () => {
      this.context.requires(13, "getMergedAreasOrNullObject");
      const { sheet, ref } = this.target();
      const areas = sheet.merges.filter((m) => intersects(m, ref));
      if (areas.length > 512) {
        throw new OfficeError("GeneralException", "More than 512 merged areas in the range");
      }
      return areas.length === 0 ? NULL_OBJECT : { sheet, areas };
    });
  }

  /** The range's cells, for methods that take a Range argument (at sync time). */
  argument(): RangeModel {
    return this.target();
  }

  /** Set by whoever makes the range: the workbook its sheet is in. */
  workbookModel: () => { activeSheet: string; selection?: { sheet: string; address: string } } =
    () => {
      throw new OfficeError("InvalidOperation", "range without a workbook");
    };
}

export function rangeOn(
  context: StrictContext,
  path: string,
  sheet: () => SheetModel,
  where: (sheet: SheetModel) => Resolved<RangeRef>,
  workbook: () => { activeSheet: string; selection?: { sheet: string; address: string } },
): RangeDouble {
  const range = new RangeDouble(context, path, () => {
    const model = sheet();
    const ref = where(model);
    return ref === NULL_OBJECT ? NULL_OBJECT : { sheet: model, ref };
  });
  range.workbookModel = workbook;
  return range;
}
