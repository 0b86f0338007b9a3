import { isYearEnd } from "../../engine/model/period";
import type { WorkbookGateway } from "../../hosts/gateway";
import { uniqueSheetName } from "../../workbook/templates/sheetName";
import type { WorkbookCheck } from "../../workbook/check/checkWorkbook";
import { step } from "../gateway/paneError";
import type { Messages } from "../i18n/messages";
import { en } from "../i18n/en";
import { vi } from "../i18n/vi";
import { chartSheetChanges } from "./chartSheetChanges";
import { chartTable } from "./chartTable";

/** What A1 of the add-in's own chart sheet holds: its note, or its title as written before. */
const OWN_CORNERS = new Set([
  vi.report.chartNote,
  en.report.chartNote,
  vi.report.chartTitle,
  en.report.chartTitle,
]);

/**
 * Writes the chart table for the last check. The sheet is replaced only when it is the
 * add-in's own (its A1 holds the chart's note, or its title as earlier versions wrote it); a
 * user's sheet of that name is left alone and the table goes to "Biểu đồ % KH (2)". Returns the
 * sheet written.
 */
export async function insertChartTable(
  gateway: WorkbookGateway,
  check: WorkbookCheck,
  t: Messages,
): Promise<string> {
  const wanted = t.report.chartSheet;
  const listing = await step("read", () => gateway.listSheets());
  const names = listing.map((s) => s.name);
  const existing = names.find((n) => n.toLocaleLowerCase("vi") === wanted.toLocaleLowerCase("vi"));
  let sheet = wanted;
  let replace = false;
  if (existing) {
    const snapshot = await step("read", () => gateway.read({ sheets: [existing] }));
    const own = snapshot.sheets.find((s) => s.name === existing);
    const corner =
      own && own.origin.row === 1 && own.origin.column === 1 ? own.values[0]?.[0] : undefined;
    if (typeof corner === "string" && OWN_CORNERS.has(corner.trim())) {
      sheet = existing;
      replace = true;
    } else {
      sheet = uniqueSheetName(wanted, names);
    }
  }
  const results = check.results;
  const rows = chartTable(check.summary, results);
  const unit = check.sheets.flatMap((s) => s.tables.map((c) => c.table.unit)).find(Boolean);
  const heading = { period: check.summary.period, ...(unit ? { unit } : {}) };
  const yearEnd = isYearEnd(check.summary.period);
  await step("write", () =>
    gateway.apply({
      changes: chartSheetChanges({ sheet, replace }, rows, t, yearEnd, heading),
    }),
  );
  return sheet;
}
