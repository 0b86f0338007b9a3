import type { IndicatorResult } from "../../engine/check/checkPlan";
import { isYearEnd } from "../../engine/model/period";
import type { Summary } from "../../engine/report/summarize";

export interface ChartRow {
  field: string;
  indicators: number;
  met: number;
  /** Share of indicators met, in percent, one decimal. */
  metShare: number;
  /** Mean % KH of the field's indicators that have one; null when none has. */
  averagePercent: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The data of the "% KH by field" chart: one row per field, in plan order. The pane's chart
 * sheet and the Word report draw the same rows.
 */
export function chartTable(summary: Summary, results: readonly IndicatorResult[]): ChartRow[] {
  const yearEnd = isYearEnd(summary.period);
  return summary.byField.map(({ field, total, counts }) => {
    const percents = results
      .filter((r) => (r.indicator.field ?? "") === field && r.percent !== undefined)
      .map((r) => r.percent as number);
    const met = counts.exceeded + counts.achieved + (yearEnd ? 0 : counts.on_track);
    return {
      field,
      indicators: total,
      met,
      metShare: total === 0 ? 0 : round1((met / total) * 100),
      averagePercent:
        percents.length === 0
          ? null
          : round1(percents.reduce((a, b) => a + b, 0) / percents.length),
    };
  });
}
