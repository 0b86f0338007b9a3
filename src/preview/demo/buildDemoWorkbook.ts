import { PERIOD_LABELS, type PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { getTemplate } from "../../engine/templates/catalogue";
import type { WorkbookGateway } from "../../hosts/gateway";
import { templateChanges } from "../../workbook/templates/templateChanges";
import { demoWards } from "../../workbook/demo/demoRoster";
import { fillDemoFigures } from "../../workbook/demo/fillDemoFigures";
import { wardAllocation } from "../../workbook/demo/wardAllocation";
import { periodLineChange } from "./periodLine";

export interface DemoRequest {
  unit: string;
  wards: string[];
  year: number;
  period: PeriodId;
  lang: Language;
}

/**
 * The preview's sample workbook, made from the templates as a planner would have it at a
 * mid-year report: the district plan and its wards' plans, with the figures to date and the
 * year's estimates typed in; the wards' targets are their shares of the district's. Returns the sheets made, the district's first.
 */
export async function buildDemoWorkbook(
  gateway: WorkbookGateway,
  request: DemoRequest,
): Promise<string[]> {
  const made = templateChanges({
    template: "district-plan",
    unit: request.unit,
    year: request.year,
    subUnits: request.wards,
    lang: request.lang,
  });
  await gateway.apply({ changes: made.changes });
  const blank = await gateway.read({ sheets: made.sheets });
  const district = [getTemplate("district-plan"), getTemplate("ward-plan")];
  const ward = [getTemplate("ward-plan"), getTemplate("district-plan")];
  // The wards' targets are their shares of the district's: they add up to what it plans.
  const shares = wardAllocation(district[0], ward[0], demoWards(request.wards));
  const label = PERIOD_LABELS[request.lang][request.period];
  const figures = blank.sheets.flatMap((sheet) => {
    const index = made.sheets.indexOf(sheet.name);
    const plan = index === 0 ? undefined : shares.get(request.wards[index - 1]);
    return [
      ...periodLineChange(sheet, label),
      ...fillDemoFigures(sheet, index === 0 ? district : ward, request.period, index, plan),
    ];
  });
  await gateway.apply({ changes: [...figures, { kind: "activate", sheet: made.sheets[0] }] });
  return made.sheets;
}
