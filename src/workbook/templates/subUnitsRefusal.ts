import type { Language } from "../../engine/model/status";
import type { TemplateId } from "../../engine/templates/types";

const BUDGET_HAS_NO_SUB_UNITS: Record<Language, string> = {
  vi:
    "Mẫu ngân sách là bảng thu, chi của một đơn vị, không chia cột theo đơn vị cấp dưới. " +
    "Hãy bỏ danh sách đơn vị cấp dưới, rồi tạo riêng một trang ngân sách cho từng đơn vị.",
  en:
    "The budget template is one unit's revenue and spending table, with no column per " +
    "sub-unit. Leave the sub-units out, and make one budget sheet for each unit instead.",
};

/**
 * Why a template refuses these sub-units, or undefined when it takes them. Plans make a sheet
 * per sub-unit and the allocation a column per sub-unit; the budget table belongs to one unit,
 * so sub-units given with it are refused rather than silently dropped.
 */
export function subUnitsRefusal(
  template: TemplateId,
  subUnits: readonly string[],
  lang: Language,
): string | undefined {
  if (template !== "budget" || subUnits.length === 0) return undefined;
  return BUDGET_HAS_NO_SUB_UNITS[lang];
}
