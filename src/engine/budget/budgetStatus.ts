import type { Language, StatusId } from "../model/status";

/**
 * What the "Đánh giá" column says of a budget line, in the order a report lists them.
 * Revenue: above_estimate (more than the year's estimate), met_estimate (the year's estimate
 * reached), on_pace (mid-year, at least the period's pro-rata share), behind (mid-year, below
 * it), below_estimate (at year end, below the estimate). Spending: within_estimate,
 * over_estimate. recorded: figures read and consistent, nothing to judge (an estimate-only
 * line, a share, a headcount, a line neither revenue nor spending). mismatch: a consistency
 * check failed on this line (sum, %, shares, unit). missing: a figure needed is blank.
 * invalid: a figure cannot be read. caption: a line without code or figures ("Trong đó:").
 */
export const BUDGET_STATUS_IDS = [
  "above_estimate",
  "met_estimate",
  "on_pace",
  "behind",
  "below_estimate",
  "within_estimate",
  "over_estimate",
  "recorded",
  "mismatch",
  "missing",
  "invalid",
  "caption",
] as const;

export type BudgetStatusId = (typeof BUDGET_STATUS_IDS)[number];

/** Labels for the "Đánh giá" column; a caption line gets none. */
export const BUDGET_STATUS_LABELS: Record<Language, Record<BudgetStatusId, string>> = {
  vi: {
    above_estimate: "Vượt dự toán",
    met_estimate: "Đạt dự toán",
    on_pace: "Đúng tiến độ",
    behind: "Chậm tiến độ",
    below_estimate: "Không đạt dự toán",
    within_estimate: "Trong dự toán",
    over_estimate: "Chi vượt dự toán",
    recorded: "Khớp",
    mismatch: "Số liệu không khớp",
    missing: "Thiếu số liệu",
    invalid: "Số liệu lỗi",
    caption: "",
  },
  en: {
    above_estimate: "Above estimate",
    met_estimate: "Estimate met",
    on_pace: "On pace",
    behind: "Behind pace",
    below_estimate: "Below estimate",
    within_estimate: "Within estimate",
    over_estimate: "Over estimate",
    recorded: "Consistent",
    mismatch: "Figures disagree",
    missing: "Missing data",
    invalid: "Invalid data",
    caption: "",
  },
};

export function budgetStatusLabel(status: BudgetStatusId, lang: Language = "vi"): string {
  return BUDGET_STATUS_LABELS[lang][status];
}

/**
 * The plan status each budget status means the same as: its colours in the workbook and its icon
 * in the pane. "recorded" (consistent, nothing to judge) and "caption" borrow a shape but take
 * no colour (budgetStatusStyle.ts).
 */
export const BUDGET_STATUS_KIN: Record<BudgetStatusId, StatusId> = {
  above_estimate: "exceeded",
  met_estimate: "achieved",
  on_pace: "on_track",
  behind: "lagging",
  below_estimate: "not_achieved",
  within_estimate: "achieved",
  over_estimate: "not_achieved",
  recorded: "achieved",
  mismatch: "at_risk",
  missing: "missing",
  invalid: "invalid",
  caption: "missing",
};
