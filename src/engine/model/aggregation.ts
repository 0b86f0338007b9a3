/** How sub-unit figures roll up into the parent's (consolidation comes in a later issue). */
export type Aggregation =
  | { rule: "sum" }
  | { rule: "mean" }
  | { rule: "weighted_mean"; weightCode: string }
  | { rule: "min" }
  | { rule: "max" }
  | { rule: "all" }
  | { rule: "none" };

export type AggregationRule = Aggregation["rule"];
