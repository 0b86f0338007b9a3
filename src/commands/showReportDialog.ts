import { encodeReport, type QuickCheckReport } from "./quickCheckReport";

/** The longest the quick check keeps its dialog open before closing it and finishing. */
export const DIALOG_TIMEOUT_MS = 2 * 60 * 1000;

/**
 * Shows the quick check's counts in an Office dialog (quickcheck.html, from the add-in's own
 * origin). Function commands have no other way to show a message in Excel: there is no toast
 * or notification API outside Outlook. Resolves when the user closes the dialog, when it
 * could not be opened (the counts are in the sheet's summary block all the same), or after
 * DIALOG_TIMEOUT_MS.
 */
export function showReportDialog(report: QuickCheckReport): Promise<void> {
  const url = new URL(`quickcheck.html?${encodeReport(report)}`, window.location.href).href;
  return new Promise((resolve) => {
    let finished = false;
    let dialog: Office.Dialog | undefined;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // Already closed by the user.
      }
      resolve();
    };
    const timer = setTimeout(finish, DIALOG_TIMEOUT_MS);
    try {
      Office.context.ui.displayDialogAsync(
        url,
        { height: 40, width: 30, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            finish();
            return;
          }
          dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
          dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
        },
      );
    } catch {
      finish();
    }
  });
}
