import type { Finding } from "../findings/finding";
import type { BudgetStatusId } from "./budgetStatus";
import type { AmountColumn, BudgetColumn, BudgetSection } from "./rawBudget";

/** One line of a checked budget table: what the workbook layer writes and the pane lists. */
export interface BudgetLineResult {
  /** 1-based sheet row. */
  row: number;
  /** As typed in the code column, or the numbering before the name ("1.1", "a"). */
  code?: string;
  /** The name without its numbering. */
  name: string;
  /** 0 for a top line (and a total row); a line's children are one deeper. */
  depth: number;
  /** Sheet row of the line it is part of. */
  parentRow?: number;
  isTotal: boolean;
  /** A "Trong đó" line or an unnumbered line under a numbered one: not added into its parent. */
  memo: boolean;
  section?: BudgetSection;
  /** The unit column's text, when the line has one. */
  unit?: string;
  /** The amounts read, in the line's own unit. */
  amounts: Partial<Record<AmountColumn, number>>;
  share?: number;
  /** "% dự toán (tính)": actual / estimate × 100. */
  percentOfEstimate?: number;
  /** The % dự toán typed, as a percentage (0,96 in a plain cell reads 96). */
  typedPercentOfEstimate?: number;
  /** Actual (or estimate, without an actual) / last year's × 100. */
  percentOfLastYear?: number;
  typedPercentOfLastYear?: number;
  /** For the "Đánh giá" column. */
  status: BudgetStatusId;
  /** The status's label in the language asked for ("" for a caption). */
  label: string;
  /** A1 address of each cell the line was read from. */
  cells: Partial<Record<BudgetColumn, string>>;
  findings: Finding[];
}
