import type { Language } from "../../engine/model/status";
import { findTemplateIndicator } from "../../engine/templates/planIndicators";
import type { AllocationTemplate, PlanTemplate } from "../../engine/templates/types";
import type { Change } from "../changeSet";
import { allocationSheetChanges } from "../templates/allocationSheet";
import type { DemoUnitPlan } from "./wardAllocation";

/**
 * The parent's allocation sheet ("GIAO CHỈ TIÊU CHO CÁC ĐƠN VỊ NĂM 2023"): each target it split
 * among its wards, with every ward's share, as the demo's ward plans carry them.
 */
export function demoAllocationSheet(
  parent: PlanTemplate,
  unit: string,
  year: number,
  shares: ReadonlyMap<string, DemoUnitPlan>,
  options: { sheet: string; after?: string; lang?: Language },
): Change[] {
  const wards = [...shares.keys()];
  const codes = [...new Set([...shares.values()].flatMap((plan) => [...plan.targets.keys()]))];
  const allocations = codes.flatMap((code) => {
    const indicator = findTemplateIndicator(parent, code);
    if (!indicator || indicator.target.value === undefined) return [];
    return [
      {
        code,
        name: indicator.name,
        unit: indicator.unit,
        targetText: indicator.targetText,
        target: indicator.target,
        shares: wards.map((name) => ({ name, value: shares.get(name)?.targets.get(code) ?? 0 })),
      },
    ];
  });
  const template: AllocationTemplate = {
    kind: "allocation",
    id: "target-allocation",
    level: "allocation",
    title: { vi: "Giao chỉ tiêu", en: "Target allocation" },
    description: { vi: "", en: "" },
    parentUnit: unit,
    year,
    allocations,
  };
  return allocationSheetChanges(template, { ...options, unit, year });
}
