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
  const indicators = named.map((indicator, i) => ({
    ...indicator,
    status: check.results[i].status,
  }));
  return {
    unit,
    ...(sheet === undefined ? {} : { sheet }),
    indicators,
    findings: check.findings,
  };
}
