import type { PlanTemplate, TemplateIndicator } from "./types";

/** A plan template's indicators in sheet order, fields flattened. */
export function templateIndicators(plan: PlanTemplate): TemplateIndicator[] {
  return plan.fields.flatMap((field) => field.indicators);
}

/** The plan template's indicator with this code, or undefined. */
export function findTemplateIndicator(
  plan: PlanTemplate,
  code: string,
): TemplateIndicator | undefined {
  return templateIndicators(plan).find((indicator) => indicator.code === code);
}
