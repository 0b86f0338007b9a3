import { isYearEnd } from "../../engine/model/period";
import type { StatusCounts, Summary } from "../../engine/report/summarize";

export interface FieldProgress {
  /** "" when the indicators have no field. */
  field: string;
  total: number;
  /** Achieved or exceeded; mid-year, on track too (as the report sentence counts them). */
  met: number;
  /** met / total, 0–1. */
  share: number;
}

export function metCount(counts: StatusCounts, yearEnd: boolean): number {
  return counts.exceeded + counts.achieved + (yearEnd ? 0 : counts.on_track);
}

/** Each field's share of indicators met, in the order fields appear in the plan. */
export function fieldProgress(summary: Summary): FieldProgress[] {
  const yearEnd = isYearEnd(summary.period);
  return summary.byField.map(({ field, total, counts }) => {
    const met = metCount(counts, yearEnd);
    return { field, total, met, share: total === 0 ? 0 : met / total };
  });
}
