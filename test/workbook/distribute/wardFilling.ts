import type { CompiledRow } from "../../../src/engine/distribute";
import { PERIOD_FRACTION, type PeriodId } from "../../../src/engine/model/period";
import type { WardWorkbook } from "../../../src/workbook/distribute/wardWorkbook";

/** What a ward types in one cell: a value, or "=…" for an Excel error made by a formula. */
export type Typed = number | string | boolean | null;

/** The cells a ward fills in its report sheet, by A1 address. */
export type Filling = Record<string, Typed>;

/** How a ward's year is going: most on pace, some ahead, some behind or far behind. */
const PACE = [1.08, 1, 0.97, 0.93, 0.8, 1.2, 0.5, 1.03, 0.99, 0.91, 1.5, 0.7];

/** The states a milestone row gets, in turn. */
const STATES = ["Hoàn thành", "Đang thực hiện", "Chưa hoàn thành", "hoàn thành"];

/** Slips a hurried clerk makes, one per kind, on the rows they land on. */
const SLIPS: Array<(row: CompiledRow, level: number) => Typed> = [
  () => "đang tổng hợp",
  (_row, level) => -Math.abs(Math.round(level) || 3),
  (_row, level) => Math.round(level * 1000),
  (row) => (row.entry.kind === "figure" && row.entry.max === 100 ? 150 : null),
  () => "=1/0",
];

function typed(value: number): number {
  return Number(value.toPrecision(6));
}

/** The level a row's figure is aimed at: its pace for the period, the goal, or a plain 100. */
function level(row: CompiledRow, period: PeriodId): number {
  const goal = row.profile.asFigure?.goal ?? row.profile.profile.goal;
  if (!goal) return 100;
  const fraction = row.profile.indicator.cumulative ? PERIOD_FRACTION[period] : 1;
  return goal.meet * fraction;
}

export interface FillPlan {
  /** Shift the pace by the ward's index, so that wards differ. */
  ward: number;
  period: PeriodId;
  /** Put a slip on every `slipEvery`-th row (0: none). */
  slipEvery: number;
  /** Leave every `blankEvery`-th row blank (0: none). */
  blankEvery: number;
}

/**
 * What a ward types in its distributed workbook, as a clerk would: figures near the pace, some
 * ahead, some behind, states for milestones, last year's figure where asked (once forgotten),
 * an estimate for the year, and a few slips.
 */
export function fillWard(book: WardWorkbook, plan: FillPlan): Filling {
  const out: Filling = {};
  const { layout } = book;
  // A clerk who slips also forgets one of last year's figures, on some wards.
  let forgotBaseline = plan.slipEvery > 0 && plan.ward % 3 !== 0;
  layout.compiled.forEach((row, i) => {
    const r = layout.rows[i];
    const n = i + plan.ward * 5;
    if (row.typedBaseline) {
      const target = row.profile.indicator.target;
      if (forgotBaseline) forgotBaseline = false;
      else
        out[`H${r}`] = typed(
          target?.kind === "decrease" ? 300 + plan.ward * 11 : 900 + plan.ward * 37,
        );
    }
    if (plan.blankEvery > 0 && n % plan.blankEvery === plan.blankEvery - 1) return;
    const aim = level(row, plan.period);
    let actual: Typed;
    let forecast: Typed;
    if (row.entry.kind === "state") {
      actual = STATES[n % STATES.length];
      forecast = STATES[(n + 1) % STATES.length];
    } else {
      const pace = PACE[n % PACE.length];
      const lower =
        row.profile.profile.goal?.lowerIsBetter === true ||
        row.profile.indicator.target?.kind === "decrease";
      const factor = lower ? 2 - pace : pace;
      const cap = row.entry.max ?? Number.POSITIVE_INFINITY;
      actual = Math.min(cap, typed(aim * factor));
      const yearLevel = aim / (row.profile.indicator.cumulative ? PERIOD_FRACTION[plan.period] : 1);
      forecast = Math.min(cap, typed(yearLevel * (factor + 0.03)));
    }
    if (plan.slipEvery > 0 && n % plan.slipEvery === 0) {
      const slip = SLIPS[(n / plan.slipEvery) % SLIPS.length];
      const value = slip(row, aim);
      if (value !== null) {
        if (n % 2 === 0) actual = value;
        else forecast = value;
      }
    }
    // At year end one row in nine has no actual yet: judged on the estimate.
    if (plan.period === "year" && n % 9 === 4) actual = null;
    out[`K${r}`] = actual;
    out[`L${r}`] = forecast;
  });
  return out;
}
