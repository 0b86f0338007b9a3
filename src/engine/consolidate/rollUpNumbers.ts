import type { AggregationRule } from "../model/aggregation";

/** The rules that combine figures (not "all", which combines milestones, nor "none"). */
export type NumericRule = Exclude<AggregationRule, "all" | "none">;

export interface Part {
  value: number;
  /** Required by weighted_mean. */
  weight?: number;
}

/** Sum, mean, weighted mean, min or max of the parts; undefined when there is nothing to combine. */
export function rollUpNumbers(rule: NumericRule, parts: readonly Part[]): number | undefined {
  if (parts.length === 0) return undefined;
  const values = parts.map((p) => p.value);
  switch (rule) {
    case "sum":
      return values.reduce((a, b) => a + b, 0);
    case "mean":
      return values.reduce((a, b) => a + b, 0) / values.length;
    case "min":
      return Math.min(...values);
    case "max":
      return Math.max(...values);
    case "weighted_mean": {
      const total = parts.reduce((a, p) => a + (p.weight ?? 0), 0);
      if (total === 0) return undefined;
      return parts.reduce((a, p) => a + p.value * (p.weight ?? 0), 0) / total;
    }
  }
}
