import type { UnitIndicator, UnitPlan } from "../../engine/consolidate/types";
import type { PlanTable } from "../planTable";

interface Checked {
  table: PlanTable;
  plan: UnitPlan;
  source: string;
}

function measured(indicator: UnitIndicator, measure: string): UnitIndicator {
  return {
    ...indicator,
    name: `${indicator.name} (${measure})`,
    ...(indicator.code === undefined ? {} : { code: `${indicator.code} (${measure})` }),
  };
}

/**
 * A sheet's measure groups ("Sản lượng", "Giá trị sản xuất") are one unit's indicators measured
 * several ways, never several units: they become one unit whose indicators carry their
 * measure, so tonnes are rolled up with tonnes and money with money.
 */
export function joinMeasures<T extends Checked>(checked: readonly T[]): T[] {
  const out: T[] = [];
  const joined = new Map<string, T>();
  for (const item of checked) {
    const measure = item.table.group?.kind === "measure" ? item.table.measure : undefined;
    if (measure === undefined) {
      out.push(item);
      continue;
    }
    const indicators = item.plan.indicators.map((i) => measured(i, measure));
    const first = joined.get(item.source);
    if (first) {
      first.plan.indicators.push(...indicators);
      first.plan.findings.push(...item.plan.findings);
      continue;
    }
    const unit: T = {
      ...item,
      plan: { ...item.plan, indicators, findings: [...item.plan.findings] },
    };
    joined.set(item.source, unit);
    out.push(unit);
  }
  return out;
}
