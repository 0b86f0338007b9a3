import type { PeriodId } from "../model/period";
import { STATUS_IDS, isJudged, type StatusId } from "../model/status";

export type StatusCounts = Record<StatusId, number>;

export interface FieldSummary {
  field: string;
  /** Judged indicators: rows with no plan or from a unit that did not report are left out. */
  total: number;
  counts: StatusCounts;
}

export interface Summary {
  period: PeriodId;
  /** Judged indicators ("x/y chỉ tiêu"); `counts` still holds the unjudged ones apart. */
  total: number;
  counts: StatusCounts;
  /** Per field, in the order fields first appear. */
  byField: FieldSummary[];
}

interface Judged {
  status: StatusId;
  indicator: { field?: string };
}

export const NO_FIELD = "";

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUS_IDS.map((id) => [id, 0])) as StatusCounts;
}

/** Counts by status overall and per field; only judged rows count toward the totals. */
export function summarize(results: readonly Judged[], period: PeriodId): Summary {
  const counts = emptyCounts();
  const fields = new Map<string, FieldSummary>();
  let total = 0;
  for (const { status, indicator } of results) {
    counts[status] += 1;
    if (!isJudged(status)) continue;
    total += 1;
    const name = indicator.field ?? NO_FIELD;
    let field = fields.get(name);
    if (!field) {
      field = { field: name, total: 0, counts: emptyCounts() };
      fields.set(name, field);
    }
    field.total += 1;
    field.counts[status] += 1;
  }
  return { period, total, counts, byField: [...fields.values()] };
}
