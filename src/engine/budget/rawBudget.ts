import type { RawCell } from "../model/cell";
import type { PeriodId } from "../model/period";

/** The budget-table columns the engine reads (issue 6, "Reading"). */
export const BUDGET_COLUMNS = [
  /** Hierarchical code: A/B, I/II, 1, 1.1, 1.1.2, a/b. */
  "code",
  /** Nội dung. */
  "name",
  /** Loại: thu / chi, when the table has such a column. */
  "section",
  /** Đơn vị tính, when the unit is a column rather than a title cell. */
  "unit",
  /** Dự toán (the estimate). */
  "estimate",
  /** Thực hiện or Ước thực hiện. */
  "actual",
  /** Cùng kỳ / thực hiện năm trước, when given. */
  "lastYear",
  /** % dự toán as the user typed it (or a formula's cached value). */
  "percentOfEstimate",
  /** So cùng kỳ (%) as typed. */
  "percentOfLastYear",
  /** Tỷ trọng (%) in a share table. */
  "share",
  "notes",
] as const;

export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];

/** The columns that hold money (or headcount) amounts. */
export const AMOUNT_COLUMNS = ["estimate", "actual", "lastYear"] as const;
export type AmountColumn = (typeof AMOUNT_COLUMNS)[number];

export type BudgetSection = "revenue" | "expenditure";

/**
 * amounts: estimate/execution table; shares: "Cơ cấu kinh tế", "Tỷ trọng (%)" whose lines sum
 * to 100; breakdown: a total and its parts with one amount column (headcount 2.674 = 364 +
 * 1.968 + 342), read into `estimate` when it is the only amount.
 */
export type BudgetTableKind = "amounts" | "shares" | "breakdown";

/** One line of a budget table as a host read it: raw cells by column, nothing parsed. */
export interface RawBudgetRow {
  /** 1-based sheet row. */
  row: number;
  /**
   * Nesting depth from the label's indentation (leading spaces or the cell's indent level),
   * for tables without codes; 0 at the left margin.
   */
  indent?: number;
  /** A grand-total row ("Tổng cộng", "Tổng số", "Cộng"): equals the sum of the top lines. */
  isTotal?: boolean;
  /** Every cell carries its A1 address, so findings can name it. */
  cells: Partial<Record<BudgetColumn, RawCell>>;
}

/** A budget table as the workbook reader found it. */
export interface RawBudgetTable {
  sheet: string;
  /** The title as typed ("Dự toán thu, chi ngân sách nhà nước năm 2023"). */
  title?: string;
  /** The unit whose budget this is ("Quận Nam Từ Liêm"), from a title cell. */
  unitName?: string;
  /** Money unit from a title cell ("Đơn vị tính: tỷ đồng" → "tỷ đồng"). */
  moneyUnit?: string;
  /** The period the execution covers, from the title or header ("6 tháng", "ước cả năm"). */
  period?: PeriodId;
  kind: BudgetTableKind;
  /** Header text of each column found, as typed, for messages ("Ước thực hiện 2023"). */
  headers: Partial<Record<BudgetColumn, string>>;
  rows: RawBudgetRow[];
}
