import type { Workbook, WorkbookView, WorksheetView } from "exceljs";

/** A sheet view as ExcelJS reads and writes it; its typings lack tabSelected. */
type SheetView = Partial<WorksheetView> & { tabSelected?: boolean; activeCell?: string };

/**
 * The active sheet lives in two places of an .xlsx: the workbook view's activeTab (an index into
 * the tab order) and each sheet view's tabSelected flag. Both are kept in step here; more than
 * one selected tab would open the workbook with sheets grouped, where typing edits them all.
 */

export function activeSheetName(workbook: Workbook): string | undefined {
  const sheets = workbook.worksheets;
  const tab = workbook.views?.[0]?.activeTab ?? 0;
  return (sheets[tab] ?? sheets[0])?.name;
}

/** Makes `name` the active sheet, with `cell` its active cell when given. */
export function setActiveSheet(workbook: Workbook, name: string, cell?: string): void {
  const sheets = workbook.worksheets;
  const index = sheets.findIndex((s) => s.name === name);
  if (index < 0) return;
  const current: Partial<WorkbookView> = workbook.views?.[0] ?? {
    x: 0,
    y: 0,
    width: 12000,
    height: 24000,
    visibility: "visible",
  };
  const firstSheet = Math.min(current.firstSheet ?? 0, index);
  workbook.views = [
    { ...current, activeTab: index, firstSheet } as WorkbookView,
    ...(workbook.views ?? []).slice(1),
  ];
  sheets.forEach((sheet, i) => {
    const [view = {}, ...rest] = sheet.views ?? [];
    const selected = i === index;
    // ExcelJS writes the selection only for a view with a state.
    const next: SheetView = { state: "normal", ...view, tabSelected: selected };
    if (selected && cell) next.activeCell = cell;
    sheet.views = [next, ...rest];
  });
}

/** The first visible sheet other than `except`, where the active tab can move to. */
export function firstVisibleSheet(workbook: Workbook, except?: string): string | undefined {
  return workbook.worksheets.find((s) => s.name !== except && (s.state ?? "visible") === "visible")
    ?.name;
}
