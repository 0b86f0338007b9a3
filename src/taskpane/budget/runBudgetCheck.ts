import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import type { WorkbookGateway } from "../../hosts/gateway";
import {
  checkBudgetWorkbook,
  type BudgetWorkbookCheck,
} from "../../workbook/budget/check/checkBudgetWorkbook";
import type { CheckStep } from "../check/runCheck";
import { yieldToBrowser } from "../check/yieldToBrowser";
import { step } from "../gateway/paneError";
import type { CheckScope } from "../settings/settings";
import { withChartSheet } from "./chartSheetRead";
import { wroteOwnedColumns } from "./wroteColumns";

export interface BudgetRequest {
  scope: CheckScope;
  /** Undefined: the period each table's title gives (the whole year when it gives none). */
  period?: PeriodId;
  highlight: boolean;
  lang: Language;
  /** Check these sheets (read by name), whatever the scope: a re-check after an edit. */
  sheets?: string[];
  /** False: read and check, write nothing (a co-author's edit: their pane writes). */
  write?: boolean;
}

export interface BudgetOutcome {
  check: BudgetWorkbookCheck;
  /** The sheets asked for: the active one, or every sheet read. */
  sheets: string[];
  /** True when the chart sheet written replaced the one an earlier check wrote. */
  chartReplaced: boolean;
  /** Whether anything was written into the workbook. */
  written: boolean;
  /** Whether something was written into the tables' owned columns ("Đã ghi cột …"). */
  columnsWritten: boolean;
  /** Whether the owned columns, colours and notes were asked for (the highlight switch). */
  highlighted: boolean;
}

/**
 * One budget check: a read, the engine, one write. On Office, the active sheet is one request
 * (two once it holds notes), then, when there is a chart to write, one to list the sheets and
 * one to read an earlier chart sheet, so that a second check replaces it rather than adding
 * "Biểu đồ ngân sách (2)" (see chartSheetRead.ts); every sheet is two requests. The write is
 * two (the probe for the chart sheet and the notes, then the changes).
 */
export async function runBudgetCheck(
  gateway: WorkbookGateway,
  request: BudgetRequest,
  onStep: (step: CheckStep) => void = () => undefined,
): Promise<BudgetOutcome> {
  onStep("reading");
  await yieldToBrowser();
  const pinned = request.sheets;
  const active = request.scope === "active" && !pinned;
  const read = await step("read", () =>
    gateway.read(pinned ? { sheets: pinned } : active ? { activeSheet: true } : {}),
  );
  const sheets = pinned
    ? read.sheets.map((s) => s.name)
    : active && read.activeSheet
      ? [read.activeSheet]
      : read.sheets.filter((s) => s.visibility !== "veryHidden").map((s) => s.name);
  const options = {
    lang: request.lang,
    highlight: request.highlight,
    sheets,
    ...(request.period ? { period: request.period } : {}),
  };

  onStep("checking");
  await yieldToBrowser();
  let check = checkBudgetWorkbook(read, options);
  // Only some sheets read: the chart sheet of an earlier check is looked for apart.
  if ((active || pinned) && check.chartSheet !== undefined) {
    const widened = await withChartSheet(gateway, read);
    check = checkBudgetWorkbook(widened, options);
  }

  const changes = check.changes.changes;
  const chartReplaced = changes.some((c) => c.kind === "deleteOwnSheet");
  const written = changes.length > 0 && request.write !== false;
  if (written) {
    onStep("writing");
    await yieldToBrowser();
    await step("write", () => gateway.apply(check.changes));
  }
  const columnsWritten = written && wroteOwnedColumns(changes, check.chartSheet);
  return { check, sheets, chartReplaced, written, columnsWritten, highlighted: request.highlight };
}
