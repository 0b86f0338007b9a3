import { finding, type Finding } from "../findings/finding";
import type { RuleId } from "../findings/rules";
import { PERIOD_FRACTION, PERIOD_LABELS, type PeriodId } from "../model/period";
import type { BudgetStatusId } from "./budgetStatus";
import { cellAddress } from "./cellAddress";
import { columnParams, type FigureColumn } from "./columnLabels";
import { amountParams } from "./formatAmount";
import { lowerFirst } from "./lowerFirst";
import type { Unit } from "./moneyUnit";
import type { RawBudgetTable } from "./rawBudget";
import { halfUnit } from "./shownDecimals";
import type { WorkLine } from "./workLine";

/** Findings that make a figure unreadable. */
const INVALID_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "budget_not_a_number",
  "budget_ambiguous_number",
  "budget_error_value",
  "budget_unit_in_cell",
]);

/** Findings that show the line's figures disagree with each other or with the table. */
const MISMATCH_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "budget_children_sum",
  "budget_percent_mismatch",
  "budget_shares_sum",
  "budget_thousand_slip",
  "budget_mixed_units",
]);

export interface JudgeContext {
  table: RawBudgetTable;
  period: PeriodId;
  unit?: Unit;
  /** The table has an actual column: every line needs an actual. */
  hasActual: boolean;
  /** Where a share or breakdown table keeps its one figure. */
  valueColumn: FigureColumn;
}

function missingFindings(line: WorkLine, context: JudgeContext): Finding[] {
  const { table } = context;
  const where = (column: FigureColumn) => ({
    sheet: table.sheet,
    cell: cellAddress(table, line.raw, column),
  });
  if (table.kind !== "amounts") {
    if (line.figures[context.valueColumn].kind !== "empty") return [];
    const params = { name: line.label, ...columnParams(table, context.valueColumn) };
    return [finding("budget_missing_figure", params, where(context.valueColumn))];
  }
  const out: Finding[] = [];
  if (line.figures.estimate.kind === "empty") {
    out.push(finding("budget_missing_estimate", { name: line.label }, where("estimate")));
  }
  if (context.hasActual && line.figures.actual.kind === "empty") {
    out.push(finding("budget_missing_actual", { name: line.label }, where("actual")));
  }
  return out;
}

type Judgement = { status: BudgetStatusId; finding?: Finding };

/** Revenue against the period's pro-rata estimate; spending against the whole estimate. */
function judge(line: WorkLine, context: JudgeContext): Judgement {
  const estimate = line.figures.estimate;
  const actual = line.figures.actual;
  if (context.table.kind !== "amounts" || !line.section) return { status: "recorded" };
  if (estimate.kind !== "number" || actual.kind !== "number") return { status: "recorded" };
  // A figure 1,000 times too large is not judged; its slip finding says what to fix.
  if (line.corrected.estimate !== undefined || line.corrected.actual !== undefined) {
    return { status: "recorded" };
  }
  const slack = halfUnit(actual.value, actual.decimals);
  const unit = line.unit ?? context.unit;
  const where = {
    sheet: context.table.sheet,
    cell: cellAddress(context.table, line.raw, "actual"),
  };
  const percent =
    line.percents.ofEstimate === undefined ? 0 : Number(line.percents.ofEstimate.toFixed(1));
  const params = {
    name: line.label,
    ...amountParams("actual", actual.value, unit),
    ...amountParams("estimate", estimate.value, unit),
    percent,
  };
  if (line.section === "expenditure") {
    if (actual.value <= estimate.value + slack) return { status: "within_estimate" };
    return { status: "over_estimate", finding: finding("budget_over_estimate", params, where) };
  }
  if (actual.value > estimate.value + slack) return { status: "above_estimate" };
  if (actual.value >= estimate.value - slack) return { status: "met_estimate" };
  const fraction = PERIOD_FRACTION[context.period];
  const yearEnd = fraction >= 1;
  if (!yearEnd && actual.value >= estimate.value * fraction - slack) return { status: "on_pace" };
  const behind = {
    ...params,
    pace: fraction * 100,
    period: lowerFirst(PERIOD_LABELS.vi[context.period]),
    periodEn: lowerFirst(PERIOD_LABELS.en[context.period]),
  };
  return {
    status: yearEnd ? "below_estimate" : "behind",
    finding: finding("budget_revenue_behind", behind, where),
  };
}

function hasRule(findings: readonly Finding[], rules: ReadonlySet<RuleId>): boolean {
  return findings.some((f) => rules.has(f.rule));
}

/**
 * The line's "Đánh giá": a caption gets none; then unreadable figures, missing ones, figures
 * that disagree, and last the judgement against the estimate (with its finding when behind or
 * over). Adds the missing-figure and judgement findings to the line.
 */
export function judgeLine(line: WorkLine, context: JudgeContext): BudgetStatusId {
  if (line.caption) return "caption";
  const missing = missingFindings(line, context);
  line.findings.push(...missing);
  if (hasRule(line.findings, INVALID_RULES)) return "invalid";
  if (missing.length > 0) return "missing";
  const judgement = judge(line, context);
  if (judgement.finding) line.findings.push(judgement.finding);
  if (hasRule(line.findings, MISMATCH_RULES)) return "mismatch";
  return judgement.status;
}
