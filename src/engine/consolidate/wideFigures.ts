import type { FigureColumn, UnitIndicator } from "./types";

export const WIDE_COLUMNS: readonly FigureColumn[] = ["baseline", "target", "actual", "forecast"];

/** A group's figure in one column of a wide sheet, as a number (a target by its level). */
export function figureIn(indicator: UnitIndicator, column: FigureColumn): number | undefined {
  switch (column) {
    case "baseline":
      return indicator.baseline;
    case "target":
      return indicator.target?.value;
    case "actual":
    case "forecast": {
      const value = indicator[column];
      return value?.kind === "number" ? value.value : undefined;
    }
  }
}
