import type {
  BudgetColumn,
  BudgetSection,
  RawBudgetRow,
  RawBudgetTable,
} from "../../../engine/budget/rawBudget";

/** A budget line with what the rows around it say about it. */
export interface ReadBudgetRow extends RawBudgetRow {
  /** The code or numbered label as typed ("1.1", "II.", "a)", "-"), from the code column or the name. */
  label?: string;
  /** Sheet row of the parent line (codes, numbered labels or indentation). */
  parentRow?: number;
  /** Thu or chi: from the Loại column, else the parent's, else the line's own name. */
  section?: BudgetSection;
  hidden?: boolean;
}

/** A budget table as the reader found it, with where it sits for the writer. */
export interface ReadBudgetTable extends RawBudgetTable {
  rows: ReadBudgetRow[];
  /** Sheet rows of the header, 1-based (several when it spans merged rows). */
  headerRows: number[];
  /** The row of column numbers under the header ("A | B | 1 | 2 = 1 - 3"), if any. */
  columnNumberRow?: number;
  /** Sheet column of each budget column found. */
  columns: Partial<Record<BudgetColumn, number>>;
  /** The add-in's own columns ("% dự toán (tính)", "Đánh giá") left by an earlier run. */
  ownedColumns: { percent?: number; status?: number };
  firstColumn: number;
  /** Last sheet column of the table, owned columns included. */
  lastColumn: number;
  /** First column right of the table with nothing in its rows: where owned columns go. */
  freeColumn: number;
  firstDataRow: number;
  /** The table's last row (total and template rows included). */
  lastRow: number;
}
