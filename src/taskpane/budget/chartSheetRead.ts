import type { WorkbookGateway } from "../../hosts/gateway";
import { sameSheetName } from "../../workbook/templates/sheetName";
import { mayBeBudgetChartSheet } from "../../workbook/budget/write/budgetChartSheet";
import { emptySheet, type WorkbookSnapshot } from "../../workbook/snapshot";
import { step } from "../gateway/paneError";

/**
 * Widens a read of the active sheet with what placing the chart sheet needs: every sheet's name
 * (one request), and the sheets named like a chart sheet in either language, when there are
 * any, read by name (one more) so that their notice tells the add-in's own sheets, which the
 * check replaces, from the user's, which it leaves alone. The other sheets come in as empty sheets, for their names only: the
 * check is told to check the active sheet alone. Listing first costs a request on a first check,
 * but reading a name that isn't there can cost three (hosts that refuse a null object).
 */
export async function withChartSheet(
  gateway: WorkbookGateway,
  snapshot: WorkbookSnapshot,
): Promise<WorkbookSnapshot> {
  const listing = await step("read", () => gateway.listSheets());
  const has = (sheets: WorkbookSnapshot["sheets"], name: string) =>
    sheets.some((s) => sameSheetName(s.name, name));
  const candidates = listing
    .filter((s) => mayBeBudgetChartSheet(s.name) && !has(snapshot.sheets, s.name))
    .map((s) => s.name);
  const chart =
    candidates.length > 0
      ? (await step("read", () => gateway.read({ sheets: candidates, skipNotes: true }))).sheets
      : [];
  const sheets = [...snapshot.sheets, ...chart];
  for (const { name, visibility } of listing) {
    if (!has(sheets, name)) sheets.push({ ...emptySheet(name), visibility });
  }
  return { ...snapshot, sheets };
}
