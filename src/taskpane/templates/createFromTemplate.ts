import type { Language } from "../../engine/model/status";
import type { TemplateId } from "../../engine/templates/types";
import type { WorkbookGateway } from "../../hosts/gateway";
import { templateChanges } from "../../workbook/templates/templateChanges";
import { step } from "../gateway/paneError";

export interface TemplateOrder {
  template: TemplateId;
  unit: string;
  year: number;
  subUnits: string[];
  lang: Language;
}

/** Writes a template's sheets beside the existing ones; returns the names of the new sheets. */
export async function createFromTemplate(
  gateway: WorkbookGateway,
  order: TemplateOrder,
): Promise<string[]> {
  const listing = await step("read", () => gateway.listSheets());
  const { sheets, changes } = templateChanges({
    ...order,
    existingSheets: listing.map((s) => s.name),
  });
  await step("write", () => gateway.apply({ changes }));
  return sheets;
}
