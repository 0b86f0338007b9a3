import type { PeriodId } from "../model/period";
import { STATUS_IDS, type StatusId } from "../model/status";

export type StatusCounts = Record<StatusId, number>;

export interface FieldSummary {
  field: string;
  total: number;
  counts: StatusCounts;
}

export interface Summary {
  period: PeriodId;
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

/** Counts by status overall and per field. */
export function summarize(results: readonly Judged[], period: PeriodId): Summary {
  const counts = emptyCounts();
  const fields = new Map<string, FieldSummary>();
  for (const { status, indicator } of results) {
    counts[status] += 1;
    const name = indicator.field ?? NO_FIELD;
    let field = fields.get(name);
    if (!field) {
      field = { field: name, total: 0, counts: emptyCounts() };
      fields.set(name, field);
    }
    field.total += 1;
    field.counts[status] += 1;
  }
  return { period, total: results.length, counts, byField: [...fields.values()] };
}
