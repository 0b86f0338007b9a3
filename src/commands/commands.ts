/**
 * Ribbon commands. Office runs this file in commands.html (the manifest's FunctionFile) and
 * calls each command by the name it is associated with here, which must be the name in
 * manifest.xml's <FunctionName>.
 */
import { runCheck } from "../taskpane/check/runCheck";
import { asPaneError } from "../taskpane/gateway/paneError";
import { selectHost } from "../taskpane/host/selectHost";
import { loadSettings } from "../taskpane/settings/settingsStore";
import { reportOfOutcome, type QuickCheckReport } from "./quickCheckReport";
import { showReportDialog } from "./showReportDialog";

/** The manifest's <FunctionName> for the "Kiểm tra nhanh" button. */
export const QUICK_CHECK = "quickCheck";

/** Checks the active sheet with the pane's saved settings, always writing the highlights. */
export async function quickCheckReport(): Promise<QuickCheckReport> {
  const settings = loadSettings();
  const lang = settings.lang;
  try {
    const { gateway } = await selectHost();
    if (!gateway) throw new Error("Excel is not available");
    const outcome = await runCheck(gateway, {
      scope: "active",
      ...(settings.period === "auto" ? {} : { period: settings.period }),
      atRiskTolerance: settings.atRiskTolerancePercent / 100,
      highlight: true,
      lang,
    });
    return reportOfOutcome(outcome, lang);
  } catch (error) {
    const { kind, detail, code, refusal } = asPaneError(error, "read");
    const failure = { kind, detail, ...(code ? { code } : {}), ...(refusal ? { refusal } : {}) };
    return { lang, total: 0, counts: {}, written: false, failure };
  }
}

/**
 * "Kiểm tra nhanh": checks the active sheet and highlights it without opening the task pane
 * (one read, one write, through the Office.js gateway), then shows the counts in a dialog.
 * The sheet's summary block holds the same counts. Office is told the command has finished
 * once the dialog is closed, so the button never leaves Excel waiting for good.
 */
export async function quickCheck(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await showReportDialog(await quickCheckReport());
  } finally {
    event.completed();
  }
}

Office.actions.associate(QUICK_CHECK, quickCheck);
