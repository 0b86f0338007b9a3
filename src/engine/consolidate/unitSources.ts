import type { Aggregation } from "../model/aggregation";
import type { MatchedIndicator } from "./matchIndicators";
import { rollUpColumn } from "./rollUpColumn";
import type { ConsolidatedUnit, SourceFigure } from "./types";

const NONE: Aggregation = { rule: "none" };

/** Every figure the sub-units gave for an indicator that is not rolled up: listed, not used. */
export function unusedSources(
  match: MatchedIndicator,
  units: readonly ConsolidatedUnit[],
): SourceFigure[] {
  const context = {
    match,
    units,
    rule: NONE,
    excluded: [],
    expectAll: false,
    absent: [],
    label: "",
  };
  return (["actual", "forecast", "baseline"] as const).flatMap(
    (column) => rollUpColumn(context, column).sources,
  );
}
