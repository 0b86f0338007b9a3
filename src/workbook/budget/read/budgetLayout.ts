import type { BudgetColumn, BudgetTableKind } from "../../../engine/budget/rawBudget";
import { finding, type Finding } from "../../../engine/findings/finding";
import type { PeriodId } from "../../../engine/model/period";
import type { ColumnHeadingOf } from "../../read/columnHeading";
import { headerKey } from "../../read/headerKey";
import type { BudgetHeaderRole } from "./budgetHeaderAliases";
import type { BudgetHeaderMatch } from "./matchBudgetHeader";

export type BudgetHeading = ColumnHeadingOf<BudgetHeaderMatch>;

/** How a budget table's header columns map to the contract's columns. */
export interface BudgetLayout {
  kind: BudgetTableKind;
  columns: Partial<Record<BudgetColumn, number>>;
  headers: Partial<Record<BudgetColumn, string>>;
  ownedColumns: { percent?: number; status?: number };
  /**
   * Every "Đánh giá" / "Status" column, left to right: which one (if any) is the add-in's is
   * settled against the cells under it (ownedStatusColumn.ts).
   */
  statusCandidates: number[];
  /** A period named by the actual column ("Ước thực hiện 6 tháng"). */
  period?: PeriodId;
  findings: Finding[];
}

const ROLE_NAMES: Record<BudgetHeaderRole, [string, string]> = {
  code: ["mã số", "code"],
  name: ["nội dung", "item"],
  entity: ["đơn vị", "unit name"],
  section: ["loại", "type"],
  unit: ["đơn vị tính", "unit"],
  estimate: ["dự toán", "estimate"],
  actual: ["thực hiện", "actual"],
  lastYear: ["cùng kỳ", "last year"],
  percentOfEstimate: ["% dự toán", "% of estimate"],
  percentOfLastYear: ["so cùng kỳ", "% of last year"],
  share: ["tỷ trọng", "share"],
  amount: ["số lượng", "amount"],
  notes: ["ghi chú", "notes"],
  ownedPercent: ["% dự toán (tính)", "% of estimate (computed)"],
  ownedStatus: ["đánh giá", "status"],
};

const yearOf = (h: BudgetHeading) => h.match?.year ?? h.year;

/** Approved final accounts ("Số quyết toán được duyệt") over the reported ones. */
const isApproved = (h: BudgetHeading) => headerKey(h.text ?? "").includes("duocduyet");

interface Pairing {
  estimate?: BudgetHeading;
  actual?: BudgetHeading;
  /** Actuals of an earlier year than the estimate's: last year's figures. */
  earlier: BudgetHeading[];
}

/** The estimate of the latest year, else the first. */
function latest(estimates: readonly BudgetHeading[]): BudgetHeading | undefined {
  let best = estimates[0];
  for (const e of estimates) {
    const year = yearOf(e);
    const bestYear = yearOf(best);
    if (year !== undefined && (bestYear === undefined || year > bestYear)) best = e;
  }
  return best;
}

/**
 * Where a form has several estimate and actual columns: the estimate of an actual's year
 * ("Dự toán 2023" with "Ước TH 2023"), else the latest estimate; actuals of earlier years are
 * last year's figures; among the rest the actual of the estimate's year, then the approved
 * final accounts ("Số quyết toán được duyệt" over "Số báo cáo quyết toán"), then the first.
 */
function pairFigures(estimates: BudgetHeading[], actuals: BudgetHeading[]): Pairing {
  const pairYear = actuals
    .map(yearOf)
    .find((y) => y !== undefined && estimates.some((e) => yearOf(e) === y));
  const estimate =
    pairYear === undefined ? latest(estimates) : estimates.find((e) => yearOf(e) === pairYear);
  const planYear = estimate && yearOf(estimate);
  const earlier =
    planYear === undefined
      ? []
      : actuals.filter((a) => {
          const year = yearOf(a);
          return year !== undefined && year < planYear;
        });
  const candidates = actuals.filter((a) => !earlier.includes(a));
  const sameYear = candidates.filter((a) => yearOf(a) === planYear);
  const pool = sameYear.length > 0 ? sameYear : candidates;
  return { estimate, actual: pool.find(isApproved) ?? pool[0], earlier };
}

function extraColumn(sheet: string, heading: BudgetHeading, used: BudgetHeading): Finding {
  const role = heading.match?.role ?? "amount";
  const [vi, en] = ROLE_NAMES[role];
  return finding(
    "budget_extra_column",
    {
      column: heading.text ?? "",
      role: vi,
      roleEn: en,
      used: used.text ?? "",
      usedCell: used.address ?? "",
    },
    { sheet, cell: heading.address },
  );
}

function byRole(headings: readonly BudgetHeading[]): Map<BudgetHeaderRole, BudgetHeading[]> {
  const out = new Map<BudgetHeaderRole, BudgetHeading[]>();
  for (const heading of headings) {
    const role = heading.match?.role;
    if (!role) continue;
    const list = out.get(role);
    if (list) list.push(heading);
    else out.set(role, [heading]);
  }
  return out;
}

/**
 * Maps a budget header to the contract's columns and tells the table's kind: an estimate or
 * actual makes an amounts table; a share column alone a shares table; a lone amount
 * ("Số lượng", "Tổng phần thu nộp") a breakdown, read into `estimate`. Columns of a kind
 * already taken get a finding and are not read.
 */
export function budgetLayout(headings: readonly BudgetHeading[], sheet: string): BudgetLayout {
  const roles = byRole(headings);
  const chosen = new Map<BudgetColumn, BudgetHeading>();
  const findings: Finding[] = [];
  const take = (column: BudgetColumn, list: BudgetHeading[], first?: BudgetHeading) => {
    const used = first ?? list[0];
    if (!used) return;
    chosen.set(column, used);
    for (const other of list) if (other !== used) findings.push(extraColumn(sheet, other, used));
  };

  const estimates = roles.get("estimate") ?? [];
  const actuals = roles.get("actual") ?? [];
  const pairing = pairFigures(estimates, actuals);
  take("estimate", estimates, pairing.estimate);
  take(
    "actual",
    actuals.filter((a) => !pairing.earlier.includes(a)),
    pairing.actual,
  );
  take("lastYear", [...pairing.earlier, ...(roles.get("lastYear") ?? [])]);
  let kind: BudgetTableKind = "amounts";
  if (!chosen.has("estimate") && !chosen.has("actual")) {
    if (roles.has("share")) kind = "shares";
    else if (roles.has("amount")) {
      kind = "breakdown";
      take("estimate", roles.get("amount") ?? []);
    }
  }
  for (const column of [
    "code",
    "name",
    "section",
    "unit",
    "percentOfEstimate",
    "percentOfLastYear",
    "share",
    "notes",
  ] as const) {
    take(column, roles.get(column) ?? []);
  }
  if (!chosen.has("name")) take("name", roles.get("entity") ?? []);

  const layout: BudgetLayout = {
    kind,
    columns: {},
    headers: {},
    ownedColumns: {},
    statusCandidates: (roles.get("ownedStatus") ?? []).map((h) => h.column),
    findings,
  };
  for (const [column, heading] of chosen) {
    layout.columns[column] = heading.column;
    layout.headers[column] = heading.text ?? "";
  }
  const percent = roles.get("ownedPercent")?.[0];
  if (percent) layout.ownedColumns.percent = percent.column;
  const actual = chosen.get("actual");
  const period = actual?.match?.period ?? actual?.period;
  if (period) layout.period = period;
  return layout;
}
