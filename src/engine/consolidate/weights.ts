import type { ActualValue } from "../model/indicator";
import type { FigureColumn, UnitIndicator } from "./types";

function numberOf(value: ActualValue | undefined): number | undefined {
  return value?.kind === "number" ? value.value : undefined;
}

/**
 * A sub-unit's weight for one column of a weighted mean: the weight indicator's figure of the
 * same column, falling back to its actual, then its target (a population's plan figure is
 * weight enough when no actual was typed).
 */
export function weightValue(
  weight: UnitIndicator | undefined,
  column: FigureColumn,
): number | undefined {
  if (!weight) return undefined;
  const actual = numberOf(weight.actual);
  const forecast = numberOf(weight.forecast);
  const target = weight.target?.value;
  switch (column) {
    case "actual":
      return actual ?? forecast ?? target;
    case "forecast":
      return forecast ?? actual ?? target;
    case "baseline":
      return weight.baseline ?? actual ?? target;
    case "target":
      return target ?? actual ?? forecast;
  }
}
