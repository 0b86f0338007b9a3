import type { Finding } from "../engine/findings/finding";
import type { IndicatorColumn, RawIndicatorRow } from "../engine/read/rawRow";
import type { PeriodId } from "../engine/model/period";

/** Where a plan table sits and how its columns map to the engine's. */
export interface PlanTable {
  sheet: string;
  /** "Toàn huyện", "Xã A"… for the wide layout's column groups; else the unit from the title. */
  unit?: string;
  period?: PeriodId;
  year?: number;
  /** Sheet rows of the header (several when it spans merged rows), 1-based. */
  headerRows: number[];
  /** The row of column numbers under the header ("A | B | 1 | 2"), if any. */
  columnNumberRow?: number;
  /** Sheet column (1-based) of each engine column found. */
  columns: Partial<Record<IndicatorColumn, number>>;
  /** Sheet columns the add-in owns in this table ("% KH", "Đánh giá"), if present. */
  ownedColumns: { percent?: number; status?: number };
  /** Last sheet column of the table (where owned columns are appended when missing). */
  lastColumn: number;
  firstDataRow: number;
  lastDataRow: number;
  rows: PlanRow[];
  /** For the wide layout: this table is one unit's column group among several on the sheet. */
  group?: { index: number; count: number; isTotal: boolean; kind?: "unit" | "measure" };
}

/** One indicator row with what the sheet says about it beyond its cells. */
export interface PlanRow extends RawIndicatorRow {
  row: number;
  /** Numbered label as typed ("1.2.", "a)", "-"), when the sheet numbers instead of coding. */
  label?: string;
  /** Sheet row of the parent indicator (numbering or indentation hierarchy). */
  parentRow?: number;
  /** "Tổng cộng"/"Cộng" rows and rows whose children sum into them. */
  isTotal?: boolean;
  hidden?: boolean;
}

export interface SheetReading {
  sheet: string;
  tables: PlanTable[];
  /** Problems with the sheet itself, and "no plan table here". */
  findings: Finding[];
}
