/** Where the task pane is running, as far as the task pane needs to know. */
export type HostKind = "excel" | "other-office-host" | "browser";

/**
 * Waits for Office.js when the page was loaded with it, and says where the page runs.
 * Outside Office (a plain browser tab, or office.js missing) it resolves at once with "browser",
 * so the task pane still renders.
 */
export async function whenOfficeReady(): Promise<HostKind> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return "browser";
  }
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel) {
    return "excel";
  }
  return info.host ? "other-office-host" : "browser";
}
