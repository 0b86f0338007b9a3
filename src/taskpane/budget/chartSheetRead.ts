import type { WorkbookGateway } from "../../hosts/gateway";
import type { Language } from "../../engine/model/status";
import { BUDGET_CHART_WORDS } from "../../workbook/budget/write/budgetChartSheet";
import { emptySheet, type WorkbookSnapshot } from "../../workbook/snapshot";
import { step } from "../gateway/paneError";

const same = (a: string, b: string) => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

/**
 * Widens a read of the active sheet with what placing the chart sheet needs: every sheet's name
 * (one request), and the sheet of the chart's name, when there is one, read by name (one more)
 * so that its notice tells the add-in's own sheet, which the check replaces, from the user's,
 * which it leaves alone. The other sheets come in as empty sheets, for their names only: the
 * check is told to check the active sheet alone. Listing first costs a request on a first check,
 * but reading a name that isn't there can cost three (hosts that refuse a null object).
 */
export async function withChartSheet(
  gateway: WorkbookGateway,
  snapshot: WorkbookSnapshot,
  lang: Language,
): Promise<WorkbookSnapshot> {
  const wanted = BUDGET_CHART_WORDS[lang].sheet;
  const listing = await step("read", () => gateway.listSheets());
  const has = (sheets: WorkbookSnapshot["sheets"], name: string) =>
    sheets.some((s) => same(s.name, name));
  const existing = listing.find((s) => same(s.name, wanted));
  const chart =
    existing && !has(snapshot.sheets, existing.name)
      ? (await step("read", () => gateway.read({ sheets: [existing.name], skipNotes: true })))
          .sheets
      : [];
  const sheets = [...snapshot.sheets, ...chart];
  for (const { name, visibility } of listing) {
    if (!has(sheets, name)) sheets.push({ ...emptySheet(name), visibility });
  }
  return { ...snapshot, sheets };
}
