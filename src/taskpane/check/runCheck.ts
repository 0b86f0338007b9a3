import type { PeriodId } from "../../engine/model/period";
import type { Language } from "../../engine/model/status";
import { checkWorkbook, type WorkbookCheck } from "../../workbook/check/checkWorkbook";
import type { WorkbookGateway } from "../../hosts/gateway";
import { step } from "../gateway/paneError";
import type { CheckScope } from "../settings/settings";
import { yieldToBrowser } from "./yieldToBrowser";

export type CheckStep = "reading" | "checking" | "writing";

export interface CheckRequest {
  scope: CheckScope;
  /** Undefined: the period each table's title gives. */
  period?: PeriodId;
  /** As a fraction (0.1 = 10%). */
  atRiskTolerance: number;
  highlight: boolean;
  lang: Language;
  /** Check exactly these sheets (re-check on edit), whatever the scope. */
  sheets?: string[];
}

export interface CheckOutcome {
  check: WorkbookCheck;
  /** The sheets the check looked at (the active one, or every sheet read). */
  sheets: string[];
  /** Whether the results were written into the workbook. */
  written: boolean;
}

/**
 * One check: one read, the engine, one write (when highlighting is on and there is anything
 * to write). Yields to the browser between steps so the pane can show progress.
 */
export async function runCheck(
  gateway: WorkbookGateway,
  request: CheckRequest,
  onStep: (step: CheckStep) => void = () => undefined,
): Promise<CheckOutcome> {
  onStep("reading");
  await yieldToBrowser();
  const snapshot = await step("read", () =>
    gateway.read(
      request.sheets
        ? { sheets: request.sheets }
        : request.scope === "active"
          ? { activeSheet: true }
          : {},
    ),
  );
  const sheets =
    request.sheets ??
    (request.scope === "active" && snapshot.activeSheet
      ? [snapshot.activeSheet]
      : snapshot.sheets.filter((s) => s.visibility !== "veryHidden").map((s) => s.name));

  onStep("checking");
  await yieldToBrowser();
  const check = checkWorkbook(snapshot, {
    ...(request.period ? { period: request.period } : {}),
    atRiskTolerance: request.atRiskTolerance,
    lang: request.lang,
    sheets,
    highlight: request.highlight,
  });

  const written = request.highlight && check.changes.changes.length > 0;
  if (written) {
    onStep("writing");
    await yieldToBrowser();
    await step("write", () => gateway.apply(check.changes));
  }
  return { check, sheets, written };
}
