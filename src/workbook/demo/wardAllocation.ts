import { findTemplateIndicator, templateIndicators } from "../../engine/templates/planIndicators";
import type { PlanTemplate, TemplateIndicator } from "../../engine/templates/types";
import type { DemoWard } from "./demoRoster";
import { decimalsOf, splitTotal } from "./splitTotal";

/** What one ward's demo sheet says and how its year goes. */
export interface DemoUnitPlan {
  /** Its targets where they are its share of the parent's, by code. */
  targets: ReadonlyMap<string, number>;
  /** Its last-year figures where they are its share of the parent's, by code. */
  baselines: ReadonlyMap<string, number>;
  form: number;
}

/** A target the parent splits among its wards: a sum, an absolute figure in both plans. */
function allocated(parent: TemplateIndicator | undefined, ward: TemplateIndicator): boolean {
  return (
    parent !== undefined &&
    ward.aggregation.rule === "sum" &&
    parent.target.value !== undefined &&
    ward.target.value !== undefined &&
    !parent.target.relative &&
    !ward.target.relative
  );
}

/**
 * Each ward's share of the parent's targets and last-year figures, by the wards' weights, so
 * that the wards' targets add up to what the parent plans (the check of a consolidation finds
 * no allocation error), and the same figure for rates and relative targets (the template's).
 */
export function wardAllocation(
  parent: PlanTemplate,
  ward: PlanTemplate,
  wards: readonly DemoWard[],
): Map<string, DemoUnitPlan> {
  const weights = wards.map((w) => w.weight);
  const targets = wards.map(() => new Map<string, number>());
  const baselines = wards.map(() => new Map<string, number>());
  for (const own of templateIndicators(ward)) {
    const theirs = findTemplateIndicator(parent, own.code);
    if (theirs?.baseline !== undefined && own.baseline !== undefined) {
      const parts = splitTotal(theirs.baseline, weights, decimalsOf(theirs.baseline));
      parts.forEach((part, i) => baselines[i].set(own.code, part));
    }
    if (!allocated(theirs, own) || theirs?.target.value === undefined) continue;
    const total = theirs.target.value;
    splitTotal(total, weights, decimalsOf(total)).forEach((part, i) =>
      targets[i].set(own.code, part),
    );
  }
  return new Map(
    wards.map((w, i) => [w.name, { targets: targets[i], baselines: baselines[i], form: w.form }]),
  );
}
