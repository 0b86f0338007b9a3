import { BUDGET_TABLE } from "./budgetTable";
import { DISTRICT_PLAN } from "./districtPlan";
import { PROVINCE_PLAN } from "./provincePlan";
import { TARGET_ALLOCATION } from "./targetAllocation";
import { TEMPLATE_IDS } from "./types";
import type { Template, TemplateById, TemplateId } from "./types";
import { WARD_PLAN } from "./wardPlan";

const BY_ID: TemplateById = {
  "district-plan": DISTRICT_PLAN,
  "province-plan": PROVINCE_PLAN,
  "ward-plan": WARD_PLAN,
  "target-allocation": TARGET_ALLOCATION,
  budget: BUDGET_TABLE,
};

/** Every template, in the order the task pane and `chitieu templates` list them. */
export const TEMPLATES: readonly Template[] = TEMPLATE_IDS.map((id) => BY_ID[id]);

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value);
}

/** The template with this id, typed by its kind. */
export function getTemplate<Id extends TemplateId>(id: Id): TemplateById[Id] {
  return BY_ID[id];
}

/** The template for an id typed by a user (command line), or undefined. */
export function findTemplate(id: string): Template | undefined {
  const trimmed = id.trim();
  return isTemplateId(trimmed) ? BY_ID[trimmed] : undefined;
}
