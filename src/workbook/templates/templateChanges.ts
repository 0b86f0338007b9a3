import type { Language } from "../../engine/model/status";
import { getTemplate } from "../../engine/templates/catalogue";
import type { TemplateId } from "../../engine/templates/types";
import type { Change } from "../changeSet";
import { allocationSheetChanges } from "./allocationSheet";
import { budgetSheetChanges } from "./budgetSheet";
import { planSheetChanges } from "./planSheet";
import { uniqueSheetName } from "./sheetName";

export interface TemplateRequest {
  template: TemplateId;
  unit: string;
  year: number;
  /**
   * Sub-units: a sheet each from the ward template (plans), or a column each (allocation).
   * The budget template has none: see `subUnitsRefusal`.
   */
  subUnits?: string[];
  lang?: Language;
  /** Sheets already in the workbook: new sheets never take their names. */
  existingSheets?: string[];
}

export interface TemplateOutput {
  sheets: string[];
  changes: Change[];
}

const SHORT: Record<Language, { plan: string; allocation: string; budget: string }> = {
  vi: { plan: "KH", allocation: "Giao CT", budget: "Ngân sách" },
  en: { plan: "Plan", allocation: "Allocation", budget: "Budget" },
};

/** The change set that writes a template's sheets, named so that no existing sheet is touched. */
export function templateChanges(request: TemplateRequest): TemplateOutput {
  const lang = request.lang ?? "vi";
  const taken = [...(request.existingSheets ?? [])];
  const sheets: string[] = [];
  const changes: Change[] = [];
  const name = (wanted: string) => {
    const sheet = uniqueSheetName(wanted, taken);
    taken.push(sheet);
    sheets.push(sheet);
    return sheet;
  };
  const { unit, year } = request;
  const template = getTemplate(request.template);
  const short = SHORT[lang];
  switch (template.kind) {
    case "plan": {
      // The unit's own sheet first, always; then one ward-template sheet per sub-unit.
      changes.push(
        ...planSheetChanges(template, {
          sheet: name(`${short.plan} ${year} - ${unit}`),
          unit,
          year,
          lang,
        }),
      );
      const subUnits = request.subUnits ?? [];
      const wardTemplate = getTemplate("ward-plan");
      for (const subUnit of subUnits) {
        changes.push(
          ...planSheetChanges(wardTemplate, {
            sheet: name(`${short.plan} ${year} - ${subUnit}`),
            unit: subUnit,
            year,
            lang,
          }),
        );
      }
      break;
    }
    case "allocation":
      changes.push(
        ...allocationSheetChanges(template, {
          sheet: name(`${short.allocation} ${year} - ${unit}`),
          unit,
          year,
          lang,
          ...(request.subUnits && request.subUnits.length > 0
            ? { subUnits: request.subUnits }
            : {}),
        }),
      );
      break;
    case "budget":
      changes.push(
        ...budgetSheetChanges(template, {
          sheet: name(`${short.budget} ${year} - ${unit}`),
          unit,
          year,
          lang,
        }),
      );
      break;
  }
  return { sheets, changes };
}
