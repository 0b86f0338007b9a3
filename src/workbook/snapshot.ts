import type { ExcelError } from "../engine/model/cell";

/** A cell's value as hosts read it: the cached value for formulas. */
export type CellValue = number | string | boolean | null | ExcelError;

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** An Excel table (ListObject) on a sheet. */
export interface TableInfo {
  name: string;
  /** A1 range including the header row, e.g. "A4:N40". */
  range: string;
  showHeaders: boolean;
}

/**
 * A data validation (Data ▸ Data Validation) on one range, as the file states it. A validation
 * stated on several areas ("A1:A5 C1") gives one entry per area.
 */
export interface ValidationInfo {
  /** One A1 area ("B5:B40", "G2"). */
  range: string;
  /** As the file names it: "list", "decimal", "whole", "date", "time", "textLength", "custom", "none". */
  type: string;
  /** A typed list's items ("Đạt,Không đạt"); absent when the list comes from cells or a name. */
  list?: string[];
  /**
   * Inclusive bounds, where the rule states a number: "between" gives both, "equal" gives the
   * same number to both, "greaterThanOrEqual" min, "lessThanOrEqual" max. Strict and negated
   * operators give neither.
   */
  min?: number;
  max?: number;
}

/**
 * Everything an operation needs from one sheet, read in one go: the used range's values,
 * number formats and formulas as 2-D arrays anchored at `origin`, plus layout facts.
 * Rows and columns are 1-based sheet coordinates.
 */
export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /** Sheet row and column of values[0][0]. */
  origin: { row: number; column: number };
  values: CellValue[][];
  /** Number format codes, "General" where none; same shape as `values`. */
  numberFormats: string[][];
  /** Formula text ("=SUM(C5:C9)") where the cell has one, else null; same shape as `values`. */
  formulas: (string | null)[][];
  /** Merged areas as A1 ranges ("A1:N1"). */
  merges: string[];
  hiddenRows: number[];
  hiddenColumns: number[];
  tables: TableInfo[];
  /** Cell notes or comments by A1 address, where the host can read them. */
  notes: Record<string, string>;
  /** Data validations, where the host reads them (the .xlsx host does; absent when none). */
  validations?: ValidationInfo[];
  /**
   * A1 addresses of the cells that hold a threaded comment (Excel 365's conversations), by
   * row then column, where the host reads them; absent when none.
   */
  threadedCommentCells?: string[];
  /** True when the sheet is protected (Review ▸ Protect Sheet), where the host reads it. */
  protected?: boolean;
  /**
   * Where the add-in's notes can't go, as the host that read the sheet knows: "everywhere" on a
   * host without notes (Excel 2021/2024), else the cells holding a person's threaded comment
   * (never edited, and a note can't sit beside one). Findings for those cells are listed beside
   * the table instead (write/findingList.ts). Absent: a note goes on any cell.
   */
  notesBlocked?: "everywhere" | readonly string[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  activeSheet?: string;
  /**
   * Custom document properties (File ▸ Info ▸ Properties ▸ Custom) as text, where the host reads
   * them; absent when the workbook has none.
   */
  properties?: Record<string, string>;
  /** When the workbook was last saved (ISO 8601), where the host reads it: the .xlsx host does. */
  savedAt?: string;
}

export function emptySheet(name: string): SheetSnapshot {
  return {
    name,
    visibility: "visible",
    origin: { row: 1, column: 1 },
    values: [],
    numberFormats: [],
    formulas: [],
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    tables: [],
    notes: {},
  };
}
