import type { PlanCheck } from "../check/checkPlan";
import { withParentNames, type RowPlace } from "./parentNames";
import type { UnitPlan } from "./types";

/**
 * A sub-unit's plan from its checked table: the indicators with their statuses, and the
 * table's findings. Give `places` (the reader's rows) when the sheet numbers instead of coding.
 */
export function unitPlanFromCheck(
  unit: string,
  check: PlanCheck,
  sheet?: string,
  places: readonly RowPlace[] = [],
): UnitPlan {
  const named = withParentNames(
    check.results.map((r) => r.indicator),
    places,
  );
  const indicators = named.map((indicator, i) => {
    const suspectCells = check.results[i].findings.flatMap((f) =>
      f.rule === "implausible_magnitude" && f.cell !== undefined ? [f.cell] : [],
    );
    return {
      ...indicator,
      status: check.results[i].status,
      ...(suspectCells.length > 0 ? { suspectCells } : {}),
    };
  });
  return {
    unit,
    ...(sheet === undefined ? {} : { sheet }),
    indicators,
    findings: check.findings,
  };
}
