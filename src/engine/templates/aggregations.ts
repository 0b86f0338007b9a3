import type { Aggregation } from "../model/aggregation";

/** Counts and money: the parent's figure is the sum of the sub-units'. */
export const SUM: Aggregation = { rule: "sum" };

/** Rates with no better weight: the plain mean of the sub-units' rates. */
export const MEAN: Aggregation = { rule: "mean" };

/** Milestones: done for the parent when every sub-unit has done it. */
export const ALL: Aggregation = { rule: "all" };

/** Parent-only indicators: sub-units do not report them. */
export const NONE: Aggregation = { rule: "none" };

/** Rates: the mean of the sub-units' rates weighted by another indicator (population…). */
export function weightedBy(weightCode: string): Aggregation {
  return { rule: "weighted_mean", weightCode };
}
